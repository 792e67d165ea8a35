"""The daily CO2 removal of one plant-day, exact to seeds/003. Pure Decimal code.

Checks run in the seed's order: operations data (NO_OPS_DATA, INVALID_FLOW) and
calcium readings (MISSING_CA_READINGS) stop the calculation; a Ca delta <= 0
calculates but flags INVALID; otherwise VALID.
"""

from __future__ import annotations

import datetime as dt
import decimal
from dataclasses import dataclass, field
from decimal import Decimal

from reporting.mrv import constants as c


class Flag:
    VALID = "VALID"
    INVALID = "INVALID"
    NO_OPS_DATA = "NO_OPS_DATA"
    INVALID_FLOW = "INVALID_FLOW"
    MISSING_CA_READINGS = "MISSING_CA_READINGS"
    ALL = (VALID, INVALID, NO_OPS_DATA, INVALID_FLOW, MISSING_CA_READINGS)


@dataclass(frozen=True)
class Reading:
    value: Decimal
    uncertainty: Decimal | None
    source: dict


@dataclass(frozen=True)
class OpsCandidate:
    effluent_flow_mgd: Decimal | None
    generated_at: dt.datetime | None
    uploaded_at: dt.datetime
    source: dict

    @property
    def rank(self) -> tuple:
        # The most recently generated report wins; upload time breaks ties (and
        # orders reports that carry no generation time).
        floor = dt.datetime.min.replace(tzinfo=dt.UTC)
        return (self.generated_at or floor, self.uploaded_at)


@dataclass
class DayResult:
    flag: str
    message: str
    ca_upstream_mg_l: Decimal | None = None
    ca_downstream_mg_l: Decimal | None = None
    ca_upstream_n: int = 0
    ca_downstream_n: int = 0
    ca_upstream_uncertainty: Decimal | None = None
    ca_downstream_uncertainty: Decimal | None = None
    ca_delta_mg_l: Decimal | None = None
    ca_delta_uncertainty: Decimal | None = None
    flow_mgd: Decimal | None = None
    flow_m3_day: Decimal | None = None
    flow_l_day: Decimal | None = None
    caco3_mg: Decimal | None = None
    co2_mg: Decimal | None = None
    co2_t: Decimal | None = None
    co2_t_uncertainty: Decimal | None = None
    sources: dict = field(default_factory=dict)
    conflicts: list[dict] = field(default_factory=list)


def _mean(readings: list[Reading]) -> Decimal:
    return sum((r.value for r in readings), Decimal(0)) / len(readings)


def _uncertainty(readings: list[Reading]) -> Decimal | None:
    """Root mean square of the stated uncertainties, not divided by sqrt(n):
    replicates of one analytical session are not independent (conservative)."""
    stated = [r.uncertainty for r in readings if r.uncertainty is not None]
    if not stated:
        return None
    return (sum((u * u for u in stated), Decimal(0)) / len(stated)).sqrt()


def differs(a: Decimal | None, b: Decimal | None) -> bool:
    """Disagreement beyond OVERLAP_TOLERANCE (relative to the larger value)."""
    if a is None or b is None:
        return (a is None) != (b is None)
    base = max(abs(a), abs(b))
    return base > 0 and abs(a - b) > c.OVERLAP_TOLERANCE * base


def resolve_overlap(candidates: list[OpsCandidate]):
    """(winner, superseded, conflicts) among the reports covering one day."""
    ordered = sorted(candidates, key=lambda cand: cand.rank, reverse=True)
    winner, superseded = ordered[0], ordered[1:]
    conflicts = [
        {
            "kept": {
                "effluent_flow_mgd": _s(winner.effluent_flow_mgd),
                **winner.source,
            },
            "superseded": {
                "effluent_flow_mgd": _s(other.effluent_flow_mgd),
                **other.source,
            },
        }
        for other in superseded
        if differs(winner.effluent_flow_mgd, other.effluent_flow_mgd)
    ]
    return winner, superseded, conflicts


def _s(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def day_compute(
    *, upstream: list[Reading], downstream: list[Reading], ops: list[OpsCandidate]
) -> DayResult:
    with decimal.localcontext() as context:
        context.prec = 50
        return _compute(upstream, downstream, ops)


def _compute(upstream, downstream, ops) -> DayResult:
    sources: dict = {
        "ca_upstream": [r.source for r in upstream],
        "ca_downstream": [r.source for r in downstream],
        "operations": None,
        "superseded_operations": [],
    }
    result = DayResult(flag=Flag.VALID, message="", sources=sources)
    if upstream:
        result.ca_upstream_mg_l = _mean(upstream)
        result.ca_upstream_n = len(upstream)
        result.ca_upstream_uncertainty = _uncertainty(upstream)
    if downstream:
        result.ca_downstream_mg_l = _mean(downstream)
        result.ca_downstream_n = len(downstream)
        result.ca_downstream_uncertainty = _uncertainty(downstream)
    if ops:
        winner, superseded, result.conflicts = resolve_overlap(ops)
        sources["operations"] = {
            "effluent_flow_mgd": _s(winner.effluent_flow_mgd),
            **winner.source,
        }
        sources["superseded_operations"] = [
            {"effluent_flow_mgd": _s(o.effluent_flow_mgd), **o.source}
            for o in superseded
        ]
        result.flow_mgd = winner.effluent_flow_mgd
    # 1. operations data
    if not ops:
        result.flag, result.message = (
            Flag.NO_OPS_DATA,
            "No operations data for this day.",
        )
        return result
    if result.flow_mgd is None or result.flow_mgd <= 0:
        result.flag = Flag.INVALID_FLOW
        result.message = (
            f"Effluent flow is {'missing' if result.flow_mgd is None else result.flow_mgd}"
            " (must be > 0 MGD); not calculated."
        )
        return result
    # 2. calcium readings
    if not upstream or not downstream:
        missing = [
            name
            for name, readings in (("upstream", upstream), ("downstream", downstream))
            if not readings
        ]
        result.flag = Flag.MISSING_CA_READINGS
        result.message = f"No {' or '.join(missing)} calcium reading; not calculated."
        return result
    # 3. delta and the seed's steps 1-5
    result.ca_delta_mg_l = result.ca_downstream_mg_l - result.ca_upstream_mg_l
    result.flow_m3_day = result.flow_mgd * c.M3_PER_MILLION_GALLONS
    result.flow_l_day = result.flow_m3_day * c.LITRES_PER_M3
    result.caco3_mg = result.ca_delta_mg_l * result.flow_l_day * c.CA_TO_CACO3
    result.co2_mg = result.caco3_mg * c.CACO3_TO_CO2
    result.co2_t = result.co2_mg / c.MG_PER_TONNE
    u_up = result.ca_upstream_uncertainty or Decimal(0)
    u_down = result.ca_downstream_uncertainty or Decimal(0)
    result.ca_delta_uncertainty = (u_up * u_up + u_down * u_down).sqrt()
    result.co2_t_uncertainty = (
        result.ca_delta_uncertainty
        * result.flow_l_day
        * c.CA_TO_CACO3
        * c.CACO3_TO_CO2
        / c.MG_PER_TONNE
    )
    averaged = (
        f"Ca upstream mean of {result.ca_upstream_n} readings, downstream mean of "
        f"{result.ca_downstream_n} readings."
    )
    if result.ca_delta_mg_l <= 0:
        result.flag = Flag.INVALID
        result.message = (
            f"Ca delta {result.ca_delta_mg_l.quantize(c.PLACES)} mg/L <= 0: no "
            f"removal; calculated but flagged for review. {averaged}"
        )
    else:
        result.message = averaged
    if (
        result.ca_upstream_uncertainty is None
        and result.ca_downstream_uncertainty is None
    ):
        result.message += " No lab uncertainty stated: the ± is 0."
    return result
