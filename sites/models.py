from __future__ import annotations

import uuid
from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from carbon.models import OrganizationOwned


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
