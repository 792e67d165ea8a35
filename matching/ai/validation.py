"""Checking the service's answer item by item: a result per key, a known factor
id, a confidence in [0, 1]. Items without a usable answer are sent again, up to
AI_MATCHING_ITEM_MAX_ATTEMPTS times, then end unmatched with the reason. Of the
alternatives an answer offers, the well-formed ones naming a known factor are kept."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.conf import settings

from matching.ai.items import METHOD
from matching.factors.models import EmissionFactor
from matching.matchers.base import Alternative, MatchResult

# A line for review is offered at most this many factors beside the proposed one.
MAX_ALTERNATIVES = 2


@dataclass
class Progress:
    results: dict[str, MatchResult] = field(default_factory=dict)
    item_failures: dict[str, list[str]] = field(default_factory=dict)
    last_error: str = ""


def _factor_ids_known(ids: set[uuid.UUID]) -> set[uuid.UUID]:
    if not ids:
        return set()
    return set(EmissionFactor.objects.filter(pk__in=ids).values_list("pk", flat=True))


def _alternatives(raw) -> list[tuple[uuid.UUID, str]]:
    """The well-formed alternatives of an answer (a malformed one is dropped: it
    only helps a reviewer, the answer stands without it)."""
    found: list[tuple[uuid.UUID, str]] = []
    for entry in raw if isinstance(raw, list) else []:
        if not isinstance(entry, dict):
            continue
        try:
            factor_id = uuid.UUID(str(entry.get("factor_id")))
        except ValueError:
            continue
        if factor_id not in {f for f, _ in found}:
            found.append((factor_id, str(entry.get("reason") or "")[:500]))
    return found[:MAX_ALTERNATIVES]


def answer_validate(answer: list, pending: list[str], progress: Progress) -> list[str]:
    """Keep each valid answer; note why the others failed. The keys to send again."""
    by_id: dict[str, dict] = {}
    for entry in answer:
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            by_id.setdefault(entry["id"], entry)
    parsed: dict[str, tuple[uuid.UUID | None, Decimal, str]] = {}
    alternatives: dict[str, list[tuple[uuid.UUID, str]]] = {}
    for key in pending:
        entry = by_id.get(key)
        if entry is None:
            progress.item_failures.setdefault(key, []).append("no result for the item")
            continue
        try:
            raw_factor = entry.get("factor_id")
            factor_id = None if raw_factor in (None, "") else uuid.UUID(str(raw_factor))
            confidence = Decimal(str(entry.get("confidence", 0)))
            if not confidence.is_finite() or not 0 <= confidence <= 1:
                raise InvalidOperation
        except (ValueError, TypeError, InvalidOperation):
            progress.item_failures.setdefault(key, []).append("invalid result")
            continue
        parsed[key] = (factor_id, confidence, str(entry.get("rationale") or ""))
        alternatives[key] = [
            (other, reason)
            for other, reason in _alternatives(entry.get("alternatives"))
            if other != factor_id
        ]
    known = _factor_ids_known(
        {f for f, _, _ in parsed.values() if f is not None}
        | {f for offered in alternatives.values() for f, _ in offered}
    )
    for key, (factor_id, confidence, rationale) in parsed.items():
        if factor_id is not None and factor_id not in known:
            progress.item_failures.setdefault(key, []).append(
                f"unknown factor id {factor_id}"
            )
            continue
        progress.results[key] = MatchResult(
            key=key,
            factor_id=factor_id,
            confidence=confidence.quantize(Decimal("0.0001")),
            method=METHOD,
            rationale=(rationale or "Matched by the AI service.")[:500],
            alternatives=tuple(
                Alternative(factor_id=other, reason=reason)
                for other, reason in alternatives[key]
                if other in known
            ),
        )
    again = []
    for key in pending:
        if key in progress.results:
            continue
        reasons = progress.item_failures[key]
        if len(reasons) >= settings.AI_MATCHING_ITEM_MAX_ATTEMPTS:
            progress.results[key] = MatchResult(
                key=key,
                factor_id=None,
                confidence=Decimal(0),
                method=METHOD,
                rationale=(
                    f"AI service gave no usable answer after {len(reasons)} "
                    f"attempts: {reasons[-1]}."
                )[:500],
            )
        else:
            again.append(key)
    return again
