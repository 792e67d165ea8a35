"""Uploaded files, the activity rows read from them, and the rows that could not be read."""

from __future__ import annotations

import uuid

from django.contrib.postgres.functions import RandomUUID
from django.db import models

from accounts.tenancy import OrganizationOwned


class Upload(OrganizationOwned):
    class Kind(models.TextChoices):
        ACTIVITIES = "activities", "Activities"
        LAB_RESULTS = "lab_results", "Lab results"
        SENSOR_READINGS = "sensor_readings", "Sensor readings"
        PLANT_OPERATIONS = "plant_operations", "Plant operations"

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        PARSING = "parsing", "Parsing"
        MATCHING = "matching", "Matching"
        CALCULATING = "calculating", "Calculating"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"
        NEEDS_MAPPING = "needs_mapping", "Needs mapping"

    class FileType(models.TextChoices):
        CSV = "csv", "CSV"
        XLSX = "xlsx", "XLSX"
        XLS = "xls", "XLS (Excel 97-2003)"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField(
        max_length=32, choices=Kind.choices, default=Kind.ACTIVITIES
    )
    plant = models.ForeignKey(
        "ingestion.Plant",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="uploads",
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
    mapping = models.JSONField(
        default=dict,
        blank=True,
        help_text="The column mapping applied: {columns: {header: field}, defaults}.",
    )
    detected_columns = models.JSONField(
        default=list,
        blank=True,
        help_text="Headers and sample values, kept while the upload needs mapping.",
    )
    reading = models.JSONField(
        default=dict,
        blank=True,
        help_text="How the file is read: each column's field and why, date orders, "
        "the currency of amounts (ARCHITECTURE.md, ADR-4.2c).",
    )
    assumed_currency = models.CharField(
        max_length=3,
        blank=True,
        help_text="The currency amounts were read in when the file has no currency "
        "column (the organization's, unless a mapping or a header says).",
    )
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

    UNFINISHED = (
        Status.QUEUED,
        Status.PARSING,
        Status.MATCHING,
        Status.CALCULATING,
    )

    @property
    def is_unfinished(self) -> bool:
        return self.status in self.UNFINISHED

    def __str__(self) -> str:
        return f"{self.filename} [{self.status}]"

    @property
    def progress(self) -> float:
        if self.status == self.Status.DONE:
            return 1.0
        if self.status in (
            self.Status.QUEUED,
            self.Status.FAILED,
            self.Status.NEEDS_MAPPING,
        ):
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


class ActivityKey(OrganizationOwned):
    """One normalized activity key of an organization and the match its rows use.

    The match lives here, once per key, not on each activity: matching a million
    rows over 5,000 keys writes 5,000 rows (ARCHITECTURE.md, ADR-4.7c). Activities
    reach it through `Activity.match` on (organization, match_key). The parse step
    registers each new key (pending) with the chunk that brings it; the match step
    matches the pending keys and writes their match; afterwards only a person's
    decision (review, override) or an applied recalculation changes a key's match,
    for every row with the key.
    """

    id = models.BigAutoField(primary_key=True)
    key = models.CharField(max_length=32)
    # The words the key was made from (one of its rows'): what the matcher reads.
    description = models.TextField()
    unit = models.CharField(max_length=64, help_text="Normalized.")
    category = models.CharField(max_length=200, blank=True)
    region = models.CharField(max_length=8, blank=True)
    # Not part of the key: the payee and the merchant type (an MCC or its title)
    # of the row that brought it, more fields the AI model reads (ADR-4.4d).
    supplier = models.CharField(max_length=200, blank=True, db_default="")
    merchant_type = models.CharField(max_length=200, blank=True, db_default="")
    factor = models.ForeignKey(
        "factors.EmissionFactor",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    confidence = models.DecimalField(
        max_digits=5, decimal_places=4, null=True, blank=True
    )
    method = models.CharField(max_length=32, blank=True)
    status = models.CharField(
        max_length=16,
        choices=ActivityMatchStatus.choices,
        default=ActivityMatchStatus.PENDING,
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "key"], name="activity_key_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.key} {self.status} -> {self.factor_id}"


class Activity(OrganizationOwned):
    """One business activity read from an upload row. Loaded with COPY, so the
    primary key comes from the database.

    Written once, by COPY, and never updated by matching: its match is its key's
    (`match`, ActivityKey). Three indexes only, and no database foreign keys to
    the organization and upload (their per-row checks cost as much as the COPY):
    the rows are written by the pipeline from the upload they belong to, and the
    ORM cascades deletes as before (ARCHITECTURE.md, ADR-4.7b, ADR-4.7c).
    """

    id = models.UUIDField(primary_key=True, db_default=RandomUUID(), editable=False)
    organization = models.ForeignKey(
        "accounts.Organization",
        on_delete=models.CASCADE,
        related_name="+",
        db_index=False,  # (organization, match_key) leads with it
        db_constraint=False,
    )
    upload = models.ForeignKey(
        Upload,
        on_delete=models.CASCADE,
        related_name="activities",
        db_index=False,  # (upload, row_number) leads with it
        db_constraint=False,
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
    # A card scheme's merchant category code (or its title), beside the category.
    merchant_type = models.CharField(
        max_length=200, blank=True, default="", db_default=""
    )
    site = models.CharField(max_length=200, blank=True)
    external_id = models.CharField(max_length=200, blank=True)
    amount = models.DecimalField(max_digits=24, decimal_places=6, null=True, blank=True)
    currency = models.CharField(max_length=8, blank=True)
    region = models.CharField(max_length=8, blank=True)
    match_key = models.CharField(max_length=32)
    match = models.ForeignObject(
        ActivityKey,
        on_delete=models.DO_NOTHING,
        from_fields=["organization", "match_key"],
        to_fields=["organization", "key"],
        null=True,
        related_name="activities",
    )

    # The key's match, read as the activity's own (None before the match step).
    @property
    def factor(self):
        return self.match.factor if self.match else None

    @property
    def factor_id(self):
        return self.match.factor_id if self.match else None

    @property
    def match_confidence(self):
        return self.match.confidence if self.match else None

    @property
    def match_method(self) -> str:
        return self.match.method if self.match else ""

    @property
    def match_status(self) -> str:
        return self.match.status if self.match else ActivityMatchStatus.PENDING

    class Meta:
        ordering = ["upload", "row_number"]
        constraints = [
            models.UniqueConstraint(
                fields=["upload", "row_number"], name="activity_unique_row_per_upload"
            )
        ]
        indexes = [
            models.Index(fields=["organization", "match_key"]),
        ]

    @property
    def is_refund(self) -> bool:
        """A negative quantity (or amount) is a refund: matched like its positive
        twin (the key ignores the sign), its emissions negative in its own period."""
        return self.quantity < 0

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


class ColumnMapping(OrganizationOwned):
    """A person's mapping of a file layout's columns to activity fields, remembered
    per organization and header signature so next month's file needs none."""

    id = models.BigAutoField(primary_key=True)
    signature = models.CharField(
        max_length=64, help_text="sha256 of the file's normalized header row."
    )
    headers = models.JSONField(default=list)
    columns = models.JSONField(default=dict, help_text="{header: field}")
    defaults = models.JSONField(default=dict, help_text="e.g. {currency: GBP}")
    created_by = models.ForeignKey(
        "accounts.User",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "signature"],
                name="column_mapping_unique_signature",
            )
        ]

    def __str__(self) -> str:
        return f"mapping {self.signature[:12]} ({len(self.columns)} columns)"


from ingestion.plants.models import (  # noqa: E402 - MRV records live in this app
    FileCheck,
    LabResult,
    OperationsRecord,
    Plant,
    SamplePoint,
    SensorDay,
)

__all__ = [
    "Activity",
    "ActivityKey",
    "ActivityMatchStatus",
    "ColumnMapping",
    "FileCheck",
    "LabResult",
    "OperationsRecord",
    "Plant",
    "RowError",
    "SamplePoint",
    "SensorDay",
    "Upload",
]
