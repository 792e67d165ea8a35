"""Recalculation as a previewed diff: stored emissions never change silently when a
new factor version is loaded. A preview maps each result's factor to the same
published factor (source + id) of the target version, computes every changed row
set-based in SQL and keeps them; only `recalculation_apply` writes the results, and
the preview rows keep the previous figures. A closed period is recalculated only
with an explicit override note.

The well-to-tank part moves with the factor: the new factor's WTT counterpart in
the target version (reporting.conversions.wtt_rows, the rule a fresh calculation
uses), at the row's own multiplier, so wtt_co2e_kg stays what recalculating the
line from scratch would give."""

from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal

from django.db import connection, transaction
from django.db.models import Count, F, Sum
from django.utils import timezone

from carbon.core.exceptions import Conflict, ValidationFailed
from ingestion.models import Activity, ActivityKey
from matching.factors.models import EmissionFactor
from matching.models import MatchCacheEntry
from reporting.conversions import ACTIVITY_DATE_SQL, wtt_rows
from reporting.models import ClosedPeriod, Emission, Recalculation, RecalculationRow

logger = logging.getLogger(__name__)
LARGEST = 10


def _scope(recalculation: Recalculation) -> tuple[str, list]:
    clauses = ["e.organization_id = %s", "e.status = 'calculated'"]
    params: list = [str(recalculation.organization_id)]
    if recalculation.upload_id:
        clauses.append("e.upload_id = %s")
        params.append(str(recalculation.upload_id))
    if recalculation.period_start:
        clauses.append(f"{ACTIVITY_DATE_SQL} >= %s")
        params.append(recalculation.period_start)
    if recalculation.period_end:
        clauses.append(f"{ACTIVITY_DATE_SQL} <= %s")
        params.append(recalculation.period_end)
    return " AND ".join(clauses), params


def _closed_overlap(recalculation: Recalculation) -> list[ClosedPeriod]:
    """Closed periods holding any result in the recalculation's scope."""
    where, params = _scope(recalculation)
    closed = list(ClosedPeriod.objects.for_organization(recalculation.organization))
    hits = []
    with connection.cursor() as cursor:
        for period in closed:
            cursor.execute(
                f"""SELECT EXISTS (SELECT 1 FROM {Emission._meta.db_table} e
                JOIN {Activity._meta.db_table} a ON a.id = e.activity_id
                WHERE {where} AND {ACTIVITY_DATE_SQL} BETWEEN %s AND %s)""",  # noqa: S608
                [*params, period.start, period.end],
            )
            if cursor.fetchone()[0]:
                hits.append(period)
    return hits


def _check_closed(recalculation: Recalculation) -> None:
    closed = _closed_overlap(recalculation)
    if closed and not recalculation.override_note.strip():
        spans = ", ".join(f"{p.start}..{p.end}" for p in closed)
        raise Conflict(
            f"Closed period {spans}: recalculating it needs an override note.",
            errors=[
                {
                    "field": "override_note",
                    "code": "period_closed",
                    "message": "Give a note to recalculate a closed period.",
                }
            ],
        )


@transaction.atomic
def recalculation_preview(
    *,
    organization,
    user=None,
    upload=None,
    period_start: date | None = None,
    period_end: date | None = None,
    factor_version: str = "",
    override_note: str = "",
) -> Recalculation:
    """Compute (never apply) what moving the scope's results to `factor_version`
    (default: the current version of each factor) would change."""
    if upload is None and period_start is None and period_end is None:
        raise ValidationFailed(
            "Name an upload or a period.",
            errors=[
                {"field": "upload", "code": "required", "message": "Or give a period."}
            ],
        )
    if period_start and period_end and period_end < period_start:
        raise ValidationFailed(
            "The period ends before it starts.",
            errors=[
                {"field": "period_end", "code": "invalid", "message": "Too early."}
            ],
        )
    if (
        factor_version
        and not EmissionFactor.objects.filter(version=factor_version).exists()
    ):
        raise ValidationFailed(
            "No such factor version.",
            errors=[
                {
                    "field": "factor_version",
                    "code": "not_found",
                    "message": f"No factors of version {factor_version!r} are loaded.",
                }
            ],
        )
    recalculation = Recalculation.objects.create(
        organization=organization,
        upload=upload,
        period_start=period_start,
        period_end=period_end,
        factor_version=factor_version,
        override_note=override_note,
        created_by=user,
    )
    _check_closed(recalculation)
    where, params = _scope(recalculation)
    target = "nf.version = %s" if factor_version else "nf.is_current"
    target_params = [factor_version] if factor_version else []
    factors = EmissionFactor._meta.db_table
    moved_from = f"""
            FROM {Emission._meta.db_table} e
            JOIN {Activity._meta.db_table} a ON a.id = e.activity_id
            JOIN {factors} f ON f.id = e.factor_id
            JOIN {factors} nf ON nf.source = f.source
                AND nf.external_id = f.external_id AND nf.unit = f.unit
                AND {target}"""
    moved_where = f"WHERE {where} AND nf.id <> e.factor_id"
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT DISTINCT nf.id {moved_from} {moved_where}",
            [*target_params, *params],
        )
        wtt = wtt_rows(row[0] for row in cursor.fetchall())
        cursor.execute(
            "CREATE TEMP TABLE IF NOT EXISTS recalc_wtt (factor_id uuid, "
            "wtt_factor_id uuid, wtt_multiplier numeric, wtt_value numeric) "
            "ON COMMIT DROP"
        )
        cursor.execute("TRUNCATE recalc_wtt")
        if wtt:
            with cursor.cursor.copy(
                "COPY recalc_wtt (factor_id, wtt_factor_id, wtt_multiplier, "
                "wtt_value) FROM STDIN"
            ) as copy:
                for row in wtt:
                    copy.write_row(row)
        cursor.execute("ANALYZE recalc_wtt")
        cursor.execute(
            f"""
            INSERT INTO {RecalculationRow._meta.db_table} (
                recalculation_id, activity_id, "group", old_factor_id,
                old_factor_version, old_factor_value, old_co2e_kg, new_factor_id,
                new_factor_version, new_factor_value, new_co2e_kg,
                old_wtt_factor_id, old_wtt_co2e_kg, new_wtt_factor_id,
                new_wtt_factor_value, new_wtt_co2e_kg)
            SELECT %s, activity_id, "group", factor_id, factor_version,
                factor_value, co2e_kg, nf_id, nf_version, nf_value, new_co2e_kg,
                wtt_factor_id, wtt_co2e_kg, nw_id, nw_value, new_wtt_co2e_kg
            FROM (
                SELECT e.activity_id,
                    left(COALESCE(NULLIF(a.category, ''), '(none)'), 200) AS "group",
                    e.factor_id, e.factor_version, e.factor_value, e.co2e_kg,
                    nf.id AS nf_id, nf.version AS nf_version,
                    nf.kg_co2e_per_unit AS nf_value,
                    round(a.quantity * e.multiplier * nf.kg_co2e_per_unit, 6)
                        AS new_co2e_kg,
                    e.wtt_factor_id, e.wtt_co2e_kg,
                    rw.wtt_factor_id AS nw_id, rw.wtt_value AS nw_value,
                    round(a.quantity * e.multiplier * rw.wtt_multiplier
                        * rw.wtt_value, 6) AS new_wtt_co2e_kg
                {moved_from}
                -- Lines a fresh calculation gives a WTT part: priced energy
                -- and quantity lines (a spend factor has no counterpart).
                LEFT JOIN recalc_wtt rw ON rw.factor_id = nf.id
                    AND (e.energy_quantity IS NOT NULL
                        OR e.data_quality = 'activity_based')
                {moved_where}
            ) moved
            WHERE nf_value IS DISTINCT FROM factor_value
               OR new_wtt_co2e_kg IS DISTINCT FROM wtt_co2e_kg
            """,  # noqa: S608 - table names and constants only
            [str(recalculation.pk), *target_params, *params],
        )
        changed = cursor.rowcount
        cursor.execute(
            f"""SELECT count(*), COALESCE(sum(e.co2e_kg), 0)
            FROM {Emission._meta.db_table} e
            JOIN {Activity._meta.db_table} a ON a.id = e.activity_id
            WHERE {where}""",  # noqa: S608
            params,
        )
        in_scope, before = cursor.fetchone()
    delta = recalculation.rows.aggregate(d=Sum(F("new_co2e_kg") - F("old_co2e_kg")))[
        "d"
    ] or Decimal(0)
    recalculation.rows_in_scope = in_scope
    recalculation.rows_changed = changed
    recalculation.total_before = before
    recalculation.total_after = before + delta
    recalculation.save(
        update_fields=["rows_in_scope", "rows_changed", "total_before", "total_after"]
    )
    logger.info(
        "recalculation.previewed",
        extra={"recalculation_id": str(recalculation.pk), "rows": changed},
    )
    return recalculation


def recalculation_largest_changes(
    *, recalculation: Recalculation, limit: int = LARGEST
) -> list[dict]:
    """The groups (categories) whose totals change most, largest change first."""
    groups = (
        recalculation.rows.values("group")
        .annotate(rows=Count("id"), before=Sum("old_co2e_kg"), after=Sum("new_co2e_kg"))
        .order_by("group")
    )
    changes = [{**g, "delta": g["after"] - g["before"]} for g in groups]
    changes.sort(key=lambda c: abs(c["delta"]), reverse=True)
    return changes[:limit]


@transaction.atomic
def recalculation_apply(*, recalculation: Recalculation, user=None) -> Recalculation:
    """Write the previewed figures. Raises Conflict when already applied, when a
    closed period now overlaps without an override note, or when results changed
    since the preview (preview again)."""
    recalculation = Recalculation.objects.select_for_update().get(pk=recalculation.pk)
    if recalculation.status == Recalculation.Status.APPLIED:
        raise Conflict("This recalculation is already applied.")
    _check_closed(recalculation)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            UPDATE {Emission._meta.db_table} e
            SET factor_id = r.new_factor_id, factor_version = r.new_factor_version,
                factor_value = r.new_factor_value, co2e_kg = r.new_co2e_kg,
                wtt_factor_id = r.new_wtt_factor_id,
                wtt_factor_value = r.new_wtt_factor_value,
                wtt_co2e_kg = r.new_wtt_co2e_kg,
                calculated_at = now(),
                note = left(concat_ws(' ', NULLIF(e.note, ''),
                    'Recalculated from version ' || r.old_factor_version || '.'), 300)
            FROM {RecalculationRow._meta.db_table} r
            WHERE r.recalculation_id = %s AND e.activity_id = r.activity_id
              AND e.factor_id = r.old_factor_id AND e.co2e_kg = r.old_co2e_kg
              AND e.wtt_co2e_kg IS NOT DISTINCT FROM r.old_wtt_co2e_kg
            """,  # noqa: S608 - table names and constants only
            [str(recalculation.pk)],
        )
        updated = cursor.rowcount
    if updated != recalculation.rows_changed:
        raise Conflict(
            "Results changed since the preview: preview the recalculation again."
        )
    with connection.cursor() as cursor:
        # The keys of the recalculated rows move to the new version too (and the
        # cache, for the next uploads): a later recalculation of a row, after an
        # override say, must not bring the old version back.
        for table in (ActivityKey._meta.db_table, MatchCacheEntry._meta.db_table):
            cursor.execute(
                f"""UPDATE {table} k SET factor_id = r.new_factor_id,
                    updated_at = now()
                FROM {RecalculationRow._meta.db_table} r
                JOIN {Activity._meta.db_table} a ON a.id = r.activity_id
                WHERE r.recalculation_id = %s
                  AND k.organization_id = a.organization_id AND k.key = a.match_key
                  AND k.factor_id = r.old_factor_id""",  # noqa: S608
                [str(recalculation.pk)],
            )
    recalculation.status = Recalculation.Status.APPLIED
    recalculation.applied_by = user
    recalculation.applied_at = timezone.now()
    recalculation.save(update_fields=["status", "applied_by", "applied_at"])
    logger.info(
        "recalculation.applied",
        extra={"recalculation_id": str(recalculation.pk), "rows": updated},
    )
    return recalculation


@transaction.atomic
def period_close(*, organization, user, start: date, end: date, note: str = ""):
    if end < start:
        raise ValidationFailed(
            "The period ends before it starts.",
            errors=[{"field": "end", "code": "invalid", "message": "Too early."}],
        )
    return ClosedPeriod.objects.create(
        organization=organization, start=start, end=end, note=note, closed_by=user
    )
