"""Loading the factor library from the vendored, published files (factors/data).

Each source is loaded as one (source, version). Re-running with the same files is a
no-op (checksum ledger); a new version adds rows and retires the previous version's
rows from matching without touching them, so existing results keep their numbers.
"""

from __future__ import annotations

from matching.factors.classes import factor_classes_apply
from matching.factors.loaders import desnz, epa_hub, epa_supply_chain
from matching.factors.loaders.common import (
    FactorLoadResult,
    SourceSpec,
    factor_source_load,
    gwp_ar5,
)

__all__ = [
    "FactorLoadResult",
    "SourceSpec",
    "factor_library_load",
    "factor_source_load",
    "gwp_ar5",
    "source_specs",
]

SOURCES = (epa_supply_chain, desnz, epa_hub)


def source_specs() -> list[SourceSpec]:
    return [source.SPEC for source in SOURCES]


def factor_library_load() -> list[FactorLoadResult]:
    """Load every vendored source and (re)apply the GHG classes; idempotent."""
    results = [factor_source_load(spec=spec) for spec in source_specs()]
    factor_classes_apply()
    return results
