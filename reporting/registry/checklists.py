"""The structured assessment checklist per methodology: every item must be filed."""

from reporting.registry.models import Criterion, Methodology

BASE = (
    Criterion.DATA_QUALITY,
    Criterion.ADDITIONALITY,
    Criterion.PERMANENCE,
    Criterion.LEAKAGE,
    Criterion.MRV_EVIDENCE,
)
CHECKLISTS: dict[str, tuple[str, ...]] = {
    Methodology.ENHANCED_WEATHERING: (*BASE, Criterion.FEEDSTOCK),
    Methodology.WASTEWATER_ALKALINITY: (*BASE, Criterion.BASELINE_ALKALINITY),
    Methodology.BIOCHAR: (*BASE, Criterion.FEEDSTOCK),
    Methodology.DIRECT_AIR_CAPTURE: BASE,
    Methodology.OTHER: BASE,
}


def checklist_for(methodology: str) -> tuple[str, ...]:
    return CHECKLISTS.get(methodology, BASE)
