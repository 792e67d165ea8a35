"""Fuel and energy bought as money: a published price turns the money into litres,
kWh or cubic feet, which then meet a combustion or grid factor.

The routes (energy kind x country -> price series, quantity unit, combustion/grid
factor, well-to-tank factor) are data: data/ghg/energy_routes.csv, a reason per
line. The prices are the agencies' annual tables in data/prices/ (README.md there
names each source and its tax treatment).

A year outside a price table uses its nearest year, and says so. A country with no
route is not converted: the line stays spend-based (a spend factor) and its note
says why. A line without a country is read in the country of its currency.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from matching.factors.fx import FX_SOURCE, fx_units_per_usd
from matching.factors.units import unit_multiplier, unit_normalize

DATA_DIR = Path(__file__).resolve().parent / "data"
ROUTES_FILE = DATA_DIR / "ghg" / "energy_routes.csv"
WTT_FILE = DATA_DIR / "ghg" / "wtt_counterparts.csv"
PRICES_DIR = DATA_DIR / "prices"
# Region spellings activities carry, read as ISO 3166 alpha-2.
_COUNTRY_ALIASES = {"UK": "GB", "GBR": "GB", "USA": "US"}
_CURRENCY_COUNTRY = {"GBP": "GB", "USD": "US"}


@dataclass(frozen=True)
class EnergyRoute:
    energy_kind: str
    country: str
    price_file: str
    product: str
    band: str
    ccl: str
    price_per: Decimal  # published price / price_per = currency per quantity unit
    currency: str
    quantity_unit: str  # normalized
    factor_source: str
    factor_external_id: str
    wtt_source: str
    wtt_external_id: str
    reason: str


@dataclass(frozen=True)
class EnergyPrice:
    year: int
    price_year: int
    value: Decimal  # currency per quantity unit
    series: str


@lru_cache(maxsize=1)
def energy_routes() -> dict[tuple[str, str], EnergyRoute]:
    with ROUTES_FILE.open(newline="", encoding="utf-8") as handle:
        return {
            (row["energy_kind"], row["country"]): EnergyRoute(
                energy_kind=row["energy_kind"],
                country=row["country"],
                price_file=row["price_file"],
                product=row["product"],
                band=row["band"],
                ccl=row["ccl"],
                price_per=Decimal(row["price_per"]),
                currency=row["currency"],
                quantity_unit=unit_normalize(row["quantity_unit"]),
                factor_source=row["factor_source"],
                factor_external_id=row["factor_external_id"],
                wtt_source=row["wtt_source"],
                wtt_external_id=row["wtt_external_id"],
                reason=row["reason"],
            )
            for row in csv.DictReader(handle)
        }


@lru_cache(maxsize=32)
def _price_series(
    price_file: str, product: str, band: str, ccl: str
) -> tuple[dict[int, Decimal], str]:
    series: dict[int, Decimal] = {}
    name = ""
    with (PRICES_DIR / price_file).open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["product"] != product:
                continue
            if band and row.get("band") != band:
                continue
            if ccl and row.get("ccl") != ccl:
                continue
            series[int(row["year"])] = Decimal(row["value"])
            name = row["series"]
    if not series:
        raise ValueError(f"No price series {product!r} in {price_file}.")
    return series, name


def energy_price(route: EnergyRoute, year: int) -> EnergyPrice:
    """The route's price in `year` (currency per quantity unit); a year outside
    the table reads its nearest year."""
    series, name = _price_series(route.price_file, route.product, route.band, route.ccl)
    price_year = min(max(year, min(series)), max(series))
    value = (series[price_year] / route.price_per).quantize(Decimal("1e-10"))
    return EnergyPrice(year=year, price_year=price_year, value=value, series=name)


def energy_country(region: str, currency: str) -> str:
    region = (region or "").strip().upper()
    if region:
        return _COUNTRY_ALIASES.get(region, region)
    return _CURRENCY_COUNTRY.get(currency, "")


@dataclass(frozen=True)
class EnergyConversion:
    """Money of one currency and year -> the route factor's unit: quantity =
    money x multiplier. `fx_rate`: units of the line's currency per unit of the
    price's currency (None when they are the same)."""

    route: EnergyRoute
    price: EnergyPrice
    fx_rate: Decimal | None
    multiplier: Decimal
    note: str


def energy_conversion(
    *, currency: str, energy_kind: str, region: str, year: int, factor_unit: str
) -> EnergyConversion | str:
    """How money becomes the factor's unit, or why it cannot (a note)."""
    country = energy_country(region, currency)
    route = energy_routes().get((energy_kind, country))
    if route is None:
        return (
            f"No {energy_kind.replace('_', ' ')} price for {country or 'no country'}."
        )
    notes = []
    used_year = year
    if not year:
        used_year = 2022
        notes.append("No date: priced at 2022.")
    fx_rate = None
    if currency != route.currency:
        line_rate = fx_units_per_usd(currency, used_year)
        price_rate = fx_units_per_usd(route.currency, used_year)
        if line_rate is None or price_rate is None:
            return (
                f"No {FX_SOURCE} rate for {currency}/{route.currency} in {used_year}."
            )
        fx_rate = (line_rate / price_rate).quantize(Decimal("1e-8"))
        notes.append(f"{currency}->{route.currency} at {fx_rate} ({FX_SOURCE}).")
    price = energy_price(route, used_year)
    to_factor = unit_multiplier(route.quantity_unit, factor_unit)
    if to_factor is None:
        return f"Cannot convert {route.quantity_unit} to {factor_unit}."
    per_money = Decimal(1) / price.value
    if fx_rate is not None:
        per_money /= fx_rate
    multiplier = (per_money * to_factor).quantize(Decimal("1e-12"))
    notes.append(
        f"Priced at {price.value.normalize()} {route.currency}/{route.quantity_unit} "
        f"({price.price_year})."
    )
    if price.price_year != used_year:
        notes.append(f"No {used_year} price: {price.price_year}'s used.")
    return EnergyConversion(
        route=route,
        price=price,
        fx_rate=fx_rate,
        multiplier=multiplier,
        note=" ".join(notes),
    )


@lru_cache(maxsize=1)
def wtt_rules() -> list[tuple[str, str, str]]:
    """(source, factor id pattern, WTT id pattern) from data/ghg/wtt_counterparts.csv;
    a trailing `*` stands for the rest of the id, kept as it is."""
    with WTT_FILE.open(newline="", encoding="utf-8") as handle:
        return [
            (row["source"], row["factor_id"], row["wtt_id"])
            for row in csv.DictReader(handle)
        ]


def wtt_external_id(source: str, external_id: str) -> str | None:
    """The external id of the well-to-tank factor of a combustion or grid factor
    in the same factor set, or None (a factor set without WTT factors, such as
    the EPA Hub, or a factor that is no fuel or grid)."""
    for rule_source, pattern, wtt in wtt_rules():
        if rule_source != source:
            continue
        if pattern.endswith("*") and external_id.startswith(pattern[:-1]):
            return wtt[:-1] + external_id[len(pattern) - 1 :]
        if pattern == external_id:
            return wtt
    return None
