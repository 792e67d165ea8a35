"""Grouped results and the export row stream, both over the same filtered set."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from uuid import UUID

from django.core.exceptions import ValidationError
from django.db.models import CharField, Count, F, Func, QuerySet, Sum, Value
from django.db.models.functions import Coalesce, Concat, NullIf

from carbon.core.ids import id_parse
from ingestion.models import Activity, ActivityMatchStatus, Upload
from ingestion.selectors import upload_visibility
from reporting.models import ClosedPeriod, Emission, Recalculation

GROUPS = ("category", "scope", "supplier", "site", "factor", "month")
NONE_LABEL = "(none)"


class _ToChar(Func):
    function = "to_char"
    output_field = CharField()


def _group_expression(group_by: str):
    if group_by == "category":
        return F("activity__category")
    if group_by == "scope":
        return F("scope")
    if group_by == "supplier":
        return F("activity__supplier")
    if group_by == "site":
        return F("activity__site")
    if group_by == "factor":
        return Concat(
            F("factor__name"),
            Value(" ["),
            F("factor_source"),
            Value(" "),
            F("factor_external_id"),
            Value("]"),
            output_field=CharField(),
        )
    return _ToChar(
        Coalesce("activity__date", "activity__period_start", "activity__period_end"),
        Value("YYYY-MM"),
    )


def emission_list(*, organization, user=None, upload_id=None) -> QuerySet[Emission]:
    emissions = Emission.objects.for_organization(organization)
    if upload_id:
        emissions = emissions.filter(upload_id=upload_id)
    return emissions.filter(upload_visibility(user=user, via="upload__"))


def emission_export_where(
    *, organization, user=None, upload_id=None
) -> tuple[str, list]:
    """emission_list's filters as SQL over `e` (emission) and `a` (activity), for the
    COPY-based export; plain predicates keep PostgreSQL's parallel plans."""
    clauses, params = ["e.organization_id = %s"], [str(organization.pk)]
    if upload_id:
        clauses.append("e.upload_id = %s")
        params.append(str(upload_id))
    visible = upload_visibility(user=user)
    if visible:
        sql, visible_params = (
            Upload.objects.filter(visible).values("pk").query.sql_with_params()
        )
        clauses.append(f"a.upload_id IN ({sql})")
        params.extend(str(p) if isinstance(p, UUID) else p for p in visible_params)
    return " AND ".join(clauses), params


@dataclass(frozen=True)
class ResultTotal:
    activities: int
    co2e_kg: Decimal


def result_groups(*, organization, user=None, upload_id=None, group_by: str):
    """Groups ordered by emissions, largest first. Raises ValidationError on bad group_by."""
    if group_by not in GROUPS:
        raise ValidationError({"group_by": [f"Must be one of {', '.join(GROUPS)}."]})
    expression = NullIf(_group_expression(group_by), Value(""))
    return (
        emission_list(organization=organization, user=user, upload_id=upload_id)
        .annotate(group=Coalesce(expression, Value(NONE_LABEL)))
        .values("group")
        .annotate(
            activities=Count("pk"),
            co2e_kg=Coalesce(Sum("co2e_kg"), Value(Decimal(0))),
        )
        .order_by("-co2e_kg", "group")
    )


def result_total(*, organization, user=None, upload_id=None) -> ResultTotal:
    totals = emission_list(
        organization=organization, user=user, upload_id=upload_id
    ).aggregate(activities=Count("pk"), co2e_kg=Sum("co2e_kg"))
    return ResultTotal(
        activities=totals["activities"], co2e_kg=totals["co2e_kg"] or Decimal(0)
    )


def upload_match_counts(*, upload) -> dict[str, int]:
    """Activities of an upload by their key's match status (pending: not matched
    yet), and the results no person has reviewed (co2e from automatic matches)."""
    counts = dict.fromkeys(ActivityMatchStatus.values, 0)
    for row in (
        Activity.objects.filter(upload=upload)
        .values(status=Coalesce("match__status", Value(ActivityMatchStatus.PENDING)))
        .annotate(n=Count("pk"))
        .order_by()
    ):
        counts[row["status"]] = row["n"]
    return counts


def upload_unreviewed_kg(*, upload) -> Decimal:
    return Emission.objects.filter(upload=upload).exclude(
        activity__match__status=ActivityMatchStatus.OVERRIDDEN
    ).aggregate(kg=Sum("co2e_kg"))["kg"] or Decimal(0)


def recalculation_get(*, organization, recalculation_id) -> Recalculation:
    """Raises Recalculation.DoesNotExist outside the organization or for an id that
    is no UUID (404)."""
    return Recalculation.objects.for_organization(organization).get(
        pk=id_parse(recalculation_id, model=Recalculation)
    )


def recalculation_latest(*, organization, upload) -> Recalculation | None:
    return (
        Recalculation.objects.for_organization(organization)
        .filter(upload=upload)
        .order_by("-created_at")
        .first()
    )


def closed_period_list(*, organization):
    return ClosedPeriod.objects.for_organization(organization)
