"""Ingestion issues (seed 004, area 3): the organization's ingestion failures as one
triage list. The model moved here from the registry app and keeps its table and the
names of its constraint and index (migrations/0001_initial.py)."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models

from accounts.tenancy import OrganizationOwned


class IngestionIssue(OrganizationOwned):
    """One ingestion failure across the organization (failed upload, a group of
    row errors, a failed job, an MRV QA/QC issue), triaged by people. Found by
    `services.ingestion_issues_detect`; `fingerprint` makes each source one issue,
    so it is opened (and alerted) exactly once."""

    class Kind(models.TextChoices):
        FAILED_UPLOAD = "failed_upload", "Failed upload"
        ROW_ERRORS = "row_errors", "Row errors"
        FAILED_JOB = "failed_job", "Failed job"
        MRV_QAQC = "mrv_qaqc", "MRV QA/QC issue"

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        ACKNOWLEDGED = "acknowledged", "Acknowledged"
        RESOLVED = "resolved", "Resolved"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField(max_length=16, choices=Kind.choices)
    fingerprint = models.CharField(max_length=200)
    source_type = models.CharField(max_length=32)
    source_id = models.UUIDField()
    title = models.CharField(max_length=300)
    detail = models.TextField(blank=True)
    occurrences = models.PositiveIntegerField(default=1)
    status = models.CharField(
        max_length=16, choices=Status.choices, default=Status.OPEN
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    first_seen_at = models.DateTimeField()
    updated_at = models.DateTimeField(auto_now=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        # The table, constraint and index of the registry app, where the model was.
        db_table = "registry_ingestionissue"
        ordering = ["-first_seen_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "fingerprint"],
                name="registry_issue_unique_source",
            )
        ]
        indexes = [
            models.Index(
                fields=["organization", "status", "-first_seen_at"],
                name="registry_in_organiz_cacdd0_idx",
            )
        ]

    def __str__(self) -> str:
        return self.title
