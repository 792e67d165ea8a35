"""The one unit registry: pint plus the units activity files and factor sets use.

Activity units arrive as free text ("kWh", "US gallons", "litres", "tonne.km",
"GBP"). `unit_normalize` maps them to a canonical pint expression; `unit_dimension`
names what a unit measures so the matcher only proposes compatible factors;
`unit_multiplier` is the one place a conversion factor is computed.

Currencies are not converted by pint: each is its own unit of the `currency`
dimension here, and money moves between currencies only through the documented
FX table in `matching.factors.fx` (rates change by year, units do not).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

import pint

CURRENCIES = frozenset(
    {"USD", "GBP", "EUR", "CAD", "AUD", "JPY", "CHF", "CNY", "INR", "MXN", "BRL"}
)
_CURRENCY_SYMBOLS = {"$": "USD", "£": "GBP", "€": "EUR", "us$": "USD", "usd$": "USD"}

# Counting units that only qualify a distance (passenger.km, vehicle-mile) are
# dimensionless; lodging and working-hour units get their own dimensions so they
# never match energy or mass.
_DEFINITIONS = [
    "passenger = 1 = pax = person",
    "vehicle = 1",
    "room_night = [lodging] = room_per_night = night",
    "fte_hour = [fte_time]",
    "MMBtu = 1e6 * Btu = mmBtu = mmbtu",
    "therm_us = 1e5 * Btu",
    "scf = foot ** 3",
    "ccf = 100 * foot ** 3",
    "mcf = 1000 * foot ** 3",
]

_ALIASES = {
    "kwh": "kilowatt_hour",
    "kw h": "kilowatt_hour",
    "kilowatt hours": "kilowatt_hour",
    "kilowatt-hours": "kilowatt_hour",
    "kwh (gross cv)": "kilowatt_hour",
    "kwh (net cv)": "kilowatt_hour",
    "mwh": "megawatt_hour",
    "gwh": "gigawatt_hour",
    "wh": "watt_hour",
    "gj": "gigajoule",
    "mj": "megajoule",
    "therm": "therm_us",
    "therms": "therm_us",
    "litres": "liter",
    "litre": "liter",
    "liters": "liter",
    "l": "liter",
    "ltr": "liter",
    "million litres": "megaliter",
    "m3": "meter ** 3",
    "cubic metres": "meter ** 3",
    "cubic meters": "meter ** 3",
    "cubic metre": "meter ** 3",
    "gallon": "gallon",
    "gallons": "gallon",
    "gal": "gallon",
    "us gallon": "gallon",
    "us gallons": "gallon",
    "us gal": "gallon",
    "imperial gallon": "imperial_gallon",
    "imperial gallons": "imperial_gallon",
    "uk gallons": "imperial_gallon",
    "tonnes": "tonne",
    "tonne": "tonne",
    "metric ton": "tonne",
    "metric tons": "tonne",
    "t": "tonne",
    "short ton": "short_ton",
    "short tons": "short_ton",
    "us ton": "short_ton",
    "us tons": "short_ton",
    "ton": "short_ton",
    "tons": "short_ton",
    "kg": "kilogram",
    "kgs": "kilogram",
    "kilograms": "kilogram",
    "lb": "pound",
    "lbs": "pound",
    "pounds": "pound",
    "km": "kilometer",
    "kms": "kilometer",
    "kilometres": "kilometer",
    "kilometers": "kilometer",
    "mile": "mile",
    "miles": "mile",
    "mi": "mile",
    "tonne.km": "tonne * kilometer",
    "tonne km": "tonne * kilometer",
    "tkm": "tonne * kilometer",
    "tonne-km": "tonne * kilometer",
    "short ton-mile": "short_ton * mile",
    "ton-mile": "short_ton * mile",
    "ton-miles": "short_ton * mile",
    "ton mile": "short_ton * mile",
    "passenger.km": "passenger * kilometer",
    "passenger km": "passenger * kilometer",
    "passenger-km": "passenger * kilometer",
    "pkm": "passenger * kilometer",
    "passenger-mile": "passenger * mile",
    "passenger miles": "passenger * mile",
    "passenger-miles": "passenger * mile",
    "vehicle-mile": "vehicle * mile",
    "vehicle-miles": "vehicle * mile",
    "vehicle miles": "vehicle * mile",
    "room per night": "room_night",
    "room nights": "room_night",
    "room-nights": "room_night",
    "nights": "room_night",
    "per fte working hour": "fte_hour",
    "mmbtu": "MMBtu",
    "scf": "scf",
}


class UnknownUnit(ValueError):
    pass


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    ureg = pint.UnitRegistry(autoconvert_offset_to_baseunit=True, cache_folder=None)
    for definition in _DEFINITIONS:
        ureg.define(definition)
    for code in sorted(CURRENCIES):
        ureg.define(f"{code} = [currency_{code.lower()}]")
    return ureg


@lru_cache(maxsize=4096)
def unit_normalize(raw: str) -> str:
    """A canonical pint expression for a unit as people write it. Raises UnknownUnit."""
    text = re.sub(r"\s+", " ", (raw or "").strip())
    if not text:
        raise UnknownUnit("Unit is empty.")
    lowered = text.lower()
    if lowered in _CURRENCY_SYMBOLS:
        return _CURRENCY_SYMBOLS[lowered]
    if text.upper() in CURRENCIES:
        return text.upper()
    candidate = _ALIASES.get(lowered, text)
    ureg = registry()
    try:
        unit = ureg.parse_units(candidate.replace(".", "*").replace("-", "*"))
    except (pint.errors.PintError, AttributeError, TypeError, ValueError) as exc:
        raise UnknownUnit(f"Unknown unit {raw!r}.") from exc
    except Exception as exc:  # pint's parser raises bare errors on odd tokens
        raise UnknownUnit(f"Unknown unit {raw!r}.") from exc
    return str(unit)


def is_currency(unit: str) -> bool:
    return unit in CURRENCIES


@lru_cache(maxsize=4096)
def unit_dimension(unit: str) -> str:
    """What a normalized unit measures: 'currency', '[length]', '[mass] * [length]'…"""
    if is_currency(unit):
        return "currency"
    return str(registry().parse_units(unit).dimensionality)


@lru_cache(maxsize=4096)
def unit_multiplier(from_unit: str, to_unit: str) -> Decimal | None:
    """How many `to_unit` one `from_unit` is; None when no physical conversion exists.

    Currency pairs other than identical codes answer None: money goes through FX.
    """
    if from_unit == to_unit:
        return Decimal(1)
    if is_currency(from_unit) or is_currency(to_unit):
        return None
    ureg = registry()
    try:
        value = ureg.Quantity(1, from_unit).to(to_unit).magnitude
    except pint.errors.DimensionalityError:
        return None
    return Decimal(format(float(value), ".15g")).normalize()
