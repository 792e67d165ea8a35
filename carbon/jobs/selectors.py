from __future__ import annotations

from uuid import UUID

from django.db.models import QuerySet

from carbon.core.filters import filter_queryset
from carbon.jobs.filters import JobFilter
from carbon.jobs.models import Job


def job_list(*, organization, filters: dict | None = None) -> QuerySet[Job]:
    """Raises ValidationError for invalid filter values."""
    queryset = Job.objects.for_organization(organization).order_by("-created_at")
    return filter_queryset(JobFilter, filters, queryset)


def job_get(*, organization, job_id: UUID | str) -> Job:
    """Raises Job.DoesNotExist outside the caller's organization."""
    return Job.objects.for_organization(organization).get(pk=job_id)
