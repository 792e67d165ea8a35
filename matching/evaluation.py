"""Measuring the matcher on labelled lines: top-1 accuracy, the precision of what it
would mark `matched` (no review) and the share it auto-matches. Used by
bench/matching_quality.py and by the test that keeps accuracy from regressing."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from matching.factors.keys import match_key
from matching.factors.models import EmissionFactor
from matching.matchers.base import MatchItem
from matching.matchers.local import LocalMatcher
from matching.models import MatchStatus
from matching.services.matches import match_status_for

NO_FACTOR = "-"


@dataclass(frozen=True)
class Labelled:
    description: str
    unit: str
    category: str
    region: str
    acceptable: tuple[str, ...]  # factor external ids or NAICS prefixes; "-": none


@dataclass(frozen=True)
class Quality:
    lines: int
    top1: float
    matched: int
    matched_precision: float
    auto_share: float
    misses: list[str]


def spend_labelled(path: Path, *, currency: str = "GBP", region: str = "GB"):
    with path.open(newline="", encoding="utf-8") as handle:
        return [
            Labelled(
                description=row["merchant"],
                unit=currency,
                category=row["category"],
                region=region,
                acceptable=tuple(row["acceptable_naics"].split()),
            )
            for row in csv.DictReader(handle)
        ]


def _right(factor: EmissionFactor | None, acceptable: tuple[str, ...]) -> bool:
    if factor is None:
        return NO_FACTOR in acceptable
    return any(
        factor.external_id == code or factor.external_id.startswith(code)
        for code in acceptable
        if code != NO_FACTOR
    )


def quality(lines: list[Labelled], matcher=None) -> Quality:
    """Score the matcher on labelled lines; an unmatched line counts as right only
    where the label says no factor applies."""
    matcher = matcher or LocalMatcher()
    items = [
        MatchItem(
            key=match_key(
                description=line.description,
                unit=line.unit,
                category=line.category,
                region=line.region,
            )
            + f":{index}",
            description=line.description,
            unit=line.unit,
            category=line.category,
            region=line.region,
        )
        for index, line in enumerate(lines)
    ]
    results = matcher.match_items(items)
    factors = EmissionFactor.objects.in_bulk(
        [r.factor_id for r in results if r.factor_id]
    )
    right = matched = matched_right = 0
    misses = []
    for line, result in zip(lines, results, strict=True):
        ok = _right(factors.get(result.factor_id), line.acceptable)
        right += ok
        auto = result.factor_id is None and result.confidence >= 0.9
        if match_status_for(result) == MatchStatus.MATCHED or auto:
            matched += 1
            matched_right += ok
        if not ok:
            chosen = factors.get(result.factor_id)
            misses.append(
                f"{line.description!r} [{line.category}] -> "
                f"{chosen.external_id + ' ' + chosen.name if chosen else 'no factor'}"
            )
    total = len(lines) or 1
    return Quality(
        lines=len(lines),
        top1=right / total,
        matched=matched,
        matched_precision=matched_right / matched if matched else 1.0,
        auto_share=matched / total,
        misses=misses,
    )
