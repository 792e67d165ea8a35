"""Ingestion issues (seed 004, area 3): every failed upload, row error group and
failed job and MRV QA/QC finding of an organization, as one triage list with
status and assignee. Detection and triage (writes); reads are in `selectors`.

Detection is idempotent and safe to run concurrently: an issue is identified by
its source's fingerprint (unique per organization), and the outbox event that
alerts about it is written in the same transaction as the issue's insert, so each
failure is alerted exactly once however often detection runs.

Extension point: a source is a callable `(organization, since) -> [Candidate]` in
SOURCES; MRV QA/QC findings come in as kind `mrv_qaqc`, one per plant and code.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from uuid import UUID

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, Max
from django.utils import timezone

from accounts.models import Organization, User
from carbon.jobs.models import Job
from ingestion.models import RowError, Upload
from reporting.issues.models import IngestionIssue
from reporting.issues.selectors import source_link
from reporting.mrv.models import QaIssue
from sites.models import OutboxEvent

logger = logging.getLogger(__name__)
K = IngestionIssue.Kind


@dataclass(frozen=True)
class Candidate:
    kind: str
    fingerprint: str
    source_type: str
    source_id: UUID
    title: str
    detail: str
    occurrences: int
    seen_at: datetime


def _failed_uploads(organization, since) -> Iterable[Candidate]:
    uploads = Upload.objects.for_organization(organization).filter(
        status=Upload.Status.FAILED, created_at__gte=since
    )
    for upload in uploads.only("id", "filename", "failure", "created_at"):
        yield Candidate(
            K.FAILED_UPLOAD,
            f"upload:{upload.pk}",
            "upload",
            upload.pk,
            f"Upload {upload.filename} failed",
            upload.failure,
            1,
            upload.created_at,
        )


def _row_error_groups(organization, since) -> Iterable[Candidate]:
    groups = (
        RowError.objects.filter(
            upload__organization=organization, upload__created_at__gte=since
        )
        .values("upload_id", "upload__filename", "column")
        .annotate(n=Count("id"), first_row=Max("upload__created_at"))
        .order_by("upload_id", "column")
    )
    for group in groups:
        column = group["column"] or "(row)"
        sample = (
            RowError.objects.filter(
                upload_id=group["upload_id"], column=group["column"]
            )
            .values_list("message", flat=True)
            .first()
        )
        yield Candidate(
            K.ROW_ERRORS,
            f"rows:{group['upload_id']}:{group['column']}"[:200],
            "upload",
            group["upload_id"],
            f"{group['upload__filename']}: rows rejected in {column}",
            sample or "",
            group["n"],
            group["first_row"],
        )


def _failed_jobs(organization, since) -> Iterable[Candidate]:
    jobs = Job.objects.filter(
        organization=organization, status=Job.Status.FAILED, created_at__gte=since
    )
    for job in jobs.only("id", "kind", "error", "created_at", "finished_at"):
        yield Candidate(
            K.FAILED_JOB,
            f"job:{job.pk}",
            "job",
            job.pk,
            f"Job {job.kind} failed",
            (job.error or "")[-2000:],
            1,
            job.finished_at or job.created_at,
        )


def _mrv_qaqc(organization, since) -> Iterable[Candidate]:
    """MRV QA/QC findings, one issue per plant and finding code."""
    groups = (
        QaIssue.objects.for_organization(organization)
        .filter(created_at__gte=since)
        .values("plant_id", "plant__code", "code", "level")
        .annotate(n=Count("id"), last=Max("created_at"))
        .order_by("plant__code", "level", "code")
    )
    for group in groups:
        sample = (
            QaIssue.objects.filter(plant_id=group["plant_id"], code=group["code"])
            .order_by("date")
            .values_list("date", "message")
            .first()
        )
        yield Candidate(
            K.MRV_QAQC,
            f"mrv:{group['plant_id']}:{group['code']}"[:200],
            "mrv_plant",
            group["plant_id"],
            f"{group['plant__code']}: level {group['level']} {group['code']} "
            f"on {group['n']} plant-day(s)",
            f"{sample[0]}: {sample[1]}" if sample else "",
            group["n"],
            group["last"],
        )


SOURCES: list[Callable[[Organization, datetime], Iterable[Candidate]]] = [
    _failed_uploads,
    _row_error_groups,
    _failed_jobs,
    _mrv_qaqc,
]


def ingestion_issues_detect(*, organization: Organization) -> list[IngestionIssue]:
    """Open an issue (and its outbox alert) for each new failure; refresh the
    occurrence count of known ones. Returns the issues opened by this call."""
    since = timezone.now() - timedelta(days=settings.REGISTRY_ISSUE_LOOKBACK_DAYS)
    candidates = [c for source in SOURCES for c in source(organization, since)]
    known = dict(
        IngestionIssue.objects.for_organization(organization)
        .filter(fingerprint__in=[c.fingerprint for c in candidates])
        .values_list("fingerprint", "occurrences")
    )
    opened = []
    for candidate in candidates:
        if candidate.fingerprint in known:
            if known[candidate.fingerprint] != candidate.occurrences:
                IngestionIssue.objects.for_organization(organization).filter(
                    fingerprint=candidate.fingerprint
                ).update(occurrences=candidate.occurrences, updated_at=timezone.now())
            continue
        issue = _open(organization=organization, candidate=candidate)
        if issue is not None:
            opened.append(issue)
    return opened


def _open(*, organization, candidate: Candidate) -> IngestionIssue | None:
    issue = IngestionIssue(
        organization=organization,
        kind=candidate.kind,
        fingerprint=candidate.fingerprint,
        source_type=candidate.source_type,
        source_id=candidate.source_id,
        title=candidate.title[:300],
        detail=candidate.detail,
        occurrences=candidate.occurrences,
        first_seen_at=candidate.seen_at,
    )
    try:
        with transaction.atomic():
            issue.save(force_insert=True)
            OutboxEvent.objects.create(
                organization=organization,
                topic=OutboxEvent.Topic.INGESTION_ISSUE_OPENED,
                available_at=timezone.now(),
                payload={
                    "issue_id": str(issue.pk),
                    "kind": issue.kind,
                    "title": issue.title,
                    "source_type": issue.source_type,
                    "source_id": str(issue.source_id),
                    "link": source_link(issue),
                },
            )
    except IntegrityError:  # another detector opened it first
        return None
    logger.warning(
        "ingestion.issue_opened",
        extra={"issue_id": str(issue.pk), "kind": issue.kind},
    )
    return issue


def ingestion_issues_detect_all() -> int:
    return sum(
        len(ingestion_issues_detect(organization=organization))
        for organization in Organization.objects.all()
    )


@transaction.atomic
def ingestion_issue_update(
    *,
    issue: IngestionIssue,
    status: str | None = None,
    assignee: User | None = None,
    unassign: bool = False,
) -> IngestionIssue:
    """Raises ValidationError when the assignee is not in the organization."""
    issue = IngestionIssue.objects.select_for_update().get(pk=issue.pk)
    fields = ["updated_at"]
    if assignee is not None:
        if assignee.organization != issue.organization:
            raise ValidationError({"assignee": "Not a member of this organization."})
        issue.assignee = assignee
        fields.append("assignee")
    elif unassign:
        issue.assignee = None
        fields.append("assignee")
    if status is not None and status != issue.status:
        issue.status = status
        issue.resolved_at = (
            timezone.now() if status == IngestionIssue.Status.RESOLVED else None
        )
        fields += ["status", "resolved_at"]
    issue.save(update_fields=fields)
    return issue
