"""The organization's inventory: results of every upload in a period, by GHG
Protocol scope and Scope 3 category, data quality, site, supplier and month;
reporting years, the base year and reduction targets (ARCHITECTURE.md, ADR-4.9).

Well-to-tank emissions of fuel and energy (Emission.wtt_co2e_kg) are reported in
Scope 3 category 3, whatever the scope of the fuel itself.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.postgres.aggregates import StringAgg
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import BooleanField, Case, Count, Sum, Value, When
from django.db.models.functions import Coalesce, NullIf, TruncMonth
from django.utils import timezone

from ingestion.models import ActivityMatchStatus
from reporting.models import DataQuality, Emission, InventorySettings, Target
from reporting.selectors import NONE_LABEL, emission_list

SCOPE3_CATEGORIES = {
    1: "Purchased goods and services",
    2: "Capital goods",
    3: "Fuel- and energy-related activities",
    4: "Upstream transportation and distribution",
    5: "Waste generated in operations",
    6: "Business travel",
    7: "Employee commuting",
    8: "Upstream leased assets",
    9: "Downstream transportation and distribution",
    10: "Processing of sold products",
    11: "Use of sold products",
    12: "End-of-life treatment of sold products",
    13: "Downstream leased assets",
    14: "Franchises",
    15: "Investments",
}
INVENTORY_GROUPS = ("site", "supplier", "month")
ZERO = Decimal(0)
_SCOPE_SETS = {"1+2": ("1", "2"), "3": ("3",), "1+2+3": ("1", "2", "3")}


@dataclass(frozen=True)
class ScopeTotal:
    scope: str
    co2e_kg: Decimal
    categories: list[tuple[int, Decimal]] = field(default_factory=list)


@dataclass(frozen=True)
class Inventory:
    start: datetime.date
    end: datetime.date
    total_kg: Decimal
    scopes: list[ScopeTotal]
    data_quality: list[tuple[str, Decimal]]
    unreviewed_kg: Decimal
    unclassified_kg: Decimal
    groups: list[tuple[str, Decimal]] | None = None

    def scope_kg(self, scopes: tuple[str, ...]) -> Decimal:
        return sum((s.co2e_kg for s in self.scopes if s.scope in scopes), ZERO)


def inventory_settings_get(*, organization) -> InventorySettings:
    return InventorySettings.objects.filter(
        organization=organization
    ).first() or InventorySettings(organization=organization)


def reporting_year_bounds(
    *, organization, year: int
) -> tuple[datetime.date, datetime.date]:
    """Reporting year `year` (named by the calendar year it starts in)."""
    month = inventory_settings_get(organization=organization).year_start_month
    start = datetime.date(year, month, 1)
    return start, datetime.date(year + 1, month, 1) - datetime.timedelta(days=1)


def reporting_year_current(*, organization) -> int:
    month = inventory_settings_get(organization=organization).year_start_month
    return _reporting_year_today(month)


def _reporting_year_today(year_start_month: int) -> int:
    today = timezone.localdate()
    return today.year if today.month >= year_start_month else today.year - 1


def _in_period(*, organization, user, start, end):
    return emission_list(organization=organization, user=user).filter(
        activity_date__gte=start,
        activity_date__lte=end,
        status=Emission.Status.CALCULATED,
    )


def inventory_get(
    *,
    organization,
    user=None,
    start: datetime.date,
    end: datetime.date,
    group_by: str | None = None,
) -> Inventory:
    """Totals over every upload of the organization. Raises ValidationError on a
    bad period or group_by."""
    if end < start:
        raise ValidationError({"to": ["Must not be before `from`."]})
    if group_by and group_by not in INVENTORY_GROUPS:
        raise ValidationError(
            {"group_by": [f"Must be one of {', '.join(INVENTORY_GROUPS)}."]}
        )
    rows = _in_period(organization=organization, user=user, start=start, end=end)
    by_class = rows.values("scope", "scope3_category").annotate(
        kg=Coalesce(Sum("co2e_kg"), Value(ZERO))
    )
    totals: dict[str, dict[int | None, Decimal]] = {}
    for row in by_class:
        scope = row["scope"] or ""
        totals.setdefault(scope, {})
        totals[scope][row["scope3_category"]] = (
            totals[scope].get(row["scope3_category"], ZERO) + row["kg"]
        )
    wtt = rows.aggregate(kg=Sum("wtt_co2e_kg"))["kg"] or ZERO
    if wtt:
        totals.setdefault("3", {})
        totals["3"][3] = totals["3"].get(3, ZERO) + wtt
    scopes = [
        ScopeTotal(
            scope=scope,
            co2e_kg=sum(totals.get(scope, {}).values(), ZERO),
            categories=(
                sorted(
                    (category, kg)
                    for category, kg in totals.get(scope, {}).items()
                    if category is not None
                )
                if scope == "3"
                else []
            ),
        )
        for scope in ("1", "2", "3")
    ]
    unclassified = sum(totals.get("", {}).values(), ZERO)
    quality = {
        row["data_quality"]: row["kg"]
        for row in rows.values("data_quality").annotate(
            kg=Coalesce(Sum("co2e_kg"), Value(ZERO))
            + Coalesce(Sum("wtt_co2e_kg"), Value(ZERO))
        )
    }
    unreviewed = rows.exclude(
        activity__match__status=ActivityMatchStatus.OVERRIDDEN
    ).aggregate(
        kg=Coalesce(Sum("co2e_kg"), Value(ZERO))
        + Coalesce(Sum("wtt_co2e_kg"), Value(ZERO))
    )["kg"]
    groups = None
    if group_by:
        groups = _groups(rows, group_by)
    return Inventory(
        start=start,
        end=end,
        total_kg=sum((s.co2e_kg for s in scopes), ZERO) + unclassified,
        scopes=scopes,
        data_quality=[(c, quality.get(c, ZERO)) for c in DataQuality.values],
        unreviewed_kg=unreviewed,
        unclassified_kg=unclassified,
        groups=groups,
    )


def _groups(rows, group_by: str) -> list[tuple[str, Decimal]]:
    total = Coalesce(Sum("co2e_kg"), Value(ZERO)) + Coalesce(
        Sum("wtt_co2e_kg"), Value(ZERO)
    )
    if group_by == "month":
        found = (
            rows.annotate(group=TruncMonth("activity_date"))
            .values("group")
            .annotate(kg=total)
            .order_by("group")
        )
        return [(row["group"].strftime("%Y-%m"), row["kg"]) for row in found]
    expression = Coalesce(NullIf(f"activity__{group_by}", Value("")), Value(NONE_LABEL))
    found = (
        rows.annotate(group=expression)
        .values("group")
        .annotate(kg=total)
        .order_by("-kg", "group")
    )
    return [(row["group"], row["kg"]) for row in found]


def inventory_months(
    *, organization, user=None, start: datetime.date, end: datetime.date
) -> dict[str, dict[str, Decimal]]:
    """{month: {scope: kg}} over the period; well-to-tank counts in Scope 3."""
    rows = _in_period(organization=organization, user=user, start=start, end=end)
    months: dict[str, dict[str, Decimal]] = {}
    for row in (
        rows.annotate(month=TruncMonth("activity_date"))
        .values("month", "scope")
        .annotate(
            kg=Coalesce(Sum("co2e_kg"), Value(ZERO)),
            wtt=Coalesce(Sum("wtt_co2e_kg"), Value(ZERO)),
        )
        .order_by("month")
    ):
        month = months.setdefault(
            row["month"].strftime("%Y-%m"), {"1": ZERO, "2": ZERO, "3": ZERO}
        )
        if row["scope"] in month:
            month[row["scope"]] += row["kg"]
        month["3"] += row["wtt"]
    return months


@dataclass(frozen=True)
class TargetProgress:
    target: Target
    base_year: int
    base_kg: Decimal
    target_kg: Decimal
    year: int
    actual_kg: Decimal
    path_kg: Decimal  # the straight line from base year to target year, at `year`
    path: list[tuple[int, Decimal]]

    @property
    def on_track(self) -> bool:
        return self.actual_kg <= self.path_kg


def year_scope_totals(*, organization, user=None, year: int) -> Inventory:
    start, end = reporting_year_bounds(organization=organization, year=year)
    return inventory_get(organization=organization, user=user, start=start, end=end)


def target_progress(
    *, organization, user=None, year: int, current: Inventory | None = None
) -> list[TargetProgress]:
    """Each target against its straight line: base-year emissions of its scopes
    falling evenly to (1 - reduction) x base by the target year."""
    settings = inventory_settings_get(organization=organization)
    if settings.base_year is None:
        return []
    base = year_scope_totals(
        organization=organization, user=user, year=settings.base_year
    )
    current = current or year_scope_totals(
        organization=organization, user=user, year=year
    )
    progress = []
    for target in Target.objects.for_organization(organization):
        scopes = _SCOPE_SETS[target.scopes]
        base_kg = base.scope_kg(scopes)
        target_kg = base_kg * (1 - target.reduction_percent / 100)
        span = max(target.target_year - settings.base_year, 1)

        def on_line(y: int, base_kg=base_kg, target_kg=target_kg, span=span):
            done = min(max(y - settings.base_year, 0), span)
            return base_kg - (base_kg - target_kg) * done / span

        progress.append(
            TargetProgress(
                target=target,
                base_year=settings.base_year,
                base_kg=base_kg,
                target_kg=target_kg,
                year=year,
                actual_kg=current.scope_kg(scopes),
                path_kg=on_line(year),
                path=[
                    (y, on_line(y))
                    for y in range(settings.base_year, target.target_year + 1)
                ],
            )
        )
    return progress


@transaction.atomic
def targets_set(
    *, organization, base_year: int | None, year_start_month: int, targets: list[dict]
) -> InventorySettings:
    """Replace the organization's reporting year, base year and targets (one per
    scope set). Raises ValidationError on a base year after the current reporting
    year or a target year not after the base year."""
    settings = inventory_settings_get(organization=organization)
    current = _reporting_year_today(year_start_month)
    if base_year is not None and base_year > current:
        raise ValidationError(
            {"base_year": [f"Must not be after the current reporting year {current}."]}
        )
    settings.base_year = base_year
    settings.year_start_month = year_start_month
    settings.full_clean()
    settings.save()
    Target.objects.for_organization(organization).delete()
    for index, item in enumerate(targets):
        if base_year is None or item["target_year"] <= base_year:
            raise ValidationError(
                {f"targets[{index}].target_year": ["Must be after the base year."]}
            )
        target = Target(organization=organization, **item)
        target.full_clean()
        target.save()
    return settings


def targets_list(*, organization):
    return Target.objects.for_organization(organization)


INVENTORY_EXPORT_HEADER = (
    "scope",
    "scope3_category",
    "category_name",
    "t_co2e",
    "co2e_kg",
    "method",
    "data_quality",
    "reviewed",
    "activities",
    "factor_sources",
)


def inventory_export_rows(
    *, organization, user=None, start: datetime.date, end: datetime.date
) -> list[tuple]:
    """The inventory in a GHG Protocol layout: one line per scope, category,
    method, data quality and review state, with the factors used; well-to-tank
    lines in Scope 3 category 3. The results export has the rows behind each."""
    rows = _in_period(organization=organization, user=user, start=start, end=end)
    rows = rows.annotate(
        reviewed=Case(
            When(activity__match__status=ActivityMatchStatus.OVERRIDDEN, then=True),
            default=False,
            output_field=BooleanField(),
        ),
        method=Case(
            When(energy_quantity__isnull=False, then=Value("energy_price")),
            When(data_quality="spend_based", then=Value("spend")),
            When(data_quality="supplier_specific", then=Value("supplier_specific")),
            default=Value("activity"),
        ),
    )
    sources = StringAgg(
        "factor_source", delimiter="; ", distinct=True, order_by="factor_source"
    )
    lines = []
    for row in (
        rows.values("scope", "scope3_category", "method", "data_quality", "reviewed")
        .annotate(
            kg=Coalesce(Sum("co2e_kg"), Value(ZERO)),
            n=Count("pk"),
            sources=sources,
        )
        .order_by("scope", "scope3_category", "method", "data_quality", "reviewed")
    ):
        lines.append(
            (
                row["scope"] or "unclassified",
                row["scope3_category"],
                row["kg"],
                row["method"],
                row["data_quality"],
                row["reviewed"],
                row["n"],
                row["sources"],
            )
        )
    for row in (
        rows.filter(wtt_co2e_kg__isnull=False)
        .values("data_quality", "reviewed")
        .annotate(
            kg=Sum("wtt_co2e_kg"),
            n=Count("pk"),
            sources=StringAgg("wtt_factor__source", delimiter="; ", distinct=True),
        )
        .order_by("data_quality", "reviewed")
    ):
        lines.append(
            (
                "3",
                3,
                row["kg"],
                "well_to_tank",
                row["data_quality"],
                row["reviewed"],
                row["n"],
                row["sources"],
            )
        )
    return [
        (
            scope,
            category,
            SCOPE3_CATEGORIES.get(category, ""),
            (kg / 1000).quantize(Decimal("0.001")),
            kg.quantize(Decimal("0.000001")),
            method,
            quality,
            reviewed,
            n,
            sources or "",
        )
        for scope, category, kg, method, quality, reviewed, n, sources in sorted(
            lines, key=lambda line: (line[0], line[1] or 0, line[3])
        )
    ]
