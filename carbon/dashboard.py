"""The home page's summary, read through each app's selectors."""

from __future__ import annotations

from django.db.models import Count, Q

from carbon.jobs.models import Job
from sites.selectors import site_list


def dashboard_summary(*, organization) -> dict:
    sites = site_list(organization=organization)
    jobs = Job.objects.for_organization(organization).aggregate(
        running=Count("pk", filter=Q(status__in=Job.UNFINISHED)),
        failed=Count("pk", filter=Q(status=Job.Status.FAILED)),
    )
    return {"site_count": sites.count(), "sites": sites[:10], "jobs": jobs}
