from django.urls import path

from reporting.registry import views, work_views

app_name = "registry"
urlpatterns = [
    path("", views.project_list_view, name="list"),
    path("export.csv", views.export_view, name="export"),
    path("sitemap.xml", views.sitemap_view, name="sitemap"),
    path("ingestion-issues/", views.ingestion_issues_view, name="ingestion-issues"),
    path("work/", work_views.work_list_view, name="work"),
    path(
        "work/<uuid:project_id>/",
        work_views.work_detail_view,
        name="work-detail",
    ),
    path("projects/<str:project_id>/", views.project_detail_view, name="project"),
    path(
        "projects/<uuid:project_id>/documents/<uuid:document_id>/",
        views.document_view,
        name="document",
    ),
]
