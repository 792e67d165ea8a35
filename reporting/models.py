"""Calculated emissions: one result per activity, with everything needed to audit it."""

from __future__ import annotations

import uuid

from django.db import models

from accounts.tenancy import OrganizationOwned


class Emission(OrganizationOwned):
    """co2e_kg = activity quantity x multiplier (unit conversion, FX) x factor value.

    The factor's id, version, value and unit are copied at calculation time, so a
    new factor version never silently changes a stored result.
    """

    class Status(models.TextChoices):
        CALCULATED = "calculated", "Calculated"
        UNCONVERTIBLE = "unconvertible", "Unit cannot be converted"
        NO_FACTOR = "no_factor", "No factor"

    # No database foreign key to the organization (its per-row check at commit costs
    # a quarter of the calculation); the ORM cascades deletes (ARCHITECTURE.md, ADR-4.7b).
    organization = models.ForeignKey(
        "accounts.Organization",
        on_delete=models.CASCADE,
        related_name="+",
        db_constraint=False,
    )
    activity = models.OneToOneField(
        "ingestion.Activity",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="emission",
        db_constraint=False,
    )
    upload = models.ForeignKey(
        "ingestion.Upload",
        on_delete=models.CASCADE,
        related_name="+",
        db_constraint=False,
        db_index=False,  # (upload, status) leads with it
    )
    factor = models.ForeignKey(
        "factors.EmissionFactor",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        db_constraint=False,
        db_index=False,  # factors are never deleted; results are read by upload
    )
    factor_source = models.CharField(max_length=32, blank=True)
    factor_external_id = models.CharField(max_length=128, blank=True)
    factor_version = models.CharField(max_length=32, blank=True)
    factor_value = models.DecimalField(
        max_digits=30, decimal_places=15, null=True, blank=True
    )
    factor_unit = models.CharField(max_length=64, blank=True)
    multiplier = models.DecimalField(
        max_digits=40, decimal_places=18, null=True, blank=True
    )
    fx_rate = models.DecimalField(
        max_digits=20, decimal_places=8, null=True, blank=True
    )
    co2e_kg = models.DecimalField(
        max_digits=30, decimal_places=6, null=True, blank=True
    )
    status = models.CharField(max_length=16, choices=Status.choices)
    note = models.CharField(max_length=300, blank=True)
    method_version = models.CharField(max_length=32)
    calculated_at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["upload", "status"])]

    def __str__(self) -> str:
        return f"{self.activity_id}: {self.co2e_kg} kg CO2e"


class ClosedPeriod(OrganizationOwned):
    """A reporting period an analyst has closed: its results are never recalculated
    without an explicit override with a note."""

    id = models.BigAutoField(primary_key=True)
    start = models.DateField()
    end = models.DateField()
    note = models.CharField(max_length=500, blank=True)
    closed_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    closed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-start"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")),
                name="closed_period_end_after_start",
            )
        ]

    def __str__(self) -> str:
        return f"closed {self.start}..{self.end}"


class Recalculation(OrganizationOwned):
    """A previewed change of stored results to another factor version: computed
    first (rows changed, totals before/after, largest changes), applied only on
    request. Its rows keep the previous figures, so history is never lost."""

    class Status(models.TextChoices):
        PREVIEWED = "previewed", "Previewed"
        APPLIED = "applied", "Applied"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    upload = models.ForeignKey(
        "ingestion.Upload",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    period_start = models.DateField(null=True, blank=True)
    period_end = models.DateField(null=True, blank=True)
    factor_version = models.CharField(
        max_length=32, blank=True, help_text="Target version; empty: the current one."
    )
    status = models.CharField(
        max_length=16, choices=Status.choices, default=Status.PREVIEWED
    )
    rows_in_scope = models.PositiveIntegerField(default=0)
    rows_changed = models.PositiveIntegerField(default=0)
    total_before = models.DecimalField(max_digits=30, decimal_places=6, default=0)
    total_after = models.DecimalField(max_digits=30, decimal_places=6, default=0)
    override_note = models.CharField(max_length=500, blank=True)
    created_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    applied_by = models.ForeignKey(
        "accounts.User",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    applied_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"recalculation {self.pk} ({self.status})"


class RecalculationRow(models.Model):
    """One activity's result before and after a recalculation."""

    id = models.BigAutoField(primary_key=True)
    recalculation = models.ForeignKey(
        Recalculation, on_delete=models.CASCADE, related_name="rows"
    )
    activity_id = models.UUIDField()
    group = models.CharField(max_length=200, blank=True)
    old_factor_id = models.UUIDField()
    old_factor_version = models.CharField(max_length=32)
    old_factor_value = models.DecimalField(max_digits=30, decimal_places=15)
    old_co2e_kg = models.DecimalField(max_digits=30, decimal_places=6)
    new_factor_id = models.UUIDField()
    new_factor_version = models.CharField(max_length=32)
    new_factor_value = models.DecimalField(max_digits=30, decimal_places=15)
    new_co2e_kg = models.DecimalField(max_digits=30, decimal_places=6)

    class Meta:
        indexes = [models.Index(fields=["recalculation", "activity_id"])]

    def __str__(self) -> str:
        return f"{self.activity_id}: {self.old_co2e_kg} -> {self.new_co2e_kg}"
