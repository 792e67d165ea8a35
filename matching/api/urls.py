from django.urls import path

from matching.api.examples import MatchExampleListApi, MatchExampleWithdrawApi
from matching.api.review import ActivityReviewApi, ReviewAccountApi, ReviewGroupApi
from matching.api.views import ActivityMatchApi

urlpatterns = [
    path("match-examples/", MatchExampleListApi.as_view(), name="match-examples"),
    path(
        "match-examples/<int:entry_id>/withdraw/",
        MatchExampleWithdrawApi.as_view(),
        name="match-example-withdraw",
    ),
    path("activities/review/", ActivityReviewApi.as_view(), name="activity-review"),
    path(
        "activities/review-groups/",
        ReviewGroupApi.as_view(),
        name="activity-review-groups",
    ),
    path(
        "activities/review-accounts/",
        ReviewAccountApi.as_view(),
        name="activity-review-accounts",
    ),
    path(
        "activities/<uuid:activity_id>/match/",
        ActivityMatchApi.as_view(),
        name="activity-match",
    ),
]
