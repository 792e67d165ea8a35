"""Set-based emissions calculation: one INSERT ... SELECT per upload, no per-row Python.

co2e_kg = quantity x multiplier x factor value, where the multiplier converts the
activity's unit into the factor's unit. Each distinct (activity unit, factor unit,
year) is converted once with pint (physical units) or through the FX table (money);
the multipliers go into a temporary table the calculation joins.

Spend factors are in 2022 US dollars. Money in another currency is converted to USD
at the annual average rate of the activity's year, then moved from that year's
dollars into 2022 dollars by the US GDP implicit price deflator (matching.factors.
prices); the result keeps both the FX rate and the price ratio, and its note says
which. A currency/year missing from the FX table, or units of different dimensions,
make the result `unconvertible` with co2e_kg left empty.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from decimal import Decimal

from django.db import connection, transaction

from ingestion.models import Activity, ActivityKey, Upload
from ingestion.services.pipeline import StepResult
from matching.factors.energy import (
    energy_conversion,
    energy_country,
    energy_routes,
    wtt_external_id,
)
from matching.factors.fx import FX_SOURCE, fx_units_per_usd
from matching.factors.models import EmissionFactor
from matching.factors.prices import deflator_table, usd_price_adjustment
from matching.factors.units import (
    CURRENCIES,
    is_currency,
    unit_dimension,
    unit_multiplier,
)
from matching.vocabulary import merchant_normalize
from reporting.models import ClosedPeriod, Emission, ScopeOverride, SupplierFactor

logger = logging.getLogger(__name__)

# calc-v2: spend is moved into the factor's price year (calc-v1 applied any year's
# dollars as 2022 dollars). calc-v3: fuel and energy bought as money are priced
# into quantities and combustion/grid factors; scope, category, data quality.
# calc-v4: a supplier's own factor replaces the matched factor's value.
# calc-v5: quantity lines of a fuel or grid factor get its well-to-tank part.
METHOD_VERSION = "calc-v5"
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
) -> tuple[Decimal | None, Decimal | None, Decimal | None, str]:
    """(multiplier, fx rate, price ratio, note) converting one `from_unit` into
    `to_unit`; money is converted at `year`'s FX rate, then into the factor's
    price year (SPEND_BASE_YEAR)."""
    if is_currency(from_unit) and is_currency(to_unit):
        used_year = year or SPEND_BASE_YEAR
        notes = []
        if not year:
            notes.append(f"No date: treated as {SPEND_BASE_YEAR} money.")
        if to_unit != "USD":
            return None, None, None, f"No FX path into {to_unit}."
        rate = fx_units_per_usd(from_unit, used_year)
        if rate is None:
            return (
                None,
                None,
                None,
                f"No {FX_SOURCE} rate for {from_unit} in {used_year}.",
            )
        if from_unit != "USD":
            notes.append(
                f"{from_unit}->USD at {rate} per USD ({FX_SOURCE} {used_year})."
            )
        price = usd_price_adjustment(used_year, SPEND_BASE_YEAR)
        if used_year != SPEND_BASE_YEAR:
            notes.append(price.note)
        multiplier = (price.ratio / rate).quantize(Decimal("1e-12"))
        return (
            multiplier,
            (rate if from_unit != "USD" else None),
            (price.ratio if used_year != SPEND_BASE_YEAR else None),
            " ".join(notes),
        )
    multiplier = unit_multiplier(from_unit, to_unit)
    if multiplier is None:
        return None, None, None, f"Cannot convert {from_unit} to {to_unit}."
    return multiplier, None, None, ""


def supplier_multiplier_for(
    from_unit: str, year: int, factor: SupplierFactor
) -> tuple[Decimal | None, Decimal | None, Decimal | None, str]:
    """(multiplier, fx rate, price ratio, note) converting one `from_unit` of
    `year` into the supplier factor's unit (and, for money, its currency year);
    multiplier None when there is no path, the note then says why.

    Money goes through USD, as `multiplier_for` does: the line's currency -> USD
    at its year's rate, the US GDP deflator from its year into the factor's year,
    USD -> the factor's currency at the factor year's rate. The same currency of
    the same year needs nothing; of another year it takes the same path."""
    if is_currency(from_unit) != is_currency(factor.unit):
        return None, None, None, ""
    if not is_currency(from_unit):
        multiplier = unit_multiplier(from_unit, factor.unit)
        return multiplier, None, None, ""
    notes = []
    if not year:
        year = factor.year
        notes.append(f"No date: treated as {year} money.")
    if from_unit == factor.unit and year == factor.year:
        return Decimal(1), None, None, " ".join(notes)
    rate_from = fx_units_per_usd(from_unit, year)
    rate_to = fx_units_per_usd(factor.unit, factor.year)
    for currency, rate_year, rate in (
        (from_unit, year, rate_from),
        (factor.unit, factor.year, rate_to),
    ):
        if rate is None:
            return (
                None,
                None,
                None,
                f"No {FX_SOURCE} rate for {currency} in {rate_year}.",
            )
    if factor.year not in deflator_table():
        return None, None, None, f"No price index for {factor.year}."
    if from_unit != "USD":
        notes.append(f"{from_unit}->USD at {rate_from} per USD ({FX_SOURCE} {year}).")
    ratio = None
    if year != factor.year:
        price = usd_price_adjustment(year, factor.year)
        ratio = price.ratio
        notes.append(price.note)
    if factor.unit != "USD":
        notes.append(
            f"USD->{factor.unit} at {rate_to} per USD ({FX_SOURCE} {factor.year})."
        )
    multiplier = ((ratio or Decimal(1)) * rate_to / rate_from).quantize(
        Decimal("1e-12")
    )
    return (
        multiplier,
        (rate_from if from_unit != "USD" else None),
        ratio,
        " ".join(notes),
    )


def _supplier_note(factor: SupplierFactor) -> str:
    value = format(factor.kg_co2e_per_unit.normalize(), "f")
    return (
        f"Supplier-specific: {value} kg CO2e/{factor.unit} "
        f"({factor.year}, {factor.source})."
    )


def _supplier_rows(where_sql: str, params: list) -> list[tuple]:
    """One row per (organization, supplier as written, unit, year) of the lines
    whose supplier has a supplier factor: the factor and the multiplier into its
    unit, or (no compatible unit, no FX path) only a note saying why not.

    Empty, at the cost of one small query, for organizations with no supplier
    factors: their lines are calculated exactly as before."""
    activities = Activity._meta.db_table
    suppliers = SupplierFactor._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT s.organization_id FROM (
                SELECT DISTINCT organization_id FROM {suppliers}) s
            WHERE EXISTS (
                SELECT 1 FROM {activities} a LEFT {KEY_JOIN_SQL}
                WHERE a.organization_id = s.organization_id AND {where_sql})
            """,  # noqa: S608 - table names and constants only
            params,
        )
        organization_ids = [str(row[0]) for row in cursor.fetchall()]
        if not organization_ids:
            return []
        cursor.execute(
            f"""
            SELECT DISTINCT a.organization_id, a.supplier, a.unit_normalized,
                {_ANY_YEAR_SQL}
            FROM {activities} a LEFT {KEY_JOIN_SQL}
            WHERE {where_sql} AND a.supplier <> ''
                AND a.organization_id = ANY(%s::uuid[])
            """,  # noqa: S608 - table names and constants only
            [*params, organization_ids],
        )
        lines = cursor.fetchall()
    factors: dict[tuple, list[SupplierFactor]] = {}
    for factor in SupplierFactor.objects.filter(organization_id__in=organization_ids):
        factors.setdefault((factor.organization_id, factor.supplier_key), []).append(
            factor
        )
    rows = []
    for organization_id, supplier, from_unit, year in lines:
        candidates = factors.get((organization_id, merchant_normalize(supplier)))
        if not candidates:
            continue
        dimension = unit_dimension(from_unit) if from_unit else ""
        factor = next((f for f in candidates if f.dimension == dimension), None)
        if factor is None:
            units = ", ".join(sorted(f.unit for f in candidates))
            note = (
                f"Supplier-specific factor per {units} does not apply to "
                f"{from_unit}: industry average used."
            )
            rows.append((organization_id, supplier, from_unit, year, *[None] * 7, note))
            continue
        multiplier, fx_rate, price_ratio, note = supplier_multiplier_for(
            from_unit, year, factor
        )
        if multiplier is None:
            note = (
                f"Supplier-specific factor not applied: {note} Industry average used."
            )
        else:
            note = " ".join(filter(None, [_supplier_note(factor), note]))
        rows.append(
            (
                organization_id,
                supplier,
                from_unit,
                year,
                factor.pk,
                factor.kg_co2e_per_unit,
                factor.unit,
                factor.year,
                multiplier,
                fx_rate,
                price_ratio,
                note,
            )
        )
    return rows


# Money lines of a factor with an energy kind: their region and year (any factor
# dimension), for the energy route (matching.factors.energy, ADR-4.9).
_MONEY_SQL = f"a.unit_normalized IN ({', '.join(repr(c) for c in sorted(CURRENCIES))})"
_ENERGY_SQL = f"f.energy_kind <> '' AND {_MONEY_SQL}"
_ANY_YEAR_SQL = f"COALESCE(EXTRACT(YEAR FROM {ACTIVITY_DATE_SQL})::int, 0)"


def _distinct_conversions(where_sql: str, params: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT DISTINCT a.unit_normalized, f.unit, {_YEAR_SQL},
                CASE WHEN {_ENERGY_SQL} THEN f.energy_kind END,
                CASE WHEN {_ENERGY_SQL} THEN a.region END,
                CASE WHEN {_ENERGY_SQL} THEN {_ANY_YEAR_SQL} END,
                CASE WHEN f.dimension <> 'currency' THEN f.id END
            FROM {Activity._meta.db_table} a
            {KEY_JOIN_SQL}
            JOIN {EmissionFactor._meta.db_table} f ON f.id = k.factor_id
            WHERE {where_sql}
            """,  # noqa: S608 - table names and constants only
            params,
        )
        return cursor.fetchall()


def _multiplier_rows(conversions: list[tuple]) -> list[tuple]:
    rows = []
    for from_unit, to_unit, year in {row[:3] for row in conversions}:
        multiplier, fx_rate, price_ratio, note = multiplier_for(
            from_unit, to_unit, year
        )
        rows.append((from_unit, to_unit, year, multiplier, fx_rate, price_ratio, note))
    return rows


def _route_factor(source: str, external_id: str) -> EmissionFactor | None:
    if not source:
        return None
    return (
        EmissionFactor.objects.current()
        .filter(source=source, external_id=external_id)
        .first()
    )


def _energy_rows(conversions: list[tuple]) -> list[tuple]:
    """One row per (currency, energy kind, region, year): the combustion/grid
    factor the money is routed to and the multiplier into its unit, or only a
    note saying why the line is not routed."""
    rows = []
    factors: dict[tuple[str, str], EmissionFactor | None] = {}
    for currency, kind, region, year in {
        (row[0], *row[3:6]) for row in conversions if row[3]
    }:
        route_note = ""
        conversion = None
        route = energy_routes().get((kind, energy_country(region, currency)))
        factor = wtt = None
        if route is not None:
            for key in (
                (route.factor_source, route.factor_external_id),
                (route.wtt_source, route.wtt_external_id),
            ):
                if key not in factors:
                    factors[key] = _route_factor(*key)
            factor = factors[(route.factor_source, route.factor_external_id)]
            wtt = factors[(route.wtt_source, route.wtt_external_id)]
        if route is not None and factor is None:
            route_note = f"Energy factor {route.factor_external_id} is not loaded."
        else:
            conversion = energy_conversion(
                currency=currency,
                energy_kind=kind,
                region=region,
                year=year,
                factor_unit=factor.unit if factor else "",
            )
            if isinstance(conversion, str):
                route_note, conversion = conversion + " Spend-based.", None
        if conversion is None:
            rows.append((currency, kind, region, year, *([None] * 9), route_note))
            continue
        wtt_multiplier = unit_multiplier(factor.unit, wtt.unit) if wtt else None
        rows.append(
            (
                currency,
                kind,
                region,
                year,
                factor.pk,
                conversion.multiplier,
                conversion.fx_rate,
                conversion.price.value,
                f"{conversion.route.currency}/{conversion.route.quantity_unit}",
                conversion.price.series[:300],
                wtt.pk if wtt_multiplier is not None else None,
                wtt_multiplier,
                wtt.kg_co2e_per_unit if wtt_multiplier is not None else None,
                conversion.note,
            )
        )
    return rows


def wtt_rows(factor_ids) -> list[tuple]:
    """(factor id, WTT factor id, multiplier from the factor's unit into the WTT
    factor's, WTT value) for the factors among `factor_ids` whose factor set publishes a
    well-to-tank factor of the same fuel or energy (matching.factors.energy.
    wtt_external_id: data/ghg/wtt_counterparts.csv). Two queries, whatever the
    number of lines."""
    wanted: dict[tuple[str, str, str], list[EmissionFactor]] = {}
    for factor in EmissionFactor.objects.filter(pk__in=set(factor_ids)):
        wtt_id = wtt_external_id(factor.source, factor.external_id)
        if wtt_id:
            wanted.setdefault((factor.source, factor.version, wtt_id), []).append(
                factor
            )
    if not wanted:
        return []
    found = EmissionFactor.objects.filter(
        source__in={key[0] for key in wanted},
        version__in={key[1] for key in wanted},
        external_id__in={key[2] for key in wanted},
        kg_co2e_per_unit__isnull=False,
    )
    rows = []
    for wtt in found:
        for factor in wanted.get((wtt.source, wtt.version, wtt.external_id), []):
            multiplier = unit_multiplier(factor.unit, wtt.unit)
            if multiplier is not None:
                rows.append((factor.pk, wtt.pk, multiplier, wtt.kg_co2e_per_unit))
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
                AND cs.year = {_ANY_YEAR_SQL}"""
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
    conversions = _distinct_conversions(where_sql, params)
    supplier_rows = _supplier_rows(where_sql, params)
    wtt = wtt_rows({row[6] for row in conversions if row[6]})
    factors = EmissionFactor._meta.db_table
    overrides = ScopeOverride._meta.db_table
    used = _SUPPLIER_USED
    with connection.cursor() as cursor:
        _temp_tables_fill(
            cursor,
            _multiplier_rows(conversions),
            _energy_rows(conversions),
            wtt,
            supplier_rows,
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
                     WHEN {_MONEY_SQL} THEN 'spend_based'
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
                AND m.to_unit = f.unit AND m.year = {_YEAR_SQL}
            LEFT JOIN calc_energy ce ON ce.from_unit = a.unit_normalized
                AND ce.energy_kind = f.energy_kind AND ce.region = a.region
                AND ce.year = {_ANY_YEAR_SQL} AND cs.multiplier IS NULL
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
