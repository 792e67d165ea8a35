"""UK DESNZ/Defra GHG conversion factors 2024 (flat file v1.1)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from matching.factors.loaders.common import (
    DATA_DIR,
    FactorRow,
    SourceSpec,
    decimal_or_none,
    read_csv,
)
from matching.factors.models import FactorSource
from matching.factors.units import unit_normalize


def rows(gwp: dict[str, Decimal]) -> Iterator[FactorRow]:
    """DESNZ publishes CO2e per unit itself: the GWPs are not needed."""
    path = DATA_DIR / "desnz_ghg_conversion_factors_2024_flat_v1_1.csv"
    rows = list(read_csv(path))
    per_gas: dict[str, dict[str, str]] = {}
    gas_by_label = {
        "kg CO2e of CO2 per unit": "CO2",
        "kg CO2e of CH4 per unit": "CH4",
        "kg CO2e of N2O per unit": "N2O",
    }
    for row in rows:
        gas = gas_by_label.get(row["GHG/Unit"])
        value = decimal_or_none(row["GHG Conversion Factor 2024"])
        if gas and value is not None:
            prefix = row["ID"].rsplit("_", 1)[0]
            per_gas.setdefault(prefix, {})[gas] = str(value.normalize())
    for row in rows:
        if row["GHG/Unit"] != "kg CO2e":
            continue
        value = decimal_or_none(row["GHG Conversion Factor 2024"])
        if value is None:  # DESNZ publishes no factor here: skip, never zero
            continue
        levels = [row[f"Level {i}"].strip() for i in range(1, 5)]
        qualifier = row["Column Text"].strip()
        name_parts = [part for part in levels[1:] if part]
        if qualifier:
            name_parts.append(qualifier)
        yield FactorRow(
            external_id=row["ID"],
            name=" - ".join(name_parts) or levels[0],
            category_path=" > ".join(part for part in levels if part),
            region="GB",
            unit_label=row["UOM"],
            unit=unit_normalize(row["UOM"]),
            kg_co2e_per_unit=value,
            gases=per_gas.get(row["ID"].rsplit("_", 1)[0], {}),
            scope=row["Scope"].strip(),
        )


SPEC = SourceSpec(
    source=FactorSource.DESNZ,
    version="2024-v1.1",
    year=2024,
    files=(DATA_DIR / "desnz_ghg_conversion_factors_2024_flat_v1_1.csv",),
    rows=rows,
)
