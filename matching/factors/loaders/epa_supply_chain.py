"""US EPA Supply Chain GHG Emission Factors v1.3.0 (NAICS, USD 2022)."""

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

# Supply-chain by-gas names that the Hub's AR5 table lists under another name.
_GAS_ALIASES = {
    "Carbon tetrafluoride": "PFC-14",
    "Hexafluoroethane": "PFC-116",
    "Perfluoropropane": "PFC-218",
    "Perfluorobutane": "PFC-31-10",
    "Perfluorocyclobutane": "PFC-318",
    "Perfluorohexane": "PFC-51-14",
}
_GAS_FORMULA = {"Carbon dioxide": "CO2", "Methane": "CH4", "Nitrous oxide": "N2O"}


def rows(gwp: dict[str, Decimal]) -> Iterator[FactorRow]:
    gases: dict[str, dict[str, str]] = {}
    by_gas = DATA_DIR / "SupplyChainGHGEmissionFactors_v1.3.0_NAICS_byGHG_USD2022.csv"
    for row in read_csv(by_gas):
        value = decimal_or_none(row["Supply Chain Emission Factors with Margins"])
        if value is None or value == 0:
            continue
        gas = row["GHG"]
        factor = (
            Decimal(1)
            if gas == "HFCs and PFCs, unspecified"
            else gwp[_GAS_ALIASES.get(gas, gas)]
        )
        label = _GAS_FORMULA.get(gas, gas)
        gases.setdefault(row["2017 NAICS Code"], {})[label] = str(
            (value * factor).normalize()
        )
    co2e = DATA_DIR / "SupplyChainGHGEmissionFactors_v1.3.0_NAICS_CO2e_USD2022.csv"
    for row in read_csv(co2e):
        value = decimal_or_none(row["Supply Chain Emission Factors with Margins"])
        if value is None:
            continue
        code = row["2017 NAICS Code"].strip()
        yield FactorRow(
            external_id=code,
            name=row["2017 NAICS Title"].strip(),
            category_path=f"Purchased goods and services (spend) > NAICS {code[:2]} > {code}",
            region="US",
            unit_label=row["Unit"],
            unit="USD",
            kg_co2e_per_unit=value,
            gases=gases.get(code, {}),
            scope="Scope 3",
        )


SPEC = SourceSpec(
    source=FactorSource.EPA_SUPPLY_CHAIN,
    version="1.3.0",
    year=2022,
    files=(
        DATA_DIR / "SupplyChainGHGEmissionFactors_v1.3.0_NAICS_CO2e_USD2022.csv",
        DATA_DIR / "SupplyChainGHGEmissionFactors_v1.3.0_NAICS_byGHG_USD2022.csv",
    ),
    rows=rows,
)
