"""Match cache: each normalized activity key of an organization is matched once, ever.

`matches_resolve` takes keys, answers known ones from the cache and sends only the
unknown ones to the matcher, in batches. A person's override (`match_override`)
replaces the entry; matchers never overwrite an overridden entry.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from uuid import UUID

from django.conf import settings
from django.db import connection, transaction
from django.utils.module_loading import import_string

from ingestion.models import ActivityKey
from matching.factors.models import EmissionFactor
from matching.matchers.base import (
    MODEL_METHOD,
    Alternative,
    Matcher,
    MatchItem,
    MatchResult,
)
from matching.models import MatchCacheEntry, MatchStatus
from matching.services.decisions import remembered_decisions

OVERRIDE_METHOD = "override"


def matcher_get() -> Matcher:
    """The configured matcher (MATCHER_CLASS), the built-in local matcher by default."""
    return import_string(settings.MATCHER_CLASS)()


def match_status_for(result: MatchResult) -> str:
    if result.factor_id is None:
        return MatchStatus.UNMATCHED
    # The model's confidence is a calibrated probability (ADR-4.4d): its own cut.
    threshold = Decimal(
        str(
            settings.AI_MATCHING_CONFIDENCE_THRESHOLD
            if result.method == MODEL_METHOD
            else settings.MATCH_CONFIDENCE_THRESHOLD
        )
    )
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
    decisions_stored: bool = False,
) -> dict[str, MatchCacheEntry]:
    """Cache entries for every item's key; unknown keys go to the matcher once.
    `decisions_stored`: the caller stored people's decisions for the items already
    (decisions_store), so they are not looked up again."""
    by_key: dict[str, MatchItem] = {}
    for item in items:
        by_key.setdefault(item.key, item)
    known = _cached(organization=organization, keys=list(by_key))
    missing = [item for key, item in by_key.items() if key not in known]
    if missing and not decisions_stored:
        decided = decisions_store(organization=organization, items=missing)
        missing = [item for item in missing if item.key not in decided]
    if missing:
        matcher = matcher or matcher_get()
        for start in range(0, len(missing), batch_size):
            batch = missing[start : start + batch_size]
            results = matcher.match_items(batch)
            _cache_store(organization=organization, items=batch, results=results)
        known = _cached(organization=organization, keys=list(by_key))
    return known


def decisions_store(*, organization, items: list[MatchItem]) -> set[str]:
    """Cache the items that a person's group or account decision answers (before
    any matcher or AI call); returns their keys."""
    answers = remembered_decisions(items, organization=organization)
    if answers:
        _cache_store(
            organization=organization,
            items=[item for item in items if item.key in answers],
            results=list(answers.values()),
        )
    return set(answers)


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


def cache_entry_fields(
    item: MatchItem, result: MatchResult, *, status: str, overridden_by=None
) -> dict:
    """The fields of a match-cache row for `item` answered by `result`: the one
    builder of cache rows (matchers, the AI service, reviews and overrides)."""
    return {
        "description": item.description[:500],
        "unit": item.unit[:64],
        "category": item.category[:200],
        "region": item.region[:8],
        "factor_id": result.factor_id,
        "confidence": result.confidence,
        "method": result.method[:32],
        "status": status,
        "rationale": result.rationale[:500],
        "alternatives": alternatives_json(result),
        "overridden_by": overridden_by,
    }


def alternatives_json(result: MatchResult) -> list[dict]:
    """A result's alternatives as stored (the cache entry, a batch's results)."""
    return [
        {"factor_id": str(a.factor_id), "reason": a.reason} for a in result.alternatives
    ]


def alternatives_from_json(data: list[dict] | None) -> tuple[Alternative, ...]:
    return tuple(
        Alternative(factor_id=UUID(a["factor_id"]), reason=a["reason"])
        for a in data or []
    )


@transaction.atomic
def _cache_store(
    *, organization, items: list[MatchItem], results: list[MatchResult]
) -> None:
    items_by_key = {item.key: item for item in items}
    entries = [
        MatchCacheEntry(
            organization=organization,
            key=result.key,
            **cache_entry_fields(
                items_by_key[result.key], result, status=match_status_for(result)
            ),
        )
        for result in results
    ]
    # A concurrent run may have stored the same key: the first answer stays.
    MatchCacheEntry.objects.bulk_create(entries, ignore_conflicts=True, batch_size=1000)


@transaction.atomic
def match_override(
    *,
    organization,
    item: MatchItem,
    factor: EmissionFactor,
    user=None,
    method: str = OVERRIDE_METHOD,
) -> MatchCacheEntry:
    """A person's choice for a key (`method`: how they chose it); the next uploads
    use it."""
    return match_decide(
        organization=organization,
        item=item,
        result=MatchResult(
            key=item.key,
            factor_id=factor.pk,
            confidence=Decimal(1),
            method=method,
            rationale="Chosen by a person.",
        ),
        status=MatchStatus.OVERRIDDEN,
        user=user,
    )


@transaction.atomic
def match_decide(
    *, organization, item: MatchItem, result: MatchResult, status: str, user=None
) -> MatchCacheEntry:
    """Store a person's decision about a key (override or accepted match); it
    replaces whatever a matcher said and is never overwritten by one."""
    entry, _ = MatchCacheEntry.objects.select_for_update().update_or_create(
        organization=organization,
        key=item.key,
        defaults=cache_entry_fields(item, result, status=status, overridden_by=user),
    )
    activity_keys_refresh(organization=organization, keys=[item.key])
    return entry


_KEY_COLUMNS = "factor_id, confidence, method, status"


def activity_keys_add(*, organization, keys: list[str]) -> int:
    """The cache's match onto the organization's pending activity keys (a key it
    has not registered yet is added), in one statement; a key already matched
    keeps its match. Returns how many keys got one."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO {ActivityKey._meta.db_table} AS k
                (organization_id, key, description, unit, category, region,
                 {_KEY_COLUMNS}, updated_at)
            SELECT c.organization_id, c.key, c.description, c.unit, c.category,
                c.region, c.factor_id, c.confidence, c.method, c.status, now()
            FROM {MatchCacheEntry._meta.db_table} c
            WHERE c.organization_id = %s AND c.key = ANY(%s)
            ON CONFLICT (organization_id, key) DO UPDATE SET
                factor_id = EXCLUDED.factor_id, confidence = EXCLUDED.confidence,
                method = EXCLUDED.method, status = EXCLUDED.status,
                updated_at = EXCLUDED.updated_at
            WHERE k.status = 'pending'
            """,  # noqa: S608 - table names and constants only
            [str(organization.pk), list(keys)],
        )
        return cursor.rowcount


def activity_keys_refresh(*, organization, keys: list[str]) -> int:
    """A decided key's match onto the activity key, so every row with the key
    follows it. Keys that are not activity keys (group, account) change nothing."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            UPDATE {ActivityKey._meta.db_table} k
            SET factor_id = c.factor_id, confidence = c.confidence,
                method = c.method, status = c.status, updated_at = now()
            FROM {MatchCacheEntry._meta.db_table} c
            WHERE k.organization_id = %s AND k.key = ANY(%s)
              AND c.organization_id = k.organization_id AND c.key = k.key
            """,  # noqa: S608 - table names and constants only
            [str(organization.pk), list(keys)],
        )
        return cursor.rowcount
