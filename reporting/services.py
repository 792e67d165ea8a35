"""Set-based emissions calculation: one INSERT ... SELECT per upload, no per-row Python.

co2e_kg = quantity x multiplier x factor value, where the multiplier converts the
activity's unit into the factor's unit. Each distinct (activity unit, factor unit,
year) is converted once with pint (physical units) or through the FX table (money);
the multipliers go into a temporary table the calculation joins.

Spend factors are in 2022 US dollars. Money in another currency is converted to USD
at the annual average rate of the activity's year; money of a year other than 2022 is
applied as if it were 2022 dollars (no price deflation), and the result says so in
its note. A currency/year missing from the FX table, or units of different
dimensions, make the result `unconvertible` with co2e_kg left empty.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from decimal import Decimal

from django.db import connection, transaction
from django.utils import timezone

from ingestion.models import Activity, ActivityKey, Upload
from ingestion.services.pipeline import upload_status_set
from matching.factors.fx import FX_SOURCE, fx_units_per_usd
from matching.factors.models import EmissionFactor
from matching.factors.units import is_currency, unit_multiplier
from reporting.models import ClosedPeriod, Emission

logger = logging.getLogger(__name__)

METHOD_VERSION = "calc-v1"
ANALYZE_AFTER_ROWS = 10_000
SPEND_BASE_YEAR = 2022
_NO_YEAR = 0

# The date an activity counts on (for periods): its date, else its period's.
ACTIVITY_DATE_SQL = "COALESCE(a.date, a.period_start, a.period_end)"
_YEAR_SQL = (
    "CASE WHEN f.dimension = 'currency' THEN COALESCE(EXTRACT(YEAR FROM "
    f"{ACTIVITY_DATE_SQL})::int, 0) ELSE 0 END"
)


# Each activity's match is its key's (ingestion.ActivityKey): `a` joined to `k`.
KEY_JOIN_SQL = (
    f"JOIN {ActivityKey._meta.db_table} k ON k.organization_id = a.organization_id "
    "AND k.key = a.match_key"
)


def multiplier_for(
    from_unit: str, to_unit: str, year: int
) -> tuple[Decimal | None, Decimal | None, str]:
    """(multiplier, fx rate, note) converting one `from_unit` into `to_unit`."""
    if is_currency(from_unit) and is_currency(to_unit):
        used_year = year or SPEND_BASE_YEAR
        notes = []
        if not year:
            notes.append(f"No date: treated as {SPEND_BASE_YEAR} money.")
        if to_unit != "USD":
            return None, None, f"No FX path into {to_unit}."
        rate = fx_units_per_usd(from_unit, used_year)
        if rate is None:
            return None, None, f"No {FX_SOURCE} rate for {from_unit} in {used_year}."
        if from_unit != "USD":
            notes.append(
                f"{from_unit}->USD at {rate} per USD ({FX_SOURCE} {used_year})."
            )
        if used_year != SPEND_BASE_YEAR:
            notes.append(
                f"{used_year} dollars applied as {SPEND_BASE_YEAR} dollars "
                "(no price deflation)."
            )
        multiplier = (Decimal(1) / rate).quantize(Decimal("1e-12"))
        return multiplier, (rate if from_unit != "USD" else None), " ".join(notes)
    multiplier = unit_multiplier(from_unit, to_unit)
    if multiplier is None:
        return None, None, f"Cannot convert {from_unit} to {to_unit}."
    return multiplier, None, ""


def _multiplier_rows(where_sql: str, params: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT DISTINCT a.unit_normalized, f.unit, {_YEAR_SQL}
            FROM {Activity._meta.db_table} a
            {KEY_JOIN_SQL}
            JOIN {EmissionFactor._meta.db_table} f ON f.id = k.factor_id
            WHERE {where_sql}
            """,  # noqa: S608 - table names and constants only
            params,
        )
        pairs = cursor.fetchall()
    rows = []
    for from_unit, to_unit, year in pairs:
        multiplier, fx_rate, note = multiplier_for(from_unit, to_unit, year)
        rows.append((from_unit, to_unit, year, multiplier, fx_rate, note))
    return rows


_UPSERT_SQL = """
            ON CONFLICT (activity_id) DO UPDATE SET
                factor_id = EXCLUDED.factor_id,
                factor_source = EXCLUDED.factor_source,
                factor_external_id = EXCLUDED.factor_external_id,
                factor_version = EXCLUDED.factor_version,
                factor_value = EXCLUDED.factor_value,
                factor_unit = EXCLUDED.factor_unit,
                multiplier = EXCLUDED.multiplier,
                fx_rate = EXCLUDED.fx_rate,
                co2e_kg = EXCLUDED.co2e_kg,
                status = EXCLUDED.status,
                note = EXCLUDED.note,
                method_version = EXCLUDED.method_version,
                calculated_at = EXCLUDED.calculated_at
"""


def _calculate(where_sql: str, params: list, *, fresh: bool = False) -> int:
    """Write the results of the activities `where_sql` selects. `fresh`: none of
    them has a result yet, so a plain INSERT (no conflict probe per row) does."""
    rows = _multiplier_rows(where_sql, params)
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TEMP TABLE IF NOT EXISTS calc_multiplier (from_unit text, "
            "to_unit text, year int, multiplier numeric, fx_rate numeric, note text) "
            "ON COMMIT DROP"
        )
        cursor.execute("TRUNCATE calc_multiplier")
        if rows:
            with cursor.cursor.copy(
                "COPY calc_multiplier (from_unit, to_unit, year, multiplier, fx_rate, "
                "note) FROM STDIN"
            ) as copy:
                for row in rows:
                    copy.write_row(row)
        cursor.execute("ANALYZE calc_multiplier")  # a few rows: join it by hash
        cursor.execute(
            f"""
            INSERT INTO {Emission._meta.db_table} (
                activity_id, organization_id, upload_id, factor_id, factor_source,
                factor_external_id, factor_version, factor_value, factor_unit,
                multiplier, fx_rate, co2e_kg, status, note, method_version,
                calculated_at)
            SELECT a.id, a.organization_id, a.upload_id, f.id,
                COALESCE(f.source, ''), COALESCE(f.external_id, ''),
                COALESCE(f.version, ''), f.kg_co2e_per_unit, COALESCE(f.unit, ''),
                m.multiplier, m.fx_rate,
                round(a.quantity * m.multiplier * f.kg_co2e_per_unit, 6),
                CASE WHEN f.id IS NULL THEN 'no_factor'
                     WHEN m.multiplier IS NULL THEN 'unconvertible'
                     ELSE 'calculated' END,
                CASE WHEN f.id IS NULL THEN 'No emission factor matched.'
                     ELSE COALESCE(m.note, '') END,
                %s, now()
            FROM {Activity._meta.db_table} a
            LEFT {KEY_JOIN_SQL}
            LEFT JOIN {EmissionFactor._meta.db_table} f ON f.id = k.factor_id
            LEFT JOIN calc_multiplier m ON m.from_unit = a.unit_normalized
                AND m.to_unit = f.unit AND m.year = {_YEAR_SQL}
            WHERE {where_sql}
            {"" if fresh else _UPSERT_SQL}
            """,  # noqa: S608 - table names and constants only
            [METHOD_VERSION, *params],
        )
        return cursor.rowcount


@transaction.atomic
def emissions_calculate(*, upload_id) -> int:
    """Calculate (or recalculate) every activity of an upload; returns rows written."""
    fresh = not Emission.objects.filter(upload_id=upload_id).exists()
    count = _calculate("a.upload_id = %s", [str(upload_id)], fresh=fresh)
    logger.info(
        "emissions.calculated", extra={"upload_id": str(upload_id), "rows": count}
    )
    return count


@transaction.atomic
def emissions_recalculate(*, activity_ids: Iterable) -> int:
    ids = [str(pk) for pk in activity_ids]
    if not ids:
        return 0
    return _calculate("a.id = ANY(%s::uuid[])", [ids])


@transaction.atomic
def emissions_recalculate_keys(*, organization, keys: Iterable[str]) -> int:
    """Recalculate every activity with one of `keys` (their key's match changed),
    except those dated in a closed period: their results stay as they were, and
    only a recalculation with an override note changes them."""
    keys = list(keys)
    if not keys:
        return 0
    where = ["a.organization_id = %s", "a.match_key = ANY(%s)"]
    params: list = [str(organization.pk), keys]
    for start, end in ClosedPeriod.objects.for_organization(organization).values_list(
        "start", "end"
    ):
        # Undated rows are in no period.
        where.append(f"NOT COALESCE({ACTIVITY_DATE_SQL} BETWEEN %s AND %s, false)")
        params += [start, end]
    return _calculate(" AND ".join(where), params)


def emissions_recalculate_on_rematch(*, organization, keys, **kwargs) -> None:
    """Receiver of matching's `activities_rematched`."""
    emissions_recalculate_keys(organization=organization, keys=keys)


# -- the upload pipeline's calculate step -------------------------------------------
def upload_calculate(*, upload_id) -> bool:
    upload = Upload.objects.get(pk=upload_id)
    if upload.status == Upload.Status.FAILED:
        return False
    if upload.status == Upload.Status.DONE:
        return True
    upload_status_set(upload, Upload.Status.CALCULATING)
    with transaction.atomic():
        count = emissions_calculate(upload_id=upload.pk)
        Upload.objects.filter(pk=upload.pk).update(
            activities_calculated=count,
            status=Upload.Status.DONE,
            finished_at=timezone.now(),
        )
    if count >= ANALYZE_AFTER_ROWS:
        # Fresh statistics for the results just written: without them the planner
        # expects a handful of rows and reads a large upload's results one index
        # probe at a time (its export ran at 160,000 rows/s instead of 280,000).
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {Emission._meta.db_table}")
    return True
