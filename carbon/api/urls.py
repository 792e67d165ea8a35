from django.urls import include, path

from carbon.api.jobs import JobListApi, JobRetryApi

urlpatterns = [
    path("", include("accounts.api.urls")),
    path("", include("sites.api.urls")),
    path("", include("ingestion.api.urls")),
    path("", include("matching.api.urls")),
    path("", include("reporting.api.urls")),
    path("registry/", include("reporting.registry.api.urls")),
    path("jobs/", JobListApi.as_view(), name="job-list"),
    path("jobs/<uuid:job_id>/retry/", JobRetryApi.as_view(), name="job-retry"),
]
