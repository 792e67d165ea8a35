"""What converts an activity's quantity into its factor's unit, for the set-based
calculation (reporting.services): each distinct (activity unit, factor unit, year) is
converted once with pint (physical units) or through the FX table (money), and the
rows here fill the temporary tables the calculation joins.

Spend factors are in 2022 US dollars. Money in another currency is converted to USD
at the annual average rate of the activity's year, then moved from that year's
dollars into 2022 dollars by the US GDP implicit price deflator (matching.factors.
prices); the result keeps both the FX rate and the price ratio, and its note says
which. Fuel and energy bought as money are priced into quantities (energy routes);
a supplier's own factor replaces the matched factor's value; quantity lines of a fuel
or grid factor get its well-to-tank part. A currency/year missing from the FX table,
or units of different dimensions, leave the multiplier empty (`unconvertible`).
"""

from __future__ import annotations

from decimal import Decimal

from django.db import connection

from ingestion.models import Activity, ActivityKey
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
from reporting.models import SupplierFactor

SPEND_BASE_YEAR = 2022
_NO_YEAR = 0

# The date an activity counts on (for periods): its date, else its period's.
ACTIVITY_DATE_SQL = "COALESCE(a.date, a.period_start, a.period_end)"
YEAR_SQL = (
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


def supplier_rows(where_sql: str, params: list) -> list[tuple]:
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
                {ANY_YEAR_SQL}
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
MONEY_SQL = f"a.unit_normalized IN ({', '.join(repr(c) for c in sorted(CURRENCIES))})"
_ENERGY_SQL = f"f.energy_kind <> '' AND {MONEY_SQL}"
ANY_YEAR_SQL = f"COALESCE(EXTRACT(YEAR FROM {ACTIVITY_DATE_SQL})::int, 0)"


def distinct_conversions(where_sql: str, params: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT DISTINCT a.unit_normalized, f.unit, {YEAR_SQL},
                CASE WHEN {_ENERGY_SQL} THEN f.energy_kind END,
                CASE WHEN {_ENERGY_SQL} THEN a.region END,
                CASE WHEN {_ENERGY_SQL} THEN {ANY_YEAR_SQL} END,
                CASE WHEN f.dimension <> 'currency' THEN f.id END
            FROM {Activity._meta.db_table} a
            {KEY_JOIN_SQL}
            JOIN {EmissionFactor._meta.db_table} f ON f.id = k.factor_id
            WHERE {where_sql}
            """,  # noqa: S608 - table names and constants only
            params,
        )
        return cursor.fetchall()


def multiplier_rows(conversions: list[tuple]) -> list[tuple]:
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


def energy_rows(conversions: list[tuple]) -> list[tuple]:
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
