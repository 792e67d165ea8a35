"""Which factors can measure an activity's unit, and factors' units in words.

The one rule behind the factor picker, the library's `compatible_with` filter and
every decision (override, review accept and bulk, group, account mapping): a factor
fits when its unit has the activity unit's dimension, or when the activity is money
and the factor is a fuel or energy factor (a price turns the money into its unit).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q

from carbon.core.templatetags.display import amount, unit_words
from matching.factors.units import (
    UnknownUnit,
    is_currency,
    unit_dimension,
    unit_normalize,
)

ENERGY = "[mass] * [length] ** 2 / [time] ** 2"
CURRENCY = "currency"


@dataclass(frozen=True)
class UnitFamily:
    label: str
    dimension: str
    # Distances counted per passenger or per vehicle share [length] with plain
    # distances (pint counts those as dimensionless); the unit's name tells them apart.
    counter: str = ""


UNIT_FAMILIES: dict[str, UnitFamily] = {
    "energy": UnitFamily("energy", ENERGY),
    "volume": UnitFamily("volume", "[length] ** 3"),
    "mass": UnitFamily("mass", "[mass]"),
    "distance": UnitFamily("distance", "[length]"),
    "passenger_distance": UnitFamily("passenger distance", "[length]", "passenger"),
    "vehicle_distance": UnitFamily("vehicle distance", "[length]", "vehicle"),
    "freight": UnitFamily("freight (mass-distance)", "[length] * [mass]"),
    "money": UnitFamily("money", CURRENCY),
    "lodging": UnitFamily("hotel nights", "[lodging]"),
    "working_time": UnitFamily("working hours", "[fte_time]"),
}
UNIT_FAMILY_CHOICES = [(key, family.label) for key, family in UNIT_FAMILIES.items()]
_COUNTERS = sorted({f.counter for f in UNIT_FAMILIES.values() if f.counter})


def _dimension(unit: str) -> str | None:
    try:
        return unit_dimension(unit_normalize(unit))
    except (UnknownUnit, ValueError, AttributeError, TypeError):
        return None


def unit_family(unit: str) -> str:
    """The family key of a unit as written or normalized ('' when unknown)."""
    dimension = _dimension(unit)
    if dimension is None:
        return ""
    for key, family in UNIT_FAMILIES.items():
        if family.dimension != dimension:
            continue
        if family.counter == next((c for c in _COUNTERS if c in unit.lower()), ""):
            return key
    return ""


def unit_family_q(key: str) -> Q:
    """Factors whose unit is of family `key`."""
    family = UNIT_FAMILIES[key]
    found = Q(dimension=family.dimension)
    if family.counter:
        return found & Q(unit__icontains=family.counter)
    for counter in _COUNTERS:
        found &= ~Q(unit__icontains=counter)
    return found


def compatible_q(unit: str) -> Q:
    """Factors that can measure an activity in `unit` (as written or normalized)."""
    dimension = _dimension(unit)
    if dimension is None:
        return Q(pk__in=[])
    found = Q(dimension=dimension)
    if dimension == CURRENCY:
        found |= ~Q(energy_kind="")
    return found


def factor_unit_words(factor) -> str:
    """What one unit of the factor is: '2022 USD' for spend factors (dollars of
    their price year), else the unit as published ('kWh (Net CV)', 'tonnes')."""
    if is_currency(factor.unit):
        return f"{factor.year} {factor.unit}"
    label = factor.unit_label or factor.unit
    return label[4:] if label.lower().startswith("per ") else label


def factor_value_words(factor) -> str:
    """'0.207 kg CO2e per kWh', '0.27 kg CO2e per 2022 US dollar' (the display
    rules: carbon.core.templatetags.display)."""
    return (
        f"{amount(factor.kg_co2e_per_unit)} kg CO2e per "
        f"{unit_words(factor_unit_words(factor))}"
    )


def _family_words(unit: str) -> str:
    key = unit_family(unit)
    return UNIT_FAMILIES[key].label if key else "another quantity"


def factor_unit_refusal(*, factor, unit_normalized: str, unit: str) -> str | None:
    """Why `factor` cannot measure an activity in `unit` (as written;
    `unit_normalized` as stored), or None when it can."""
    dimension = _dimension(unit_normalized)
    if dimension is None:
        return (
            f"A {unit or 'unitless'} line cannot take a factor per "
            f"{factor_unit_words(factor)}: its unit is not one we can convert."
        )
    if dimension == factor.dimension or (dimension == CURRENCY and factor.energy_kind):
        return None
    return (
        f"A {unit} line cannot take a factor per {factor_unit_words(factor)}: "
        f"{unit} is {_family_words(unit_normalized)}, "
        f"{factor_unit_words(factor)} is {_family_words(factor.unit)}."
    )
