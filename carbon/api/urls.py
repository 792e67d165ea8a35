from django.urls import include, path

urlpatterns = [
    path("", include("accounts.api.urls")),
    path("", include("sites.api.urls")),
    path("", include("ingestion.api.urls")),
    path("", include("matching.factors.urls")),
    path("", include("matching.api.urls")),
    path("", include("reporting.api.urls")),
    path("", include("carbon.jobs.api_urls")),
    path("mrv/", include("reporting.mrv.api.urls")),
    path("registry/", include("reporting.registry.api.urls")),
    path("registry/", include("reporting.issues.api.urls")),
]
