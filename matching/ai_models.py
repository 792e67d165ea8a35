"""State of the external AI matching client, all in PostgreSQL (ARCHITECTURE.md, ADR
"AI matching service"): the cluster-wide call slots, the circuit breaker and every
batch sent to the service, so no process memory is needed for correctness."""

from __future__ import annotations

import uuid

from django.db import models

__all__ = ["AiCircuit", "AiMatchBatch", "AiSlot"]


class AiSlot(models.Model):
    """One of the AI_MATCHING_MAX_IN_FLIGHT call slots; held while a call is in flight.

    A slot is free when `expires_at` is null or past, so a killed worker's slot comes
    back by itself once its lease runs out.
    """

    slot = models.PositiveSmallIntegerField(primary_key=True)
    owner = models.CharField(max_length=200, blank=True)
    batch_id = models.UUIDField(null=True, blank=True)
    acquired_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["slot"]

    def __str__(self) -> str:
        return f"slot {self.slot} ({self.owner or 'free'})"


class AiCircuit(models.Model):
    """The circuit breaker in front of the service, shared by every worker."""

    class State(models.TextChoices):
        CLOSED = "closed", "Closed"
        OPEN = "open", "Open"
        HALF_OPEN = "half_open", "Half open"

    name = models.CharField(max_length=32, primary_key=True)
    state = models.CharField(max_length=16, choices=State.choices, default=State.CLOSED)
    failures = models.PositiveIntegerField(default=0)
    opened_until = models.DateTimeField(null=True, blank=True)
    probe_owner = models.CharField(max_length=200, blank=True)
    probe_until = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.name}: {self.state}"


class AiMatchBatch(models.Model):
    """Unique activity keys sent to the service in one call, and what became of them.

    pending → in_flight (claimed under a lease) → applied (results written together
    with this status, in one transaction) or failed (the service never answered;
    every item written as unmatched with the reason). An expired lease lets another
    worker claim the batch again; the lease owner fences the apply.
    """

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        IN_FLIGHT = "in_flight", "In flight"
        APPLIED = "applied", "Applied"
        FAILED = "failed", "Failed"

    FINISHED = (Status.APPLIED, Status.FAILED)

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organization = models.ForeignKey(
        "accounts.Organization",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    run_id = models.UUIDField(
        db_index=True, help_text="Batches sent together (e.g. the upload's id)."
    )
    then_func = models.CharField(
        max_length=200,
        blank=True,
        help_text="Task enqueued once when the run's last batch is finished.",
    )
    then_args = models.JSONField(default=list, blank=True)
    then_profile = models.CharField(max_length=16, default="cpu")
    status = models.CharField(
        max_length=16, choices=Status.choices, default=Status.PENDING
    )
    items = models.JSONField(help_text="The request items: id (= key), description…")
    classes = models.JSONField(
        default=dict,
        db_default={},  # a process of the previous release inserts without it
        blank=True,
        help_text="Per category value of the items, a sample of the run's items "
        "carrying it (the service reads from it how far the category is trusted).",
    )
    item_count = models.PositiveIntegerField()
    results = models.JSONField(default=list, blank=True)
    outcome = models.CharField(
        max_length=32,
        blank=True,
        help_text="service, partial_fallback, fallback or unmatched",
    )
    attempts = models.PositiveIntegerField(default=0, help_text="Service calls made.")
    max_attempts = models.PositiveIntegerField(default=6)
    claims = models.PositiveIntegerField(default=0, help_text="Times a worker took it.")
    lease_owner = models.CharField(max_length=200, blank=True)
    lease_expires_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]
        indexes = [
            models.Index(fields=["status", "lease_expires_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="in_flight") | ~models.Q(lease_owner=""),
                name="ai_batch_in_flight_has_owner",
            )
        ]

    def __str__(self) -> str:
        return f"batch {self.id} [{self.status}, {self.item_count} items]"
