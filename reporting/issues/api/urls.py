"""Mounted under /api/v1/registry/ (carbon.api.urls), where the ingestion issues API
has always been (API.md)."""

from django.urls import path

from reporting.issues.api import views

urlpatterns = [
    path(
        "ingestion-issues/",
        views.IngestionIssueListApi.as_view(),
        name="ingestion-issue-list",
    ),
    path(
        "ingestion-issues/<uuid:issue_id>/",
        views.IngestionIssueDetailApi.as_view(),
        name="ingestion-issue-detail",
    ),
]
