"""Uploaded files, the activity rows read from them, and the rows that could not be read."""

from __future__ import annotations

import uuid

from django.contrib.postgres.functions import RandomUUID
from django.db import models

from carbon.models import OrganizationOwned


class Upload(OrganizationOwned):
    class Kind(models.TextChoices):
        ACTIVITIES = "activities", "Activities"

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        PARSING = "parsing", "Parsing"
        MATCHING = "matching", "Matching"
        CALCULATING = "calculating", "Calculating"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    class FileType(models.TextChoices):
        CSV = "csv", "CSV"
        XLSX = "xlsx", "XLSX"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField(
        max_length=32, choices=Kind.choices, default=Kind.ACTIVITIES
    )
    filename = models.CharField(max_length=255)
    file = models.FileField(upload_to="uploads/%Y/%m/", max_length=500)
    file_type = models.CharField(max_length=8, choices=FileType.choices)
    size_bytes = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    status = models.CharField(
        max_length=16, choices=Status.choices, default=Status.QUEUED
    )
    failure = models.TextField(blank=True)
    rows_total = models.PositiveIntegerField(null=True, blank=True)
    rows_parsed = models.PositiveIntegerField(
        default=0, help_text="Checkpoint: data rows read and committed so far."
    )
    rows_failed = models.PositiveIntegerField(default=0)
    bytes_parsed = models.PositiveBigIntegerField(default=0)
    header_row = models.PositiveIntegerField(null=True, blank=True)
    checkpoint_row = models.PositiveIntegerField(
        default=0,
        help_text="Last physical row whose chunk is committed (resume point).",
    )
    activities_matched = models.PositiveIntegerField(default=0)
    activities_calculated = models.PositiveIntegerField(default=0)
    uploaded_by = models.ForeignKey(
        "accounts.User",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # Identical files are one upload within what their uploaders may see:
    # "organization", or "user:<id>" for a supplier, who sees only their own.
    dedupe_scope = models.CharField(max_length=64, default="organization")
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "sha256", "dedupe_scope"],
                name="upload_unique_file_per_scope",
            )
        ]
        indexes = [models.Index(fields=["organization", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.filename} [{self.status}]"

    @property
    def progress(self) -> float:
        if self.status == self.Status.DONE:
            return 1.0
        if self.status in (self.Status.QUEUED, self.Status.FAILED):
            return 0.0
        if self.status == self.Status.PARSING:
            fraction = self.bytes_parsed / self.size_bytes if self.size_bytes else 0
            return round(0.6 * min(fraction, 1.0), 2)
        total = self.rows_total or 0
        if self.status == self.Status.MATCHING:
            done = self.activities_matched / total if total else 0
            return round(0.6 + 0.2 * min(done, 1.0), 2)
        done = self.activities_calculated / total if total else 0
        return round(0.8 + 0.2 * min(done, 1.0), 2)


class ActivityMatchStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    MATCHED = "matched", "Matched"
    NEEDS_REVIEW = "needs_review", "Needs review"
    UNMATCHED = "unmatched", "Unmatched"
    OVERRIDDEN = "overridden", "Overridden"


class Activity(OrganizationOwned):
    """One business activity read from an upload row. Loaded with COPY, so the
    primary key comes from the database."""

    id = models.UUIDField(primary_key=True, db_default=RandomUUID(), editable=False)
    upload = models.ForeignKey(
        Upload, on_delete=models.CASCADE, related_name="activities"
    )
    row_number = models.PositiveIntegerField()
    description = models.TextField()
    quantity = models.DecimalField(max_digits=24, decimal_places=6)
    unit = models.CharField(max_length=64, help_text="As written in the file.")
    unit_normalized = models.CharField(max_length=64)
    date = models.DateField(null=True, blank=True)
    period_start = models.DateField(null=True, blank=True)
    period_end = models.DateField(null=True, blank=True)
    category = models.CharField(max_length=200, blank=True)
    supplier = models.CharField(max_length=200, blank=True)
    site = models.CharField(max_length=200, blank=True)
    external_id = models.CharField(max_length=200, blank=True)
    amount = models.DecimalField(max_digits=24, decimal_places=6, null=True, blank=True)
    currency = models.CharField(max_length=8, blank=True)
    region = models.CharField(max_length=8, blank=True)
    match_key = models.CharField(max_length=32)
    factor = models.ForeignKey(
        "matching.EmissionFactor",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        db_constraint=False,
    )
    match_confidence = models.DecimalField(
        max_digits=5, decimal_places=4, null=True, blank=True
    )
    match_method = models.CharField(max_length=32, blank=True, db_default="")
    match_status = models.CharField(
        max_length=16,
        choices=ActivityMatchStatus.choices,
        default=ActivityMatchStatus.PENDING,
        db_default=ActivityMatchStatus.PENDING,
    )

    class Meta:
        ordering = ["upload", "row_number"]
        constraints = [
            models.UniqueConstraint(
                fields=["upload", "row_number"], name="activity_unique_row_per_upload"
            )
        ]
        indexes = [
            models.Index(fields=["upload", "match_key"]),
            models.Index(fields=["organization", "match_status"]),
        ]

    def __str__(self) -> str:
        return f"{self.description} {self.quantity} {self.unit}"


class RowError(models.Model):
    id = models.BigAutoField(primary_key=True)
    upload = models.ForeignKey(
        Upload, on_delete=models.CASCADE, related_name="row_errors"
    )
    row = models.PositiveIntegerField()
    column = models.CharField(max_length=100, blank=True)
    message = models.CharField(max_length=500)

    class Meta:
        ordering = ["upload", "row", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["upload", "row", "column"], name="row_error_unique_cell"
            )
        ]

    def __str__(self) -> str:
        return f"row {self.row} {self.column}: {self.message}"
