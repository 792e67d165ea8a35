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

# What the AI matching service's answers are recorded as (matching.ai); its
# confidence is a calibrated probability, so it has its own threshold.
MODEL_METHOD = "ai_service_v1"


@dataclass(frozen=True)
class MatchItem:
    key: str
    description: str
    unit: str
    category: str = ""
    region: str = ""
    amount: Decimal | None = None
    currency: str = ""
    # Optional row fields the model reads (ledger rows): the supplier when the
    # description is something else, and the merchant type (an MCC or its title).
    supplier: str = ""
    merchant_type: str = ""
    # The organization's country (ISO 3166 alpha-2): where the vocabulary's brand
    # names hold (matching.vocabulary); "" where unknown.
    country: str = ""

    @property
    def merchant(self) -> str:
        """Who was paid: the supplier where the row has its own, else the
        description (a card line's description is its merchant). The vocabulary's
        merchant words read this, not a free-text description ("UPS units for ICT
        facilities", "Emu Bank foreshore design services" name no courier, no
        bank)."""
        supplier = self.supplier.strip()
        if supplier and supplier.lower() != self.description.strip().lower():
            return supplier
        return self.description


@dataclass(frozen=True)
class Alternative:
    """Another factor the matcher weighed for a key, with its reason: what a
    reviewer is offered beside the proposed one."""

    factor_id: UUID
    reason: str


@dataclass(frozen=True)
class MatchResult:
    key: str
    factor_id: UUID | None
    confidence: Decimal
    method: str
    rationale: str = ""
    # The next best factors, best first (the model's, for a line left to review).
    alternatives: tuple[Alternative, ...] = ()


class Matcher(Protocol):
    method: str

    def match_items(self, items: list[MatchItem]) -> list[MatchResult]: ...
