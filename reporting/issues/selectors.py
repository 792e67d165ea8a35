"""Reads of ingestion issues: the organization's triage list, one issue, and the link
to the page where an issue's source (upload, job, MRV plant) is shown."""

from __future__ import annotations

from django.db.models import QuerySet
from django.urls import reverse

from carbon.core.ids import id_parse
from ingestion.models import Plant
from reporting.issues.models import IngestionIssue


def source_link(issue: IngestionIssue) -> str:
    if issue.source_type == "upload":
        return reverse("reporting:upload-detail", kwargs={"upload_id": issue.source_id})
    if issue.source_type == "job":
        return reverse("jobs:list") + "?status=failed"
    if issue.source_type == "mrv_plant":
        code = Plant.objects.filter(pk=issue.source_id).values_list("code", flat=True)
        return reverse("mrv:dashboard") + (f"?plant={code[0]}" if code else "")
    return ""


def ingestion_issue_list(
    *, organization, status: str = "", kind: str = ""
) -> QuerySet[IngestionIssue]:
    issues = IngestionIssue.objects.for_organization(organization).select_related(
        "assignee"
    )
    if status:
        issues = issues.filter(status=status)
    if kind:
        issues = issues.filter(kind=kind)
    return issues.order_by("-first_seen_at", "id")


def ingestion_issue_get(*, organization, issue_id) -> IngestionIssue:
    """Raises IngestionIssue.DoesNotExist (404), also for an id that is no UUID."""
    return IngestionIssue.objects.for_organization(organization).get(
        pk=id_parse(issue_id, model=IngestionIssue)
    )
