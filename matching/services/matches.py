"""Match cache: each normalized activity key of an organization is matched once, ever.

`matches_resolve` takes keys, answers known ones from the cache and sends only the
unknown ones to the matcher, in batches. A person's override (`match_override`)
replaces the entry; matchers never overwrite an overridden entry.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache

from django.conf import settings
from django.db import transaction
from django.utils.module_loading import import_string

from matching.matchers.base import Matcher, MatchItem, MatchResult
from matching.models import EmissionFactor, MatchCacheEntry, MatchStatus
from matching.units import UnknownUnit, unit_normalize

_SPACE = re.compile(r"\s+")


def text_normalize(value: str) -> str:
    return _SPACE.sub(" ", (value or "").strip().lower())


def unit_key(unit: str) -> str:
    try:
        return unit_normalize(unit)
    except UnknownUnit:
        return text_normalize(unit)


def match_key(*, description: str, unit: str, category: str, region: str) -> str:
    return _match_key(description, unit, category, region)


@lru_cache(maxsize=65536)
def _match_key(description: str, unit: str, category: str, region: str) -> str:
    """md5 of the normalized (description, unit, category, region) of an activity.

    Region is part of the key because the same words mean a DESNZ factor for a UK
    activity and an EPA factor for a US one.
    """
    parts = (
        text_normalize(description),
        unit_key(unit),
        text_normalize(category),
        (region or "").upper(),
    )
    return hashlib.md5("\x1f".join(parts).encode(), usedforsecurity=False).hexdigest()


def matcher_get() -> Matcher:
    """The configured matcher (MATCHER_CLASS), the built-in local matcher by default."""
    path = getattr(settings, "MATCHER_CLASS", "matching.matchers.local.LocalMatcher")
    return import_string(path)()


def match_status_for(result: MatchResult) -> str:
    if result.factor_id is None:
        return MatchStatus.UNMATCHED
    threshold = Decimal(str(settings.MATCH_CONFIDENCE_THRESHOLD))
    return (
        MatchStatus.MATCHED
        if result.confidence >= threshold
        else MatchStatus.NEEDS_REVIEW
    )


def matches_resolve(
    *,
    organization,
    items: Iterable[MatchItem],
    matcher: Matcher | None = None,
    batch_size: int = 2000,
) -> dict[str, MatchCacheEntry]:
    """Cache entries for every item's key; unknown keys go to the matcher once."""
    by_key: dict[str, MatchItem] = {}
    for item in items:
        by_key.setdefault(item.key, item)
    known = _cached(organization=organization, keys=list(by_key))
    missing = [item for key, item in by_key.items() if key not in known]
    if missing:
        matcher = matcher or matcher_get()
        for start in range(0, len(missing), batch_size):
            batch = missing[start : start + batch_size]
            results = matcher.match_items(batch)
            _cache_store(organization=organization, items=batch, results=results)
        known = _cached(organization=organization, keys=list(by_key))
    return known


def _cached(*, organization, keys: list[str]) -> dict[str, MatchCacheEntry]:
    entries: dict[str, MatchCacheEntry] = {}
    for start in range(0, len(keys), 10_000):
        chunk = keys[start : start + 10_000]
        entries.update(
            (entry.key, entry)
            for entry in MatchCacheEntry.objects.for_organization(organization).filter(
                key__in=chunk
            )
        )
    return entries


@transaction.atomic
def _cache_store(
    *, organization, items: list[MatchItem], results: list[MatchResult]
) -> None:
    items_by_key = {item.key: item for item in items}
    entries = []
    for result in results:
        item = items_by_key[result.key]
        entries.append(
            MatchCacheEntry(
                organization=organization,
                key=result.key,
                description=item.description[:500],
                unit=item.unit[:64],
                category=item.category[:200],
                region=item.region[:8],
                factor_id=result.factor_id,
                confidence=result.confidence,
                method=result.method[:32],
                status=match_status_for(result),
                rationale=result.rationale[:500],
            )
        )
    # A concurrent run may have stored the same key: the first answer stays.
    MatchCacheEntry.objects.bulk_create(entries, ignore_conflicts=True, batch_size=1000)


@transaction.atomic
def match_override(
    *,
    organization,
    item: MatchItem,
    factor: EmissionFactor,
    user=None,
) -> MatchCacheEntry:
    """A person's choice for a key; the next uploads use it."""
    entry, _ = MatchCacheEntry.objects.select_for_update().update_or_create(
        organization=organization,
        key=item.key,
        defaults={
            "description": item.description[:500],
            "unit": item.unit[:64],
            "category": item.category[:200],
            "region": item.region[:8],
            "factor": factor,
            "confidence": Decimal(1),
            "method": "override",
            "status": MatchStatus.OVERRIDDEN,
            "rationale": "Chosen by a person.",
            "overridden_by": user,
        },
    )
    return entry
