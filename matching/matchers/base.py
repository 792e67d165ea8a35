"""The matcher interface: a batch of activity keys in, one result per key out.

Every matcher (the built-in local one, the external AI service client) implements
`match_items`; the match service decides what a confidence means (threshold →
needs_review) and writes the cache, so matchers stay pure.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol
from uuid import UUID


@dataclass(frozen=True)
class MatchItem:
    key: str
    description: str
    unit: str
    category: str = ""
    region: str = ""
    amount: Decimal | None = None
    currency: str = ""


@dataclass(frozen=True)
class MatchResult:
    key: str
    factor_id: UUID | None
    confidence: Decimal
    method: str
    rationale: str = ""


class Matcher(Protocol):
    method: str

    def match_items(self, items: list[MatchItem]) -> list[MatchResult]: ...
