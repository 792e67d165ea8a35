"""API routes of the factor library (included under /api/v1/)."""

from django.urls import path

from matching.factors.api import EmissionFactorListApi

urlpatterns = [
    path(
        "emission-factors/",
        EmissionFactorListApi.as_view(),
        name="emission-factor-list",
    ),
]
