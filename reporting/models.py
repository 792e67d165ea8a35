"""Calculated emissions: one result per activity, with everything needed to audit it."""

from __future__ import annotations

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
    )
    factor = models.ForeignKey(
        "factors.EmissionFactor",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        db_constraint=False,
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
