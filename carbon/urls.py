from csp.decorators import csp_update
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from carbon import views
from carbon.core import health

# Swagger UI writes <style> elements at run time: inline styles on that page only,
# never inline scripts.
SWAGGER_UI_CSP = {"style-src": ["'unsafe-inline'"]}

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("metrics", health.metrics, name="metrics"),
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("api/v1/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path(
        "api/docs/",
        # Swagger UI's bundle is a static file (drf-spectacular-sidecar); its init
        # script is a separate URL, so the page needs no inline script.
        csp_update(SWAGGER_UI_CSP)(
            SpectacularSwaggerSplitView.as_view(url_name="api-schema")
        ),
        name="api-docs",
    ),
    path("api/v1/", include("carbon.api.urls")),
    path("api/v2/", include("sites.api.urls_v2")),
    path("api/public/v1/", include("reporting.registry.api.public_urls")),
    path("sites/", include("sites.urls")),
    path("uploads/", include("ingestion.urls")),
    path("uploads/", include("reporting.urls")),
    path("activities/", include("reporting.activity_urls")),
    path("inventory/", include("reporting.inventory_urls")),
    path("matching/", include("reporting.review_urls")),
    path("factors/", include("matching.factors.library_urls")),
    path("jobs/", include("carbon.jobs.urls")),
    path("mrv/", include("reporting.mrv.urls")),
    path("registry/", include("reporting.registry.urls")),
    path("members/", include("accounts.urls")),
]
