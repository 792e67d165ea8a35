"""MRV writes: daily removal (versioned), QA/QC issues, statements and approval."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction

from accounts import roles
from carbon.core.workflow import transition_apply, transition_record
from ingestion.models import (
    LabResult,
    OperationsRecord,
    Plant,
    SamplePoint,
    SensorDay,
    Upload,
)
from ingestion.services.pipeline import StepResult
from reporting.mrv import constants as c
from reporting.mrv.calculation import (
    DayResult,
    Flag,
    OpsCandidate,
    Reading,
    day_compute,
)
from reporting.mrv.exceptions import (
    SelfApprovalForbidden,
    StatementTransitionInvalid,
    StatementTransitionNotAllowed,
)
from reporting.mrv.models import DailyRemoval, QaIssue, Statement

logger = logging.getLogger(__name__)

_STORED = (
    "ca_upstream_mg_l",
    "ca_downstream_mg_l",
    "ca_upstream_uncertainty",
    "ca_downstream_uncertainty",
    "ca_delta_mg_l",
    "ca_delta_uncertainty",
    "flow_mgd",
    "flow_m3_day",
    "flow_l_day",
    "caco3_mg",
    "co2_mg",
    "co2_t",
    "co2_t_uncertainty",
)
_FLOOR = dt.date.min


def _source(upload: Upload, sheet: str, row: int) -> dict:
    return {
        "upload": str(upload.pk),
        "file": upload.filename,
        "file_version": upload.sha256[:16],
        "sheet": sheet,
        "row": row,
    }


def _q(value: Decimal | None, places: int) -> Decimal | None:
    if value is None:
        return None
    return value.quantize(Decimal(1).scaleb(-places))


def _places(field_name: str) -> int:
    return DailyRemoval._meta.get_field(field_name).decimal_places


@dataclass(frozen=True)
class RecalculationResult:
    days: int
    changed: int


def _lab_by_day(plant: Plant, dates) -> dict[dt.date, dict[str, list[Reading]]]:
    rows = (
        LabResult.objects.filter(
            plant=plant,
            date__in=dates,
            parameter="calcium",
            point__in=[SamplePoint.UPSTREAM, SamplePoint.DOWNSTREAM],
        )
        .select_related("upload")
        .order_by("date", "row_number")
    )
    by_day: dict[dt.date, dict] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        by_day[row.date][row.upload_id].append(row)
    result = {}
    for date, uploads in by_day.items():
        # A re-issued lab file replaces the day: latest generated, then uploaded.
        chosen = max(
            uploads.values(),
            key=lambda rs: (rs[0].generated_on or _FLOOR, rs[0].upload.created_at),
        )
        points: dict[str, list[Reading]] = defaultdict(list)
        for row in chosen:
            points[row.point].append(
                Reading(
                    value=row.value,
                    uncertainty=row.uncertainty,
                    source=_source(row.upload, row.sheet, row.row_number),
                )
            )
        result[date] = points
    return result


def _ops_by_day(plant: Plant, dates) -> dict[dt.date, list[OpsCandidate]]:
    by_day: dict[dt.date, list[OpsCandidate]] = defaultdict(list)
    for row in OperationsRecord.objects.filter(
        plant=plant, date__in=dates
    ).select_related("upload"):
        by_day[row.date].append(
            OpsCandidate(
                effluent_flow_mgd=row.effluent_flow_mgd,
                generated_at=row.report_generated_at,
                uploaded_at=row.upload.created_at,
                source={
                    **_source(row.upload, row.sheet, row.row_number),
                    "report_generated_at": row.report_generated_at.isoformat()
                    if row.report_generated_at
                    else None,
                },
            )
        )
    return by_day


def _ph_by_day(plant: Plant, dates) -> dict[dt.date, SensorDay]:
    days: dict[dt.date, SensorDay] = {}
    for day in SensorDay.objects.filter(
        plant=plant, date__in=dates, parameter="ph"
    ).select_related("upload"):
        held = days.get(day.date)
        if held is None or day.upload.created_at > held.upload.created_at:
            days[day.date] = day
    return days


def plant_days(plant: Plant, *, uploads: Iterable[Upload] | None = None) -> set:
    """The plant-days that have any lab, operations or sensor record."""
    dates: set[dt.date] = set()
    for model in (LabResult, OperationsRecord, SensorDay):
        query = model.objects.filter(plant=plant)
        if uploads is not None:
            query = query.filter(upload__in=list(uploads))
        dates.update(query.values_list("date", flat=True).distinct())
    return dates


def _qa_levels(result: DayResult) -> dict:
    complete = result.flag not in (Flag.NO_OPS_DATA, Flag.MISSING_CA_READINGS)
    return {
        "1": {
            "status": "warn" if result.conflicts else "pass",
            "message": f"{len(result.conflicts)} conflicting overlapping reports."
            if result.conflicts
            else "No conflicting duplicates.",
        },
        "2": {
            "status": "pass" if complete else "fail",
            "message": "Operations and both Ca points present."
            if complete
            else result.message,
        },
        "3": {
            "status": "fail" if result.flag == Flag.INVALID_FLOW else "pass",
            "message": result.message
            if result.flag == Flag.INVALID_FLOW
            else "Values typed and within bounds.",
        },
        "4": {
            "status": "pass" if result.flag == Flag.VALID else "fail",
            "message": f"{result.flag}: {result.message}",
        },
    }


def _issues(plant: Plant, date: dt.date, result: DayResult) -> list[QaIssue]:
    issues = []
    for conflict in result.conflicts:
        kept, old = conflict["kept"], conflict["superseded"]
        issues.append(
            QaIssue(
                organization_id=plant.organization_id,
                plant=plant,
                date=date,
                level=1,
                code="duplicate_conflict",
                message=(
                    f"Overlapping reports disagree by more than 1 %: kept "
                    f"{kept['effluent_flow_mgd']} MGD ({kept['file']} row {kept['row']}),"
                    f" superseded {old['effluent_flow_mgd']} MGD ({old['file']} row "
                    f"{old['row']})."
                ),
                details=conflict,
                upload_id=old["upload"],
                sheet=old["sheet"],
                row=old["row"],
            )
        )
    if result.flag != Flag.VALID:
        level = 2 if result.flag in (Flag.NO_OPS_DATA, Flag.MISSING_CA_READINGS) else 4
        where = result.sources.get("operations") or {}
        issues.append(
            QaIssue(
                organization_id=plant.organization_id,
                plant=plant,
                date=date,
                level=level,
                code=result.flag.lower(),
                message=result.message,
                upload_id=where.get("upload"),
                sheet=where.get("sheet", ""),
                row=where.get("row"),
            )
        )
    return issues


def _fields(result: DayResult, ph: SensorDay | None) -> dict:
    fields = {name: _q(getattr(result, name), _places(name)) for name in _STORED}
    fields.update(
        quality_flag=result.flag,
        message=result.message,
        ca_upstream_n=result.ca_upstream_n,
        ca_downstream_n=result.ca_downstream_n,
        ph_mean=_q(ph.mean, 6) if ph else None,
        ph_min=_q(ph.minimum, 6) if ph else None,
        ph_max=_q(ph.maximum, 6) if ph else None,
        sources={
            **result.sources,
            "ph": _source(ph.upload, "", ph.first_row) if ph else None,
        },
        qa_levels=_qa_levels(result),
        method_version=c.METHOD_VERSION,
    )
    fields["fingerprint"] = hashlib.sha256(
        json.dumps(fields, sort_keys=True, default=str).encode()
    ).hexdigest()
    return fields


@transaction.atomic
def removals_recalculate(
    *, plant: Plant, dates: Iterable[dt.date]
) -> RecalculationResult:
    """Recompute the given plant-days; a changed day gets a new version."""
    dates = sorted(set(dates))
    if not dates:
        return RecalculationResult(days=0, changed=0)
    # One recalculation per plant at a time: concurrent uploads queue here instead of
    # racing for the same day's new version.
    Plant.objects.select_for_update().filter(pk=plant.pk).first()
    lab = _lab_by_day(plant, dates)
    ops = _ops_by_day(plant, dates)
    ph = _ph_by_day(plant, dates)
    current = {
        removal.date: removal
        for removal in DailyRemoval.objects.select_for_update().filter(
            plant=plant, date__in=dates, is_current=True
        )
    }
    changed: list[dt.date] = []
    for date in dates:
        points = lab.get(date, {})
        result = day_compute(
            upstream=points.get(SamplePoint.UPSTREAM, []),
            downstream=points.get(SamplePoint.DOWNSTREAM, []),
            ops=ops.get(date, []),
        )
        fields = _fields(result, ph.get(date))
        held = current.get(date)
        if held is not None and held.fingerprint == fields["fingerprint"]:
            continue
        if held is not None:
            DailyRemoval.objects.filter(pk=held.pk).update(is_current=False)
        DailyRemoval.objects.create(
            organization_id=plant.organization_id,
            plant=plant,
            date=date,
            version=(held.version + 1) if held else 1,
            is_current=True,
            **fields,
        )
        QaIssue.objects.filter(plant=plant, date=date).delete()
        QaIssue.objects.bulk_create(_issues(plant, date, result))
        changed.append(date)
    if changed:
        _statements_follow(plant=plant, changed=changed)
    logger.info(
        "mrv.recalculated",
        extra={"plant": plant.code, "days": len(dates), "changed": len(changed)},
    )
    return RecalculationResult(days=len(dates), changed=len(changed))


def upload_removals_calculate(upload: Upload) -> StepResult:
    """The MRV pipeline step after parsing (run by ingestion.services.pipeline):
    recompute the plant-days the file touches."""
    plant_ids = set()
    for model in (LabResult, OperationsRecord, SensorDay):
        plant_ids.update(
            model.objects.filter(upload=upload).values_list("plant_id", flat=True)
        )
    days = 0
    with transaction.atomic():
        for plant in Plant.objects.filter(pk__in=plant_ids).order_by("code"):
            result = removals_recalculate(
                plant=plant, dates=plant_days(plant, uploads=[upload])
            )
            days += result.days
    return StepResult.done(activities_calculated=days)


# --- statements ---------------------------------------------------------------


def _snapshot(statement: Statement) -> None:
    removals = list(
        DailyRemoval.objects.filter(
            plant=statement.plant,
            date__gte=statement.period_start,
            date__lte=statement.period_end,
            is_current=True,
        )
    )
    valid = [r for r in removals if r.quality_flag == Flag.VALID]
    statement.total_co2_t = sum((r.co2_t for r in valid), Decimal(0))
    statement.total_co2_t_uncertainty = sum(
        (r.co2_t_uncertainty**2 for r in valid if r.co2_t_uncertainty), Decimal(0)
    ).sqrt()
    statement.days_by_flag = dict(Counter(r.quality_flag for r in removals))
    statement.save(
        update_fields=["total_co2_t", "total_co2_t_uncertainty", "days_by_flag"]
    )
    statement.removals.set(removals)


def _statements_follow(*, plant: Plant, changed: list[dt.date]) -> None:
    """New data: open statements are refreshed; a submitted or approved one stays
    as it is and gets a new computed version beside it."""
    touched = Statement.objects.filter(
        plant=plant, period_start__lte=max(changed), period_end__gte=min(changed)
    ).order_by("period_start", "period_end", "-version")
    latest: dict[tuple, Statement] = {}
    for statement in touched:
        latest.setdefault((statement.period_start, statement.period_end), statement)
    for statement in latest.values():
        if not any(
            statement.period_start <= d <= statement.period_end for d in changed
        ):
            continue
        if statement.status in (Statement.Status.SUBMITTED, Statement.Status.APPROVED):
            newer = Statement.objects.create(
                organization_id=statement.organization_id,
                plant=plant,
                period_start=statement.period_start,
                period_end=statement.period_end,
                version=statement.version + 1,
                previous=statement,
                created_by=None,
            )
            _snapshot(newer)
            transition_record(
                newer,
                "new_version",
                source="",
                note=f"New data for {len(changed)} days; version "
                f"{statement.version} ({statement.status}) kept unchanged.",
            )
        else:
            _snapshot(statement)
            transition_record(
                statement,
                "recomputed",
                source=statement.status,
                note=f"New data for {len(changed)} days.",
            )


@transaction.atomic
def statement_create(*, organization, plant: Plant, start, end, user) -> Statement:
    """Raises StatementTransitionInvalid when the period is empty or already stated."""
    if end < start:
        raise StatementTransitionInvalid(
            "The period ends before it starts.",
            errors=[{"field": "to", "code": "invalid", "message": "Before `from`."}],
        )
    if Statement.objects.filter(
        plant=plant, period_start=start, period_end=end
    ).exists():
        raise StatementTransitionInvalid(
            "A statement for this plant and period exists; new data adds versions.",
            errors=[{"field": "from", "code": "unique", "message": "Period exists."}],
        )
    statement = Statement(
        organization=organization,
        plant=plant,
        period_start=start,
        period_end=end,
        created_by=user,
    )
    statement.full_clean()
    statement.save()
    _snapshot(statement)
    transition_record(statement, "created", source="", by=user)
    return statement


# Statement transitions (Statement's graph) raise StatementTransitionNotAllowed (409)
# unless the statement is the newest version, in a status the transition leaves.


@transaction.atomic
def statement_submit(*, statement: Statement, user) -> Statement:
    return transition_apply(
        statement, "submit", by=user, refused=StatementTransitionNotAllowed
    )


def _check_reviewer(statement: Statement, user) -> None:
    if not roles.can(user, "approve_mrv"):
        raise SelfApprovalForbidden("Only a verifier may review a statement.")
    if statement.submitted_by_id == user.pk:
        raise SelfApprovalForbidden("The submitter may not review their own statement.")


@transaction.atomic
def statement_approve(*, statement: Statement, user, note: str = "") -> Statement:
    """Raises SelfApprovalForbidden (403) unless a verifier other than the submitter."""
    _check_reviewer(statement, user)
    return transition_apply(
        statement,
        "approve",
        by=user,
        note=note,
        refused=StatementTransitionNotAllowed,
    )


@transaction.atomic
def statement_request_changes(*, statement: Statement, user, note: str) -> Statement:
    _check_reviewer(statement, user)
    return transition_apply(
        statement,
        "request_changes",
        by=user,
        note=note,
        refused=StatementTransitionNotAllowed,
    )


def removals_recalculate_all(*, organization) -> int:
    """Recompute every plant-day of an organization (after a method change)."""
    days = 0
    for plant in Plant.objects.for_organization(organization):
        days += removals_recalculate(plant=plant, dates=plant_days(plant)).days
    return days


__all__ = [
    "removals_recalculate",
    "removals_recalculate_all",
    "statement_approve",
    "statement_create",
    "statement_request_changes",
    "statement_submit",
    "upload_removals_calculate",
]
