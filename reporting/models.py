"""Calculated emissions: one result per activity, with everything needed to audit it."""

from __future__ import annotations

import uuid

from django.db import models

from accounts.tenancy import OrganizationOwned


class DataQuality(models.TextChoices):
    SUPPLIER_SPECIFIC = "supplier_specific", "Supplier-specific"
    ACTIVITY_BASED = "activity_based", "Activity-based"
    SPEND_BASED = "spend_based", "Spend-based"


class Emission(OrganizationOwned):
    """co2e_kg = activity quantity x multiplier (unit conversion, FX, price year) x
    factor value.

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
    # Dollars of the activity's year into the factor's price year (US GDP deflator);
    # empty when no adjustment was needed.
    price_index_ratio = models.DecimalField(
        max_digits=20, decimal_places=10, null=True, blank=True
    )
    co2e_kg = models.DecimalField(
        max_digits=30, decimal_places=6, null=True, blank=True
    )
    status = models.CharField(max_length=16, choices=Status.choices)
    note = models.CharField(max_length=300, blank=True)
    method_version = models.CharField(max_length=32)
    calculated_at = models.DateTimeField()
    # GHG Protocol class of the result (ADR-4.9): from an override, else the factor.
    scope = models.CharField(max_length=1, blank=True)
    scope3_category = models.PositiveSmallIntegerField(null=True, blank=True)
    data_quality = models.CharField(
        max_length=20, choices=DataQuality.choices, blank=True
    )
    # The date the result counts on (the activity's date, else its period's).
    activity_date = models.DateField(null=True, blank=True)
    # Fuel and energy bought as money (ADR-4.9): the matched spend factor, the
    # price, the quantity it bought; `factor` is then the combustion/grid factor.
    matched_factor = models.ForeignKey(
        "factors.EmissionFactor",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        db_constraint=False,
        db_index=False,
    )
    energy_price = models.DecimalField(
        max_digits=20, decimal_places=10, null=True, blank=True
    )
    energy_price_unit = models.CharField(max_length=64, blank=True)
    energy_price_source = models.CharField(max_length=300, blank=True)
    energy_quantity = models.DecimalField(
        max_digits=30, decimal_places=6, null=True, blank=True
    )
    # Well-to-tank of the fuel or energy: Scope 3 category 3, kept apart from
    # co2e_kg (the Scope 1/2 part) and added to category 3 in the inventory.
    wtt_factor = models.ForeignKey(
        "factors.EmissionFactor",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        db_constraint=False,
        db_index=False,
    )
    wtt_factor_value = models.DecimalField(
        max_digits=30, decimal_places=15, null=True, blank=True
    )
    wtt_co2e_kg = models.DecimalField(
        max_digits=30, decimal_places=6, null=True, blank=True
    )

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
    # The well-to-tank part (Emission.wtt_*) before and after: the counterpart
    # of the new factor in the target version, as a fresh calculation finds it.
    old_wtt_factor_id = models.UUIDField(null=True, blank=True)
    old_wtt_co2e_kg = models.DecimalField(
        max_digits=30, decimal_places=6, null=True, blank=True
    )
    new_wtt_factor_id = models.UUIDField(null=True, blank=True)
    new_wtt_factor_value = models.DecimalField(
        max_digits=30, decimal_places=15, null=True, blank=True
    )
    new_wtt_co2e_kg = models.DecimalField(
        max_digits=30, decimal_places=6, null=True, blank=True
    )

    class Meta:
        indexes = [models.Index(fields=["recalculation", "activity_id"])]

    def __str__(self) -> str:
        return f"{self.activity_id}: {self.old_co2e_kg} -> {self.new_co2e_kg}"


class ScopeOverride(OrganizationOwned):
    """An admin's scope/category for one GL account (activity category) or one
    factor, remembered for every calculation after it. A GL-account override wins
    over a factor override; both win over the factor's class."""

    id = models.BigAutoField(primary_key=True)
    gl_account = models.CharField(max_length=200, blank=True)
    factor = models.ForeignKey(
        "factors.EmissionFactor",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    scope = models.CharField(
        max_length=1, choices=[("1", "Scope 1"), ("2", "Scope 2"), ("3", "Scope 3")]
    )
    scope3_category = models.PositiveSmallIntegerField(null=True, blank=True)
    note = models.CharField(max_length=500, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(gl_account="", factor__isnull=False)
                    | (~models.Q(gl_account="") & models.Q(factor__isnull=True))
                ),
                name="scope_override_one_target",
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(scope="3", scope3_category__gte=1, scope3_category__lte=15)
                    | (~models.Q(scope="3") & models.Q(scope3_category__isnull=True))
                ),
                name="scope_override_category_of_scope3",
            ),
            models.UniqueConstraint(
                fields=["organization", "gl_account"],
                condition=models.Q(factor__isnull=True),
                name="scope_override_unique_gl_account",
            ),
            models.UniqueConstraint(
                fields=["organization", "factor"],
                condition=models.Q(gl_account=""),
                name="scope_override_unique_factor",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.gl_account or self.factor_id} -> scope {self.scope}"


class InventorySettings(OrganizationOwned):
    """The organization's reporting year (calendar or fiscal) and base year."""

    id = models.BigAutoField(primary_key=True)
    year_start_month = models.PositiveSmallIntegerField(default=1)
    base_year = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organization"], name="inventory_settings_one_per_org"
            ),
            models.CheckConstraint(
                condition=models.Q(year_start_month__gte=1, year_start_month__lte=12),
                name="inventory_settings_month_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"year starts in month {self.year_start_month}"


class Target(OrganizationOwned):
    """A reduction target for a set of scopes: `reduction_percent` below the base
    year by `target_year`, on a straight line in between."""

    class Scopes(models.TextChoices):
        SCOPES_1_2 = "1+2", "Scopes 1 and 2"
        SCOPE_3 = "3", "Scope 3"
        SCOPES_1_2_3 = "1+2+3", "Scopes 1, 2 and 3"

    id = models.BigAutoField(primary_key=True)
    scopes = models.CharField(max_length=8, choices=Scopes.choices)
    target_year = models.PositiveSmallIntegerField()
    reduction_percent = models.DecimalField(max_digits=5, decimal_places=2)

    class Meta:
        ordering = ["scopes"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "scopes"], name="target_one_per_scope_set"
            ),
            models.CheckConstraint(
                condition=models.Q(reduction_percent__gt=0, reduction_percent__lte=100),
                name="target_reduction_in_range",
            ),
        ]

    def __str__(self) -> str:
        return f"-{self.reduction_percent}% scopes {self.scopes} by {self.target_year}"


class SupplierFactor(OrganizationOwned):
    """A supplier's own intensity (kg CO2e per currency or product unit, of a
    year, with its source): lines of that supplier use it instead of their
    matched factor's value (ADR-4.9). One per supplier and unit dimension."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    supplier = models.CharField(max_length=200, help_text="The name as given.")
    # matching.vocabulary.merchant_normalize of `supplier`: lines join on it.
    supplier_key = models.CharField(max_length=200)
    kg_co2e_per_unit = models.DecimalField(max_digits=30, decimal_places=15)
    unit = models.CharField(max_length=64, help_text="A currency code or a unit.")
    # "currency" or pint's dimensionality of `unit` (matching.factors.units).
    dimension = models.CharField(max_length=100)
    year = models.PositiveSmallIntegerField()
    source = models.CharField(max_length=200)
    url = models.URLField(max_length=500, blank=True)
    created_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["supplier_key", "unit"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "supplier_key", "dimension"],
                name="supplier_factor_one_per_supplier_dimension",
            ),
            models.CheckConstraint(
                condition=models.Q(kg_co2e_per_unit__gte=0),
                name="supplier_factor_value_not_negative",
            ),
            models.CheckConstraint(
                condition=models.Q(year__gte=1990, year__lte=2100),
                name="supplier_factor_year_valid",
            ),
            models.CheckConstraint(
                condition=~models.Q(supplier_key=""),
                name="supplier_factor_key_not_empty",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.supplier}: {self.kg_co2e_per_unit} kg CO2e/{self.unit}"
