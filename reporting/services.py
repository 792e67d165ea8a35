"""Set-based emissions calculation: one INSERT ... SELECT per upload, no per-row Python.

co2e_kg = quantity x multiplier x factor value, where the multiplier converts the
activity's unit into the factor's unit (reporting.conversions: pint for physical
units, FX and the US price deflator for money, energy routes, supplier factors,
well-to-tank); the multipliers go into temporary tables the calculation joins.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.db import connection, transaction
from django.db.models.functions import Coalesce

from carbon.core.exceptions import Conflict
from ingestion.models import Activity, Upload
from ingestion.services.pipeline import StepResult
from matching.factors.models import EmissionFactor
from matching.vocabulary import merchant_normalize
from reporting.conversions import (
    ACTIVITY_DATE_SQL,
    ANY_YEAR_SQL,
    KEY_JOIN_SQL,
    MONEY_SQL,
    YEAR_SQL,
    distinct_conversions,
    energy_rows,
    multiplier_rows,
    supplier_rows,
    wtt_rows,
)
from reporting.models import ClosedPeriod, Emission, ScopeOverride

logger = logging.getLogger(__name__)


# calc-v2: spend is moved into the factor's price year (calc-v1 applied any year's
# dollars as 2022 dollars). calc-v3: fuel and energy bought as money are priced
# into quantities and combustion/grid factors; scope, category, data quality.
# calc-v4: a supplier's own factor replaces the matched factor's value.
# calc-v5: quantity lines of a fuel or grid factor get its well-to-tank part.
METHOD_VERSION = "calc-v5"
ANALYZE_AFTER_ROWS = 10_000


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
                price_index_ratio = EXCLUDED.price_index_ratio,
                co2e_kg = EXCLUDED.co2e_kg,
                status = EXCLUDED.status,
                note = EXCLUDED.note,
                method_version = EXCLUDED.method_version,
                calculated_at = EXCLUDED.calculated_at,
                scope = EXCLUDED.scope,
                scope3_category = EXCLUDED.scope3_category,
                data_quality = EXCLUDED.data_quality,
                activity_date = EXCLUDED.activity_date,
                matched_factor_id = EXCLUDED.matched_factor_id,
                energy_price = EXCLUDED.energy_price,
                energy_price_unit = EXCLUDED.energy_price_unit,
                energy_price_source = EXCLUDED.energy_price_source,
                energy_quantity = EXCLUDED.energy_quantity,
                wtt_factor_id = EXCLUDED.wtt_factor_id,
                wtt_factor_value = EXCLUDED.wtt_factor_value,
                wtt_co2e_kg = EXCLUDED.wtt_co2e_kg
"""

_TEMP_TABLES = (
    (
        "calc_multiplier",
        "from_unit text, to_unit text, year int, multiplier numeric, "
        "fx_rate numeric, price_index_ratio numeric, note text",
    ),
    (
        "calc_energy",
        "from_unit text, energy_kind text, region text, year int, factor_id uuid, "
        "multiplier numeric, fx_rate numeric, price numeric, price_unit text, "
        "price_source text, wtt_factor_id uuid, wtt_multiplier numeric, "
        "wtt_value numeric, note text",
    ),
    (
        "calc_wtt",
        "factor_id uuid, wtt_factor_id uuid, wtt_multiplier numeric, wtt_value numeric",
    ),
    (
        "calc_supplier",
        "organization_id uuid, supplier text, from_unit text, year int, "
        "supplier_factor_id uuid, value numeric, unit text, factor_year int, "
        "multiplier numeric, fx_rate numeric, price_index_ratio numeric, note text",
    ),
)


def _temp_tables_fill(cursor, *rows_per_table: list[tuple]) -> None:
    for (name, columns), rows in zip(_TEMP_TABLES, rows_per_table, strict=True):
        cursor.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {name} ({columns}) ON COMMIT DROP"
        )
        cursor.execute(f"TRUNCATE {name}")
        if rows:
            names = ", ".join(column.split()[0] for column in columns.split(", "))
            with cursor.cursor.copy(f"COPY {name} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        cursor.execute(f"ANALYZE {name}")  # a few rows: join it by hash


# Without supplier factors the calculation joins no calc_supplier: one constant
# row of NULLs instead, which the planner folds away (the 1M-row path unchanged).
_NO_SUPPLIER_SQL = (
    "CROSS JOIN (SELECT NULL::uuid AS supplier_factor_id, NULL::numeric AS value, "
    "NULL::text AS unit, NULL::int AS factor_year, NULL::numeric AS multiplier, "
    "NULL::numeric AS fx_rate, NULL::numeric AS price_index_ratio, "
    "NULL::text AS note) cs"
)
# Without quantity lines of a fuel or grid factor, no calc_wtt either.
_NO_WTT_SQL = (
    "CROSS JOIN (SELECT NULL::uuid AS wtt_factor_id, "
    "NULL::numeric AS wtt_multiplier, NULL::numeric AS wtt_value) cw"
)
# A quantity line (converted by `m`, not priced by a route, not a supplier's).
_WTT_SQL = """LEFT JOIN calc_wtt cw ON cw.factor_id = f.id AND ef.id IS NULL
                AND cs.multiplier IS NULL AND m.multiplier IS NOT NULL"""
_SUPPLIER_SQL = f"""LEFT JOIN calc_supplier cs ON cs.organization_id = a.organization_id
                AND cs.supplier = a.supplier AND cs.from_unit = a.unit_normalized
                AND cs.year = {ANY_YEAR_SQL}"""
# A line uses its supplier's factor when it has a match (whose class it keeps)
# and a conversion into the supplier factor's unit.
_SUPPLIER_USED = "(cs.multiplier IS NOT NULL AND f.id IS NOT NULL)"


def _calculate(where_sql: str, params: list, *, fresh: bool = False) -> int:
    """Write the results of the activities `where_sql` selects. `fresh`: none of
    them has a result yet, so a plain INSERT (no conflict probe per row) does.

    A money line whose factor has an energy kind and a priced route is
    calculated with the route's combustion/grid factor (`ef`) instead of the
    matched factor (`f`); its well-to-tank part goes to wtt_co2e_kg (ADR-4.9).
    A line whose supplier has a supplier factor in a compatible unit (`cs`) is
    calculated with it instead of either; the match still gives its class."""
    conversions = distinct_conversions(where_sql, params)
    suppliers = supplier_rows(where_sql, params)
    wtt = wtt_rows({row[6] for row in conversions if row[6]})
    factors = EmissionFactor._meta.db_table
    overrides = ScopeOverride._meta.db_table
    used = _SUPPLIER_USED
    with connection.cursor() as cursor:
        _temp_tables_fill(
            cursor,
            multiplier_rows(conversions),
            energy_rows(conversions),
            wtt,
            suppliers,
        )
        cursor.execute(
            f"""
            INSERT INTO {Emission._meta.db_table} (
                activity_id, organization_id, upload_id, factor_id, factor_source,
                factor_external_id, factor_version, factor_value, factor_unit,
                multiplier, fx_rate, price_index_ratio, co2e_kg, status, note,
                method_version, calculated_at, scope, scope3_category, data_quality,
                activity_date, matched_factor_id, energy_price, energy_price_unit,
                energy_price_source, energy_quantity, wtt_factor_id,
                wtt_factor_value, wtt_co2e_kg)
            SELECT a.id, a.organization_id, a.upload_id,
                CASE WHEN {used} THEN NULL ELSE COALESCE(ef.id, f.id) END,
                CASE WHEN {used} THEN 'supplier'
                     ELSE COALESCE(ef.source, f.source, '') END,
                CASE WHEN {used} THEN cs.supplier_factor_id::text
                     ELSE COALESCE(ef.external_id, f.external_id, '') END,
                CASE WHEN {used} THEN cs.factor_year::text
                     ELSE COALESCE(ef.version, f.version, '') END,
                CASE WHEN {used} THEN cs.value
                     ELSE COALESCE(ef.kg_co2e_per_unit, f.kg_co2e_per_unit) END,
                CASE WHEN {used} THEN cs.unit ELSE COALESCE(ef.unit, f.unit, '') END,
                CASE WHEN {used} THEN cs.multiplier
                     ELSE COALESCE(ce.multiplier, m.multiplier) END,
                CASE WHEN {used} THEN cs.fx_rate
                     WHEN ef.id IS NULL THEN m.fx_rate ELSE ce.fx_rate END,
                CASE WHEN {used} THEN cs.price_index_ratio
                     WHEN ef.id IS NULL THEN m.price_index_ratio END,
                CASE WHEN {used} THEN round(a.quantity * cs.multiplier * cs.value, 6)
                     ELSE round(a.quantity * COALESCE(ce.multiplier, m.multiplier)
                         * COALESCE(ef.kg_co2e_per_unit, f.kg_co2e_per_unit), 6) END,
                CASE WHEN f.id IS NULL THEN 'no_factor'
                     WHEN {used} THEN 'calculated'
                     WHEN COALESCE(ce.multiplier, m.multiplier) IS NULL
                         THEN 'unconvertible'
                     ELSE 'calculated' END,
                CASE WHEN f.id IS NULL THEN 'No emission factor matched.'
                     WHEN {used} THEN left(cs.note, 300)
                     ELSE left(concat_ws(' ',
                         CASE WHEN ef.id IS NULL THEN NULLIF(m.note, '') END,
                         NULLIF(ce.note, ''), NULLIF(cs.note, '')), 300) END,
                %s, now(),
                COALESCE(og.scope, fo.scope, ef.ghg_scope, f.ghg_scope, ''),
                CASE WHEN og.id IS NOT NULL THEN og.scope3_category
                     WHEN fo.id IS NOT NULL THEN fo.scope3_category
                     WHEN ef.id IS NOT NULL THEN ef.scope3_category
                     ELSE f.scope3_category END,
                CASE WHEN {used} THEN 'supplier_specific'
                     WHEN {MONEY_SQL} THEN 'spend_based'
                     ELSE 'activity_based' END,
                {ACTIVITY_DATE_SQL},
                CASE WHEN ef.id IS NOT NULL OR {used} THEN f.id END,
                ce.price, COALESCE(ce.price_unit, ''), COALESCE(ce.price_source, ''),
                round(a.quantity * ce.multiplier, 6),
                COALESCE(ce.wtt_factor_id, cw.wtt_factor_id),
                COALESCE(ce.wtt_value, cw.wtt_value),
                round(a.quantity * COALESCE(
                    ce.multiplier * ce.wtt_multiplier * ce.wtt_value,
                    m.multiplier * cw.wtt_multiplier * cw.wtt_value), 6)
            FROM {Activity._meta.db_table} a
            LEFT {KEY_JOIN_SQL}
            LEFT JOIN {factors} f ON f.id = k.factor_id
            {_SUPPLIER_SQL if supplier_rows else _NO_SUPPLIER_SQL}
            LEFT JOIN calc_multiplier m ON m.from_unit = a.unit_normalized
                AND m.to_unit = f.unit AND m.year = {YEAR_SQL}
            LEFT JOIN calc_energy ce ON ce.from_unit = a.unit_normalized
                AND ce.energy_kind = f.energy_kind AND ce.region = a.region
                AND ce.year = {ANY_YEAR_SQL} AND cs.multiplier IS NULL
            LEFT JOIN {factors} ef ON ef.id = ce.factor_id
            {_WTT_SQL if wtt else _NO_WTT_SQL}
            LEFT JOIN {overrides} og ON og.organization_id = a.organization_id
                AND og.factor_id IS NULL AND og.gl_account = a.category
            LEFT JOIN {overrides} fo ON fo.organization_id = a.organization_id
                AND fo.gl_account = '' AND fo.factor_id = f.id
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
    closed_where, closed_params = _open_periods_where(organization)
    where = ["a.organization_id = %s", "a.match_key = ANY(%s)", *closed_where]
    params: list = [str(organization.pk), keys, *closed_params]
    return _calculate(" AND ".join(where), params)


@transaction.atomic
def emissions_recalculate_supplier(*, organization, supplier_key: str) -> int:
    """Recalculate the organization's results of the lines whose supplier
    normalizes to `supplier_key` (its supplier factor changed), except those
    dated in a closed period. The distinct supplier names are normalized in
    Python (a few); the lines are recalculated in SQL."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT DISTINCT supplier FROM {Activity._meta.db_table} "  # noqa: S608
            "WHERE organization_id = %s AND supplier <> ''",
            [str(organization.pk)],
        )
        names = [
            name
            for (name,) in cursor.fetchall()
            if merchant_normalize(name) == supplier_key
        ]
    if not names:
        return 0
    closed_where, closed_params = _open_periods_where(organization)
    where = [
        "a.organization_id = %s",
        "a.supplier = ANY(%s)",
        # Only lines already calculated: an upload still in the pipeline gets
        # its results (with the supplier factor) from its own calculate step.
        f"EXISTS (SELECT 1 FROM {Emission._meta.db_table} e "  # noqa: S608
        "WHERE e.activity_id = a.id)",
        *closed_where,
    ]
    return _calculate(
        " AND ".join(where), [str(organization.pk), names, *closed_params]
    )


def upload_reread_check(upload: Upload) -> None:
    """A parsed upload with rows dated in a closed period is not read again (that
    would delete and recalculate a closed period's results): Conflict, naming the
    periods (settings.UPLOAD_REREAD_CHECKS)."""
    closed = [
        (start, end)
        for start, end in ClosedPeriod.objects.for_organization(
            upload.organization
        ).values_list("start", "end")
        if Activity.objects.filter(upload=upload)
        .annotate(
            day=Coalesce("date", "period_start", "period_end"),
        )
        .filter(day__range=(start, end))
        .exists()
    ]
    if closed:
        spans = ", ".join(f"{start}..{end}" for start, end in closed)
        raise Conflict(
            f"The upload has rows in a closed period ({spans}); reading it again "
            "would change that period's results. Upload a correction instead.",
            errors=[
                {
                    "field": "upload",
                    "code": "period_closed",
                    "message": f"Rows dated in the closed period {spans}.",
                }
            ],
        )


def _open_periods_where(organization) -> tuple[list[str], list]:
    """Predicates keeping activities dated in a closed period out (undated rows
    are in no period)."""
    where, params = [], []
    for start, end in ClosedPeriod.objects.for_organization(organization).values_list(
        "start", "end"
    ):
        where.append(f"NOT COALESCE({ACTIVITY_DATE_SQL} BETWEEN %s AND %s, false)")
        params += [start, end]
    return where, params


def _scope_override_recalculate(*, organization, gl_account: str, factor_id) -> int:
    """Recalculate the organization's calculated lines a scope override of
    `gl_account` or `factor_id` covers, except those dated in a closed period."""
    closed_where, closed_params = _open_periods_where(organization)
    if gl_account:
        where, params = ["a.organization_id = %s", "a.category = %s"], [gl_account]
    else:
        where, params = ["a.organization_id = %s", "k.factor_id = %s"], [str(factor_id)]
    where.append(
        # Only lines already calculated: an upload still in the pipeline is
        # classified by its own calculate step.
        f"EXISTS (SELECT 1 FROM {Emission._meta.db_table} e "  # noqa: S608
        "WHERE e.activity_id = a.id)"
    )
    return _calculate(
        " AND ".join(where + closed_where),
        [str(organization.pk), *params, *closed_params],
    )


@transaction.atomic
def scope_override_set(
    *,
    organization,
    scope: str,
    scope3_category: int | None = None,
    gl_account: str = "",
    factor: EmissionFactor | None = None,
    note: str = "",
) -> ScopeOverride:
    """Remember a scope/category for a GL account (activity category) or a factor
    and reclassify the organization's results it covers, except those dated in a
    closed period. Raises ValidationError (one target; category only in Scope 3)."""
    gl_account = gl_account.strip()
    override = ScopeOverride.objects.filter(
        organization=organization,
        gl_account=gl_account,
        factor=factor,
    ).first() or ScopeOverride(
        organization=organization, gl_account=gl_account, factor=factor
    )
    override.scope = scope
    override.scope3_category = scope3_category if scope == "3" else None
    override.note = note
    override.full_clean(validate_constraints=True)
    override.save()
    rows = _scope_override_recalculate(
        organization=organization,
        gl_account=gl_account,
        factor_id=factor.pk if factor else None,
    )
    logger.info(
        "scope_override.set", extra={"scope_override_id": override.pk, "rows": rows}
    )
    return override


@transaction.atomic
def scope_override_delete(*, organization, scope_override_id: int) -> int:
    """Forget a scope override and reclassify the rows it covered back to the
    factor override or the factor's class (closed periods excepted); returns
    rows recalculated. Raises ScopeOverride.DoesNotExist (another
    organization's too)."""
    override = (
        ScopeOverride.objects.for_organization(organization)
        .select_for_update()
        .get(pk=scope_override_id)
    )
    gl_account, factor_id = override.gl_account, override.factor_id
    override.delete()
    rows = _scope_override_recalculate(
        organization=organization, gl_account=gl_account, factor_id=factor_id
    )
    logger.info(
        "scope_override.deleted",
        extra={"scope_override_id": scope_override_id, "rows": rows},
    )
    return rows


# -- the upload pipeline's calculate step -------------------------------------------
def upload_calculate(upload: Upload) -> StepResult:
    """The calculate step (run by ingestion.services.pipeline): every activity of
    the upload, in one transaction."""
    with transaction.atomic():
        count = emissions_calculate(upload_id=upload.pk)
    return StepResult.done(
        activities_calculated=count,
        after=_emissions_analyze if count >= ANALYZE_AFTER_ROWS else None,
    )


def _emissions_analyze() -> None:
    """Fresh statistics for the results just written: without them the planner
    expects a handful of rows and reads a large upload's results one index probe
    at a time (its export ran at 160,000 rows/s instead of 280,000)."""
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {Emission._meta.db_table}")
