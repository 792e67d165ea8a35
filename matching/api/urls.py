from django.urls import path

from matching.api.review import ActivityReviewApi
from matching.api.views import ActivityMatchApi, EmissionFactorListApi

urlpatterns = [
    path("activities/review/", ActivityReviewApi.as_view(), name="activity-review"),
    path(
        "emission-factors/",
        EmissionFactorListApi.as_view(),
        name="emission-factor-list",
    ),
    path(
        "activities/<uuid:activity_id>/match/",
        ActivityMatchApi.as_view(),
        name="activity-match",
    ),
]
