from django.urls import path

from matching.api.review import ActivityReviewApi, ReviewAccountApi, ReviewGroupApi
from matching.api.views import ActivityMatchApi

urlpatterns = [
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
