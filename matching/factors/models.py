"""The emission-factor library: published factors by source and version, and the
ledger of what was loaded."""

from __future__ import annotations

import uuid

from django.db import models


class FactorSource(models.TextChoices):
    EPA_SUPPLY_CHAIN = "epa_supply_chain", "US EPA Supply Chain GHG Emission Factors"
    DESNZ = "desnz", "UK DESNZ/Defra GHG Conversion Factors"
    EPA_HUB = "epa_hub", "US EPA GHG Emission Factors Hub"


class EmissionFactorQuerySet(models.QuerySet):
    def current(self) -> EmissionFactorQuerySet:
        return self.filter(is_current=True)


class EmissionFactor(models.Model):
    """One published factor of one version of a source. Rows are never updated in
    place: a new version adds rows and retires (is_current=False) the old ones, so
    results that point at an old row keep their numbers."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    source = models.CharField(max_length=32, choices=FactorSource.choices)
    version = models.CharField(max_length=32)
    year = models.PositiveSmallIntegerField()
    external_id = models.CharField(max_length=128)
    name = models.CharField(max_length=500)
    category_path = models.CharField(max_length=500, blank=True)
    region = models.CharField(max_length=8)
    unit = models.CharField(
        max_length=64, help_text="Normalized per-unit denominator (pint expression)."
    )
    unit_label = models.CharField(max_length=64, help_text="The unit as published.")
    dimension = models.CharField(max_length=64)
    kg_co2e_per_unit = models.DecimalField(max_digits=30, decimal_places=15)
    gases = models.JSONField(
        default=dict, blank=True, help_text="kg CO2e per unit by gas, when published."
    )
    gwp_set = models.CharField(max_length=16, default="AR5")
    scope = models.CharField(max_length=32, blank=True, help_text="As published.")
    # GHG Protocol class from data/ghg/factor_classes.csv (matching.factors.classes).
    # Database defaults: rows written by code that predates these columns (older
    # migration states, bulk loaders) stay valid.
    ghg_scope = models.CharField(max_length=1, blank=True, db_default="")
    scope3_category = models.PositiveSmallIntegerField(null=True, blank=True)
    energy_kind = models.CharField(
        max_length=16,
        blank=True,
        db_default="",
        help_text="Fuel or energy a money line of this factor is routed as.",
    )
    is_current = models.BooleanField(default=True)
    loaded_at = models.DateTimeField(auto_now_add=True)

    objects = EmissionFactorQuerySet.as_manager()

    class Meta:
        db_table = "matching_emissionfactor"  # kept from before factors was an app
        ordering = ["source", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "version", "external_id"],
                name="factor_unique_per_version",
            )
        ]
        indexes = [
            models.Index(fields=["is_current", "dimension"]),
            models.Index(fields=["source", "is_current"]),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.source} {self.version})"


class FactorLibraryLoad(models.Model):
    """A loaded (source, version) and the checksum of its files, so re-runs are no-ops."""

    id = models.BigAutoField(primary_key=True)
    source = models.CharField(max_length=32, choices=FactorSource.choices)
    version = models.CharField(max_length=32)
    checksum = models.CharField(max_length=64)
    factors_loaded = models.PositiveIntegerField(default=0)
    loaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "matching_factorlibraryload"
        ordering = ["-loaded_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "version"], name="factor_load_unique_version"
            )
        ]

    def __str__(self) -> str:
        return f"{self.source} {self.version}"
