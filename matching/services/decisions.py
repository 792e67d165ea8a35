"""People's decisions for whole groups and ledger accounts, and the keys they are
remembered under in the match cache (beside the per-line keys): a group is a
merchant (store numbers and company suffixes aside) in one category, unit and region;
an account is a category in one unit and region."""

from __future__ import annotations

import hashlib
from decimal import Decimal

from matching.factors.keys import text_normalize, unit_key
from matching.matchers.base import MatchItem, MatchResult
from matching.models import MatchCacheEntry
from matching.vocabulary import merchant_normalize

GROUP_PREFIX = "g:"
ACCOUNT_PREFIX = "a:"


def _digest(prefix: str, *parts: str) -> str:
    text = "\x1f".join(parts)
    return prefix + hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


def group_key(*, description: str, category: str, unit: str, region: str) -> str:
    """Lines a person decides on together: same merchant (store numbers and company
    suffixes aside), same category, unit and region."""
    return _digest(
        GROUP_PREFIX,
        merchant_normalize(description),
        text_normalize(category),
        unit_key(unit),
        (region or "").upper(),
    )


def account_key(*, category: str, unit: str, region: str) -> str:
    """A whole ledger account (category) in one unit and region."""
    return _digest(
        ACCOUNT_PREFIX, text_normalize(category), unit_key(unit), (region or "").upper()
    )


def remembered_decisions(
    items: list[MatchItem], *, organization
) -> dict[str, MatchResult]:
    """People's group and account decisions that answer `items` (by item key):
    a group decision first, then the account's. Used by the match step before any
    matcher, so a decided merchant never reaches the matcher again."""
    by_group = {
        item.key: group_key(
            description=item.description,
            category=item.category,
            unit=item.unit,
            region=item.region,
        )
        for item in items
    }
    by_account = {
        item.key: account_key(
            category=item.category, unit=item.unit, region=item.region
        )
        for item in items
        if item.category
    }
    wanted = set(by_group.values()) | set(by_account.values())
    entries = {
        entry.key: entry
        for entry in MatchCacheEntry.objects.for_organization(organization).filter(
            key__in=wanted
        )
    }
    answers: dict[str, MatchResult] = {}
    for item in items:
        entry = entries.get(by_group[item.key]) or entries.get(
            by_account.get(item.key, "")
        )
        if entry is not None:
            answers[item.key] = MatchResult(
                key=item.key,
                factor_id=entry.factor_id,
                confidence=Decimal(1),
                method=entry.method,
                rationale=f"Decided by a person for {entry.description!r}."[:500],
            )
    return answers
