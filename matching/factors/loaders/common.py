"""What every factor source shares: the row shape, CSV reading, GWPs, the load
ledger. Each source (one module beside this one) turns its published files into
FactorRows; `factor_source_load` stores one (source, version) of them once."""

from __future__ import annotations

import csv
import hashlib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from django.db import transaction

from matching.factors.models import EmissionFactor, FactorLibraryLoad
from matching.factors.units import unit_dimension

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "factors"
HUB_DIR = DATA_DIR / "epa_ghg_emission_factors_hub_2025"
LB_TO_KG = Decimal("0.45359237")
G_TO_KG = Decimal("0.001")


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
    """One (source, version) of published files and the reader of its rows."""

    source: str
    version: str
    year: int
    files: tuple[Path, ...]
    rows: Callable[[dict[str, Decimal]], Iterator[FactorRow]]


@dataclass(frozen=True)
class FactorLoadResult:
    source: str
    version: str
    loaded: int
    skipped: bool


def decimal_or_none(text: str | None) -> Decimal | None:
    text = (text or "").strip().replace(",", "")
    if not text or text.upper() in {"NA", "N/A", "-"}:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def read_csv(path: Path) -> Iterator[dict]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        yield from csv.DictReader(handle)


def gwp_ar5() -> dict[str, Decimal]:
    """AR5 100-year GWPs from the Hub's table 11, by gas name and formula."""
    table = {}
    for row in read_csv(HUB_DIR / "table11_gwp_ar5.csv"):
        value = Decimal(row["gwp_100yr"])
        table[row["gas"]] = value
        table[row["chemical_formula"]] = value
    return table


def co2e(gases_kg: dict[str, Decimal], gwp: dict[str, Decimal]) -> tuple[Decimal, dict]:
    breakdown = {gas: kg * gwp[gas] for gas, kg in gases_kg.items()}
    return sum(breakdown.values(), Decimal(0)), {
        gas: str(value.normalize()) for gas, value in breakdown.items()
    }


@lru_cache(maxsize=8)
def checksum(files: tuple[Path, ...]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@transaction.atomic
def factor_source_load(*, spec: SourceSpec) -> FactorLoadResult:
    """Load one (source, version); a no-op when the same files are already loaded.

    Raises ValueError when the version is loaded with different file contents.
    """
    files_checksum = checksum(spec.files)
    existing = (
        FactorLibraryLoad.objects.select_for_update()
        .filter(source=spec.source, version=spec.version)
        .first()
    )
    if existing is not None:
        if existing.checksum != files_checksum:
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
        for row in spec.rows(gwp_ar5())
        if row is not None
    ]
    EmissionFactor.objects.filter(source=spec.source, is_current=True).update(
        is_current=False
    )
    EmissionFactor.objects.bulk_create(factors, batch_size=2000)
    FactorLibraryLoad.objects.create(
        source=spec.source,
        version=spec.version,
        checksum=files_checksum,
        factors_loaded=len(factors),
    )
    logger.info(
        "factors.loaded",
        extra={"source": spec.source, "version": spec.version, "count": len(factors)},
    )
    return FactorLoadResult(
        source=spec.source, version=spec.version, loaded=len(factors), skipped=False
    )
