"""/api/v2/: only what changed. v1 stays frozen and served (see ARCHITECTURE.md)."""

from django.urls import path

from sites.api.views import IngestV2Api

urlpatterns = [path("ingest/", IngestV2Api.as_view(), name="ingest-v2")]
