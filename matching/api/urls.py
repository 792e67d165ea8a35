from django.urls import path

from matching.api.review import ActivityReviewApi
from matching.api.views import ActivityMatchApi

urlpatterns = [
    path("activities/review/", ActivityReviewApi.as_view(), name="activity-review"),
    path(
        "activities/<uuid:activity_id>/match/",
        ActivityMatchApi.as_view(),
        name="activity-match",
    ),
]
