from django.urls import include, path

from reporting.registry import account_views, views, work_views
from reporting.registry.api.public import DocumentDownloadApi

app_name = "registry"
urlpatterns = [
    path("", views.project_list_view, name="list"),
    path("export.csv", views.export_view, name="export"),
    path("sitemap.xml", views.sitemap_view, name="sitemap"),
    # The ingestion issues page (its own app), under this path and namespace.
    path("", include("reporting.issues.urls")),
    path("work/", work_views.work_list_view, name="work"),
    path(
        "work/<uuid:project_id>/",
        work_views.work_detail_view,
        name="work-detail",
    ),
    path("holdings/", account_views.holdings_view, name="holdings"),
    path("holdings/transfer/", account_views.transfer_view, name="transfer"),
    path("holdings/retire/", account_views.retire_view, name="retire"),
    path(
        "retirements/<uuid:retirement_id>/",
        views.certificate_view,
        name="certificate",
    ),
    path("projects/<str:project_id>/", views.project_detail_view, name="project"),
    path(
        "projects/<uuid:project_id>/documents/<uuid:document_id>/",
        DocumentDownloadApi.as_view(),
        name="document",
    ),
]
