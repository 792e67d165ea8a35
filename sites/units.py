"""Units a v2 ingest reading may carry, converted to kg CH4 with pint.

Gas volumes are CH4 at stated standard conditions (ideal gas, M = 16.04246 g/mol):
- `scf`: one cubic foot at 60 °F and 14.696 psia (US oil and gas, EPA Subpart W),
  0.019175 kg;
- `m3`: one cubic metre at 15 °C and 101.325 kPa (ISO 13443), 0.678 kg.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from functools import cache

import pint

UNITS = ("kg", "g", "t", "lb", "scf", "m3")
KG_PLACES = Decimal("0.001")
CH4_MOLAR_MASS = "16.04246 g/mol"
STANDARD_CONDITIONS = {
    "scf": ("1 ft**3", "14.696 psi", "60 degF"),
    "m3": ("1 m**3", "101.325 kPa", "15 degC"),
}
_MASS = {"kg": "kg", "g": "g", "t": "metric_ton", "lb": "lb"}


@cache
def _registry() -> pint.UnitRegistry:
    return pint.UnitRegistry(non_int_type=Decimal)


@cache
def kg_per_unit(unit: str) -> Decimal:
    """Raises KeyError for an unknown unit."""
    ureg = _registry()
    if unit in _MASS:
        return Decimal(ureg.Quantity(Decimal(1), _MASS[unit]).to("kg").magnitude)
    volume, pressure, temperature = STANDARD_CONDITIONS[unit]
    kelvin = ureg.Quantity(Decimal(temperature.split()[0]), temperature.split()[1])
    mass = (
        ureg.Quantity(volume)
        * ureg.Quantity(pressure)
        * ureg.Quantity(CH4_MOLAR_MASS)
        / (ureg.molar_gas_constant * kelvin.to("kelvin"))
    )
    return Decimal(mass.to("kg").magnitude)


def to_kg(value: Decimal, unit: str) -> Decimal:
    """Converted and rounded half-even to the gram, the resolution of stored values."""
    if unit == "kg":
        return value
    return (value * kg_per_unit(unit)).quantize(KG_PLACES, rounding=ROUND_HALF_EVEN)
