"""MRV reads: daily removals, summaries, QA/QC issues, statements."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from django.db.models import Exists, OuterRef, QuerySet

from carbon.core.filters import filter_queryset
from reporting.mrv.calculation import Flag
from reporting.mrv.filters import IssueFilter, RemovalFilter, StatementFilter
from reporting.mrv.models import DailyRemoval, QaIssue, Statement


def _flags_check(filters) -> None:
    """Raises ValidationError (400 naming `flag`) for an unknown quality flag: reads
    that take `flag` without filtering plant-days by it validate it by the
    removals' own FilterSet, so every MRV read answers a bad flag alike."""
    filter_queryset(
        RemovalFilter,
        RemovalFilter.translate(filters or {}),
        DailyRemoval.objects.none(),
    )


def removal_list(*, organization, filters=None) -> QuerySet[DailyRemoval]:
    """Current version of every plant-day; raises ValidationError on bad filters."""
    approved = Statement.objects.filter(
        removals=OuterRef("pk"), status=Statement.Status.APPROVED
    )
    removals = (
        DailyRemoval.objects.for_organization(organization)
        .filter(is_current=True)
        .select_related("plant")
        .annotate(approved=Exists(approved))
        .order_by("plant__code", "date")
    )
    return filter_queryset(
        RemovalFilter, RemovalFilter.translate(filters or {}), removals
    )


def removal_summary(*, organization, filters=None) -> dict:
    """Days per flag and total t CO2 (± uncertainty) of VALID days, per plant too.
    Every flag is counted; `flag` is only validated. Raises ValidationError."""
    _flags_check(filters)
    filters = {k: v for k, v in (filters or {}).items() if k != "flag"}
    rows = removal_list(organization=organization, filters=filters).values_list(
        "plant__code", "quality_flag", "co2_t", "co2_t_uncertainty", "date"
    )
    plants: dict[str, dict] = defaultdict(
        lambda: {
            "days_by_flag": dict.fromkeys(Flag.ALL, 0),
            "co2_t": Decimal(0),
            "variance": Decimal(0),
            "first": None,
            "last": None,
        }
    )
    for code, flag, co2_t, uncertainty, date in rows:
        entry = plants[code]
        entry["days_by_flag"][flag] += 1
        entry["first"] = min(entry["first"] or date, date)
        entry["last"] = max(entry["last"] or date, date)
        if flag == Flag.VALID:
            entry["co2_t"] += co2_t
            entry["variance"] += (uncertainty or 0) ** 2
    per_plant = [
        {
            "plant": code,
            "from": entry["first"],
            "to": entry["last"],
            "days": sum(entry["days_by_flag"].values()),
            "days_by_flag": entry["days_by_flag"],
            "co2_t": entry["co2_t"],
            "co2_t_uncertainty": entry["variance"].sqrt(),
        }
        for code, entry in sorted(plants.items())
    ]
    total_flags = dict.fromkeys(Flag.ALL, 0)
    for entry in per_plant:
        for flag, days in entry["days_by_flag"].items():
            total_flags[flag] += days
    variance = sum((p["co2_t_uncertainty"] ** 2 for p in per_plant), Decimal(0))
    return {
        "days": sum(total_flags.values()),
        "days_by_flag": total_flags,
        "co2_t": sum((p["co2_t"] for p in per_plant), Decimal(0)),
        "co2_t_uncertainty": variance.sqrt(),
        "plants": per_plant,
    }


def removal_daily_series(*, organization, filters=None) -> list[dict]:
    """Chart data: one point per plant-day (values as floats are for drawing only)."""
    return [
        {
            "plant": r.plant.code,
            "date": r.date.isoformat(),
            "co2_t": float(r.co2_t) if r.co2_t is not None else None,
            "ca_up": float(r.ca_upstream_mg_l)
            if r.ca_upstream_mg_l is not None
            else None,
            "ca_down": float(r.ca_downstream_mg_l)
            if r.ca_downstream_mg_l is not None
            else None,
            "ca_delta": float(r.ca_delta_mg_l) if r.ca_delta_mg_l is not None else None,
            "flow": float(r.flow_mgd) if r.flow_mgd is not None else None,
            "ph": float(r.ph_mean) if r.ph_mean is not None else None,
            "flag": r.quality_flag,
            "negative": r.co2_t is not None and r.co2_t < 0,
        }
        for r in removal_list(organization=organization, filters=filters)
    ]


CHART_FIELDS = {
    "co2": ("co2_t",),
    "ca": ("ca_up", "ca_down", "ca_delta"),
    "flow": ("flow",),
    "ph": ("ph",),
}


def chart_presence(series: list[dict]) -> dict:
    """Which charts have a point to draw, and how many days removed less than zero."""
    presence = {
        chart: any(point[f] is not None for point in series for f in fields)
        for chart, fields in CHART_FIELDS.items()
    }
    presence["negative_days"] = sum(point["negative"] for point in series)
    return presence


def issue_list(*, organization, filters=None) -> QuerySet[QaIssue]:
    """Raises ValidationError on bad filters (`flag` is validated, not applied)."""
    _flags_check(filters)
    issues = (
        QaIssue.objects.for_organization(organization)
        .select_related("plant", "upload")
        .order_by("plant__code", "date", "level", "code", "id")
    )
    return filter_queryset(IssueFilter, IssueFilter.translate(filters or {}), issues)


def statement_list(*, organization, filters=None) -> QuerySet[Statement]:
    statements = (
        Statement.objects.for_organization(organization)
        .select_related("plant", "submitted_by", "approved_by", "created_by")
        .prefetch_related("events__actor")
        .order_by("plant__code", "-period_start", "-version")
    )
    return filter_queryset(StatementFilter, filters, statements)


def statement_get(*, organization, statement_id) -> Statement:
    """Raises Statement.DoesNotExist outside the caller's organization (404)."""
    return statement_list(organization=organization).get(pk=statement_id)
