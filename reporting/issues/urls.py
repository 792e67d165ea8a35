"""The ingestion issues page. Included by `reporting.registry.urls` under /registry/
and inside the `registry` namespace, so its path and URL name
(`registry:ingestion-issues`) are the ones it always had; hence no `app_name` here."""

from django.urls import path

from reporting.issues import views

urlpatterns = [
    path("ingestion-issues/", views.ingestion_issues_view, name="ingestion-issues"),
]
