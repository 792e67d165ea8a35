"""Loading the factor library from the vendored, published files (matching/data/factors).

Each source is loaded as one (source, version). Re-running with the same files is a
no-op (checksum ledger); a new version adds rows and retires the previous version's
rows from matching without touching them, so existing results keep their numbers.
"""

from __future__ import annotations

import csv
import hashlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from django.db import transaction

from matching.models import EmissionFactor, FactorLibraryLoad, FactorSource
from matching.units import unit_dimension, unit_normalize

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "factors"
HUB_DIR = DATA_DIR / "epa_ghg_emission_factors_hub_2025"
LB_TO_KG = Decimal("0.45359237")
G_TO_KG = Decimal("0.001")

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


@dataclass(frozen=True)
class FactorRow:
    external_id: str
    name: str
    category_path: str
    region: str
    unit_label: str
    unit: str
    kg_co2e_per_unit: Decimal
    gases: dict
    scope: str


@dataclass(frozen=True)
class SourceSpec:
    source: str
    version: str
    year: int
    files: tuple[Path, ...]


@dataclass(frozen=True)
class FactorLoadResult:
    source: str
    version: str
    loaded: int
    skipped: bool


def _decimal(text: str | None) -> Decimal | None:
    text = (text or "").strip().replace(",", "")
    if not text or text.upper() in {"NA", "N/A", "-"}:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _read(path: Path) -> Iterator[dict]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        yield from csv.DictReader(handle)


def gwp_ar5() -> dict[str, Decimal]:
    """AR5 100-year GWPs from the Hub's table 11, by gas name and formula."""
    table = {}
    for row in _read(HUB_DIR / "table11_gwp_ar5.csv"):
        value = Decimal(row["gwp_100yr"])
        table[row["gas"]] = value
        table[row["chemical_formula"]] = value
    return table


def _co2e(
    gases_kg: dict[str, Decimal], gwp: dict[str, Decimal]
) -> tuple[Decimal, dict]:
    breakdown = {gas: kg * gwp[gas] for gas, kg in gases_kg.items()}
    return sum(breakdown.values(), Decimal(0)), {
        gas: str(value.normalize()) for gas, value in breakdown.items()
    }


# -- US EPA Supply Chain v1.3.0 ---------------------------------------------------
def _supply_chain_rows(gwp: dict[str, Decimal]) -> Iterator[FactorRow]:
    gases: dict[str, dict[str, str]] = {}
    by_gas = DATA_DIR / "SupplyChainGHGEmissionFactors_v1.3.0_NAICS_byGHG_USD2022.csv"
    for row in _read(by_gas):
        value = _decimal(row["Supply Chain Emission Factors with Margins"])
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
    for row in _read(co2e):
        value = _decimal(row["Supply Chain Emission Factors with Margins"])
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


# -- UK DESNZ 2024 flat file ------------------------------------------------------
def _desnz_rows() -> Iterator[FactorRow]:
    path = DATA_DIR / "desnz_ghg_conversion_factors_2024_flat_v1_1.csv"
    rows = list(_read(path))
    per_gas: dict[str, dict[str, str]] = {}
    gas_by_label = {
        "kg CO2e of CO2 per unit": "CO2",
        "kg CO2e of CH4 per unit": "CH4",
        "kg CO2e of N2O per unit": "N2O",
    }
    for row in rows:
        gas = gas_by_label.get(row["GHG/Unit"])
        value = _decimal(row["GHG Conversion Factor 2024"])
        if gas and value is not None:
            prefix = row["ID"].rsplit("_", 1)[0]
            per_gas.setdefault(prefix, {})[gas] = str(value.normalize())
    for row in rows:
        if row["GHG/Unit"] != "kg CO2e":
            continue
        value = _decimal(row["GHG Conversion Factor 2024"])
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


# -- US EPA GHG Emission Factors Hub 2025 ----------------------------------------
def _hub_factor(
    *,
    gwp: dict[str, Decimal],
    external_id: str,
    name: str,
    category_path: str,
    unit_label: str,
    co2_kg: Decimal | None,
    ch4_kg: Decimal | None,
    n2o_kg: Decimal | None,
    scope: str,
) -> FactorRow | None:
    gases = {
        gas: kg
        for gas, kg in (("CO2", co2_kg), ("CH4", ch4_kg), ("N2O", n2o_kg))
        if kg is not None
    }
    if not gases:
        return None
    total, breakdown = _co2e(gases, gwp)
    return FactorRow(
        external_id=external_id,
        name=name,
        category_path=category_path,
        region="US",
        unit_label=unit_label,
        unit=unit_normalize(unit_label),
        kg_co2e_per_unit=total,
        gases=breakdown,
        scope=scope,
    )


def _grams(value: Decimal | None) -> Decimal | None:
    return None if value is None else value * G_TO_KG


def _hub_rows(gwp: dict[str, Decimal]) -> Iterator[FactorRow]:
    for index, row in enumerate(_read(HUB_DIR / "table01_stationary_combustion.csv")):
        base = f"{row['fuel_type']}"
        path = f"Stationary combustion > {row['fuel_category']}"
        if row["unit"].strip():
            yield _hub_factor(
                gwp=gwp,
                external_id=f"T1-{index}-unit",
                name=base,
                category_path=f"{path} > per {row['unit']}",
                unit_label=row["unit"],
                co2_kg=_decimal(row["co2_kg_per_unit"]),
                ch4_kg=_grams(_decimal(row["ch4_g_per_unit"])),
                n2o_kg=_grams(_decimal(row["n2o_g_per_unit"])),
                scope="Scope 1",
            )
        yield _hub_factor(
            gwp=gwp,
            external_id=f"T1-{index}-mmbtu",
            name=base,
            category_path=f"{path} > per mmBtu",
            unit_label="mmBtu",
            co2_kg=_decimal(row["co2_kg_per_mmbtu"]),
            ch4_kg=_grams(_decimal(row["ch4_g_per_mmbtu"])),
            n2o_kg=_grams(_decimal(row["n2o_g_per_mmbtu"])),
            scope="Scope 1",
        )
    for index, row in enumerate(_read(HUB_DIR / "table02_mobile_combustion_co2.csv")):
        yield _hub_factor(
            gwp=gwp,
            external_id=f"T2-{index}",
            name=f"{row['fuel_type']} vehicle fuel",
            category_path="Mobile combustion > CO2 only (add CH4/N2O per mile)",
            unit_label=row["unit"],
            co2_kg=_decimal(row["co2_kg_per_unit"]),
            ch4_kg=None,
            n2o_kg=None,
            scope="Scope 1",
        )
    for row in _read(HUB_DIR / "table06_electricity_egrid2023_subregions.csv"):
        code = row["egrid_subregion"].strip()
        yield _hub_factor(
            gwp=gwp,
            external_id=f"T6-{code}",
            name=f"Electricity grid {row['egrid_subregion_name']} ({code})",
            category_path="Purchased electricity > eGRID2023 total output",
            unit_label="MWh",
            co2_kg=_decimal(row["total_output_co2_lb_per_mwh"]) * LB_TO_KG,
            ch4_kg=_decimal(row["total_output_ch4_lb_per_mwh"]) * LB_TO_KG,
            n2o_kg=_decimal(row["total_output_n2o_lb_per_mwh"]) * LB_TO_KG,
            scope="Scope 2",
        )
    for row in _read(HUB_DIR / "table07_steam_and_heat.csv"):
        yield _hub_factor(
            gwp=gwp,
            external_id="T7-steam",
            name="Purchased steam and heat",
            category_path="Purchased steam and heat",
            unit_label="mmBtu",
            co2_kg=_decimal(row["co2_kg_per_mmbtu"]),
            ch4_kg=_grams(_decimal(row["ch4_g_per_mmbtu"])),
            n2o_kg=_grams(_decimal(row["n2o_g_per_mmbtu"])),
            scope="Scope 2",
        )
    for table, path, scope in (
        (
            "table08_scope3_upstream_downstream_transportation.csv",
            "Upstream and downstream transportation (freight)",
            "Scope 3",
        ),
        (
            "table10_scope3_business_travel_commuting.csv",
            "Business travel and employee commuting",
            "Scope 3",
        ),
    ):
        prefix = table[:7].replace("table", "T")
        for index, row in enumerate(_read(HUB_DIR / table)):
            yield _hub_factor(
                gwp=gwp,
                external_id=f"{prefix}-{index}",
                name=row["vehicle_type"],
                category_path=path,
                unit_label=row["unit"],
                co2_kg=_decimal(row["co2_kg_per_unit"]),
                ch4_kg=_grams(_decimal(row["ch4_g_per_unit"])),
                n2o_kg=_grams(_decimal(row["n2o_g_per_unit"])),
                scope=scope,
            )
    treatments = {
        "recycled": "recycled",
        "landfilled": "landfilled",
        "combusted": "combusted",
        "composted": "composted",
        "anaerobically_digested_dry_digestate_with_curing": "anaerobic digestion (dry digestate)",
        "anaerobically_digested_wet_digestate_with_curing": "anaerobic digestion (wet digestate)",
    }
    for index, row in enumerate(
        _read(HUB_DIR / "table09_scope3_waste_mtco2e_per_short_ton.csv")
    ):
        for column, label in treatments.items():
            value = _decimal(row[column])
            if value is None:
                continue
            kg = value * 1000  # metric tons CO2e per short ton
            yield FactorRow(
                external_id=f"T9-{index}-{column}",
                name=f"{row['material']} waste {label}",
                category_path="Waste generated in operations > WARM",
                region="US",
                unit_label="short ton",
                unit=unit_normalize("short ton"),
                kg_co2e_per_unit=kg,
                gases={},
                scope="Scope 3",
            )


def source_specs() -> list[SourceSpec]:
    return [
        SourceSpec(
            source=FactorSource.EPA_SUPPLY_CHAIN,
            version="1.3.0",
            year=2022,
            files=(
                DATA_DIR
                / "SupplyChainGHGEmissionFactors_v1.3.0_NAICS_CO2e_USD2022.csv",
                DATA_DIR
                / "SupplyChainGHGEmissionFactors_v1.3.0_NAICS_byGHG_USD2022.csv",
            ),
        ),
        SourceSpec(
            source=FactorSource.DESNZ,
            version="2024-v1.1",
            year=2024,
            files=(DATA_DIR / "desnz_ghg_conversion_factors_2024_flat_v1_1.csv",),
        ),
        SourceSpec(
            source=FactorSource.EPA_HUB,
            version="2025",
            year=2025,
            files=tuple(sorted(HUB_DIR.glob("*.csv"))),
        ),
    ]


@lru_cache(maxsize=8)
def _checksum(files: tuple[Path, ...]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _rows_for(spec: SourceSpec) -> Iterator[FactorRow]:
    gwp = gwp_ar5()
    if spec.source == FactorSource.EPA_SUPPLY_CHAIN:
        yield from _supply_chain_rows(gwp)
    elif spec.source == FactorSource.DESNZ:
        yield from _desnz_rows()
    else:
        yield from (row for row in _hub_rows(gwp) if row is not None)


@transaction.atomic
def factor_source_load(*, spec: SourceSpec) -> FactorLoadResult:
    """Load one (source, version); a no-op when the same files are already loaded.

    Raises ValueError when the version is loaded with different file contents.
    """
    checksum = _checksum(spec.files)
    existing = (
        FactorLibraryLoad.objects.select_for_update()
        .filter(source=spec.source, version=spec.version)
        .first()
    )
    if existing is not None:
        if existing.checksum != checksum:
            raise ValueError(
                f"{spec.source} {spec.version} is already loaded from different files; "
                "publish the change as a new version."
            )
        return FactorLoadResult(
            source=spec.source, version=spec.version, loaded=0, skipped=True
        )
    factors = [
        EmissionFactor(
            source=spec.source,
            version=spec.version,
            year=spec.year,
            external_id=row.external_id,
            name=row.name[:500],
            category_path=row.category_path[:500],
            region=row.region,
            unit=row.unit,
            unit_label=row.unit_label,
            dimension=unit_dimension(row.unit),
            kg_co2e_per_unit=row.kg_co2e_per_unit.quantize(Decimal("1e-15")),
            gases=row.gases,
            gwp_set="AR5",
            scope=row.scope,
            is_current=True,
        )
        for row in _rows_for(spec)
    ]
    EmissionFactor.objects.filter(source=spec.source, is_current=True).update(
        is_current=False
    )
    EmissionFactor.objects.bulk_create(factors, batch_size=2000)
    FactorLibraryLoad.objects.create(
        source=spec.source,
        version=spec.version,
        checksum=checksum,
        factors_loaded=len(factors),
    )
    logger.info(
        "factors.loaded",
        extra={"source": spec.source, "version": spec.version, "count": len(factors)},
    )
    return FactorLoadResult(
        source=spec.source, version=spec.version, loaded=len(factors), skipped=False
    )


def factor_library_load() -> list[FactorLoadResult]:
    """Load every vendored source; idempotent."""
    return [factor_source_load(spec=spec) for spec in source_specs()]
