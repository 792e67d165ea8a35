"""US EPA GHG Emission Factors Hub 2025 (tables 1, 2, 6-10)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from matching.factors.loaders.common import (
    G_TO_KG,
    HUB_DIR,
    LB_TO_KG,
    FactorRow,
    SourceSpec,
    co2e,
    decimal_or_none,
    read_csv,
)
from matching.factors.models import FactorSource
from matching.factors.units import unit_normalize


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
    total, breakdown = co2e(gases, gwp)
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


def _rows(gwp: dict[str, Decimal]) -> Iterator[FactorRow | None]:
    for index, row in enumerate(
        read_csv(HUB_DIR / "table01_stationary_combustion.csv")
    ):
        base = f"{row['fuel_type']}"
        path = f"Stationary combustion > {row['fuel_category']}"
        if row["unit"].strip():
            yield _hub_factor(
                gwp=gwp,
                external_id=f"T1-{index}-unit",
                name=base,
                category_path=f"{path} > per {row['unit']}",
                unit_label=row["unit"],
                co2_kg=decimal_or_none(row["co2_kg_per_unit"]),
                ch4_kg=_grams(decimal_or_none(row["ch4_g_per_unit"])),
                n2o_kg=_grams(decimal_or_none(row["n2o_g_per_unit"])),
                scope="Scope 1",
            )
        yield _hub_factor(
            gwp=gwp,
            external_id=f"T1-{index}-mmbtu",
            name=base,
            category_path=f"{path} > per mmBtu",
            unit_label="mmBtu",
            co2_kg=decimal_or_none(row["co2_kg_per_mmbtu"]),
            ch4_kg=_grams(decimal_or_none(row["ch4_g_per_mmbtu"])),
            n2o_kg=_grams(decimal_or_none(row["n2o_g_per_mmbtu"])),
            scope="Scope 1",
        )
    for index, row in enumerate(
        read_csv(HUB_DIR / "table02_mobile_combustion_co2.csv")
    ):
        yield _hub_factor(
            gwp=gwp,
            external_id=f"T2-{index}",
            name=f"{row['fuel_type']} vehicle fuel",
            category_path="Mobile combustion > CO2 only (add CH4/N2O per mile)",
            unit_label=row["unit"],
            co2_kg=decimal_or_none(row["co2_kg_per_unit"]),
            ch4_kg=None,
            n2o_kg=None,
            scope="Scope 1",
        )
    for row in read_csv(HUB_DIR / "table06_electricity_egrid2023_subregions.csv"):
        code = row["egrid_subregion"].strip()
        yield _hub_factor(
            gwp=gwp,
            external_id=f"T6-{code}",
            name=f"Electricity grid {row['egrid_subregion_name']} ({code})",
            category_path="Purchased electricity > eGRID2023 total output",
            unit_label="MWh",
            co2_kg=decimal_or_none(row["total_output_co2_lb_per_mwh"]) * LB_TO_KG,
            ch4_kg=decimal_or_none(row["total_output_ch4_lb_per_mwh"]) * LB_TO_KG,
            n2o_kg=decimal_or_none(row["total_output_n2o_lb_per_mwh"]) * LB_TO_KG,
            scope="Scope 2",
        )
    for row in read_csv(HUB_DIR / "table07_steam_and_heat.csv"):
        yield _hub_factor(
            gwp=gwp,
            external_id="T7-steam",
            name="Purchased steam and heat",
            category_path="Purchased steam and heat",
            unit_label="mmBtu",
            co2_kg=decimal_or_none(row["co2_kg_per_mmbtu"]),
            ch4_kg=_grams(decimal_or_none(row["ch4_g_per_mmbtu"])),
            n2o_kg=_grams(decimal_or_none(row["n2o_g_per_mmbtu"])),
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
        for index, row in enumerate(read_csv(HUB_DIR / table)):
            yield _hub_factor(
                gwp=gwp,
                external_id=f"{prefix}-{index}",
                name=row["vehicle_type"],
                category_path=path,
                unit_label=row["unit"],
                co2_kg=decimal_or_none(row["co2_kg_per_unit"]),
                ch4_kg=_grams(decimal_or_none(row["ch4_g_per_unit"])),
                n2o_kg=_grams(decimal_or_none(row["n2o_g_per_unit"])),
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
        read_csv(HUB_DIR / "table09_scope3_waste_mtco2e_per_short_ton.csv")
    ):
        for column, label in treatments.items():
            value = decimal_or_none(row[column])
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


def rows(gwp: dict[str, Decimal]) -> Iterator[FactorRow]:
    """Every Hub factor; a row with no published gas is left out."""
    return (row for row in _rows(gwp) if row is not None)


SPEC = SourceSpec(
    source=FactorSource.EPA_HUB,
    version="2025",
    year=2025,
    files=tuple(sorted(HUB_DIR.glob("*.csv"))),
    rows=rows,
)
