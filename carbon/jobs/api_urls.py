"""API routes of background jobs (included under /api/v1/)."""

from django.urls import path

from carbon.jobs.api import JobListApi, JobRetryApi

urlpatterns = [
    path("jobs/", JobListApi.as_view(), name="job-list"),
    path("jobs/<uuid:job_id>/retry/", JobRetryApi.as_view(), name="job-retry"),
]
