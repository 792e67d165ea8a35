from __future__ import annotations

import uuid
from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from accounts.tenancy import OrganizationOwned


class Site(OrganizationOwned):
    class Kind(models.TextChoices):
        WELL_PAD = "well_pad", "Well pad"
        COMPRESSOR_STATION = "compressor_station", "Compressor station"
        PROCESSING_PLANT = "processing_plant", "Processing plant"
        WASTEWATER_PLANT = "wastewater_plant", "Wastewater plant"
        OTHER = "other", "Other"

    class Status(models.TextChoices):
        WITHIN_LIMIT = "within_limit", "Within Limit"
        LIMIT_EXCEEDED = "limit_exceeded", "Limit Exceeded"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=32, choices=Kind.choices, default=Kind.OTHER)
    emission_limit = models.DecimalField(
        max_digits=18,
        decimal_places=3,
        validators=[MinValueValidator(Decimal("0.001"))],
        help_text="kg CH4",
    )
    total_emissions_to_date = models.DecimalField(
        max_digits=20, decimal_places=3, default=Decimal(0)
    )
    # Counted in the ingest transaction, in the same UPDATE as the total.
    duplicates_rejected = models.BigIntegerField(default=0, db_default=0)
    conflicts_rejected = models.BigIntegerField(default=0, db_default=0)
    metadata = models.JSONField(default=dict, blank=True)
    latitude = models.FloatField(
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.FloatField(
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "name"], name="site_name_unique_per_org"
            ),
            models.CheckConstraint(
                condition=models.Q(emission_limit__gt=0), name="site_limit_positive"
            ),
            models.CheckConstraint(
                condition=models.Q(total_emissions_to_date__gte=0),
                name="site_total_not_negative",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def status(self) -> str:
        if self.total_emissions_to_date <= self.emission_limit:
            return self.Status.WITHIN_LIMIT
        return self.Status.LIMIT_EXCEEDED


class Reading(models.Model):
    """One stored methane reading (kg CH4). The table is partitioned by month on
    `timestamp` (declarative partitioning, created by migration 0002 with raw SQL);
    its primary key includes the partition key, as PostgreSQL requires."""

    pk = models.CompositePrimaryKey("site", "device_id", "timestamp")
    site = models.ForeignKey(
        Site, on_delete=models.DO_NOTHING, related_name="+", db_constraint=False
    )
    device_id = models.CharField(max_length=64, blank=True, default="")
    timestamp = models.DateTimeField()
    value = models.DecimalField(max_digits=15, decimal_places=3)
    batch_id = models.UUIDField()
    ingested_at = models.DateTimeField()

    class Meta:
        db_table = "sites_reading"
        ordering = ["-timestamp"]

    def __str__(self) -> str:
        return f"{self.site_id} {self.device_id} {self.timestamp:%Y-%m-%dT%H:%M:%SZ}"


class IdempotencyKey(OrganizationOwned):
    """A client's Idempotency-Key: claimed in its own committed transaction (so a
    concurrent retry sees it and gets 409), completed inside the batch transaction."""

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", "In progress"
        COMPLETED = "completed", "Completed"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    key = models.CharField(max_length=255)
    fingerprint = models.CharField(max_length=64)
    status = models.CharField(
        max_length=16, choices=Status.choices, default=Status.IN_PROGRESS
    )
    owner = models.UUIDField(help_text="The request currently holding the lease.")
    locked_until = models.DateTimeField()
    response_status = models.PositiveSmallIntegerField(null=True, blank=True)
    response_body = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "key"], name="idempotency_key_unique_per_org"
            )
        ]
        indexes = [models.Index(fields=["created_at"])]

    def __str__(self) -> str:
        return self.key


class OutboxEvent(OrganizationOwned):
    """Written in the same transaction as the change it announces; a relay
    delivers it at least once (consumers dedupe by `id`)."""

    class Topic(models.TextChoices):
        READINGS_INGESTED = "readings.ingested", "Readings ingested"
        SITE_LIMIT_EXCEEDED = "site.limit_exceeded", "Site limit exceeded"
        INGESTION_ISSUE_OPENED = "ingestion.issue_opened", "Ingestion issue opened"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    site = models.ForeignKey(
        Site, on_delete=models.CASCADE, related_name="+", null=True, blank=True
    )
    topic = models.CharField(max_length=64, choices=Topic.choices)
    payload = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveIntegerField(default=0)
    available_at = models.DateTimeField(
        help_text="Not handed to a relay before this time (lease or backoff)."
    )
    published_at = models.DateTimeField(null=True, blank=True)
    failed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["created_at"]
        indexes = [
            models.Index(
                fields=["available_at"],
                name="outbox_pending_idx",
                condition=models.Q(published_at__isnull=True, failed_at__isnull=True),
            )
        ]

    def __str__(self) -> str:
        return f"{self.topic} {self.id}"


class Alert(OrganizationOwned):
    """The alerting consumer's record: one per delivered event id, whatever
    how often the relay delivers it."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    event_id = models.UUIDField(unique=True)
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="alerts")
    kind = models.CharField(max_length=64)
    message = models.TextField()
    payload = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.message

    @property
    def kind_label(self) -> str:
        """The event's words ("Site limit exceeded"), not its topic code."""
        if self.kind in OutboxEvent.Topic.values:
            return OutboxEvent.Topic(self.kind).label
        return self.kind.replace("_", " ").replace(".", ": ").capitalize()


class DeviceKey(OrganizationOwned):
    """A site-scoped ingest credential for a field device. Only a SHA-256 of the
    secret is stored; the full key is shown once, at creation."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="device_keys")
    name = models.CharField(max_length=100)
    prefix = models.CharField(max_length=16, unique=True)
    secret_hash = models.CharField(max_length=64)
    created_by = models.ForeignKey(
        "accounts.User",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix})"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None
