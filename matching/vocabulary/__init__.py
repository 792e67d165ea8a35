"""The curated spend vocabulary: what common ledger categories (GL / expense account
names) and merchant names mean, as factor classes (NAICS codes of the EPA Supply Chain
factors). A data file reviewed like code (`spend_v1.csv`), versioned by its name and
checksum; the local matcher consults it before any text similarity.

Each rule: the field it reads (`category` or `merchant`, the description of a card
line), a regular expression searched in the normalized text, the NAICS code (`-`
where no factor applies: taxes, licences, government fees), a confidence class, the
markets it holds in and a note. `high` rules pre-map (matched); `medium` ones propose
the factor for review. Brand names were read from British card files and mean those
businesses where they were read (`GB`): elsewhere "Costa" is a surname and "Centro" a
town centre, so a rule with markets applies only to a line of an organization in one
of them (or of an unknown country); everyday words ("hotel", "taxi", "courier") and
ledger categories apply everywhere.
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

FILE = Path(__file__).resolve().parent / "spend_v1.csv"
NO_FACTOR = "-"
CONFIDENCE = {"high": Decimal("0.95"), "medium": Decimal("0.55")}
AGREEMENT_BONUS = Decimal("0.25")  # category and merchant name the same class
DISAGREEMENT = Decimal("0.5")  # they name different classes: review
_SPACE = re.compile(r"\s+")
_STORE_NUMBER = re.compile(r"\b\d{2,}\b|\b[a-z]{1,3}\d+[a-z\d]*\b")
_LEGAL = re.compile(r"\b(ltd|limited|plc|llp|inc|co uk|com|uk)\b")


@dataclass(frozen=True)
class Rule:
    number: int
    field: str
    pattern: re.Pattern
    naics: str
    confidence: str
    note: str
    markets: frozenset[str] = frozenset()  # empty: everywhere

    def holds_in(self, country: str) -> bool:
        return not self.markets or not country or country.upper() in self.markets


@dataclass(frozen=True)
class VocabularyMatch:
    naics: str  # NO_FACTOR when nothing applies
    confidence: Decimal
    rationale: str
    rules: tuple[int, ...]


def merchant_normalize(text: str) -> str:
    """A card line's merchant as words: lowercase, store numbers and company
    suffixes dropped ("shell kings 587" -> "shell kings", "tesco pfs 4203" -> "tesco
    pfs", "www.officeheaven.co.uk" -> "www officeheaven")."""
    text = (text or "").lower().replace(".", " ").replace("*", " ")
    text = _STORE_NUMBER.sub(" ", text)
    text = _LEGAL.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


def category_normalize(text: str) -> str:
    return _SPACE.sub(" ", re.sub(r"[^a-z0-9&/ ]+", " ", (text or "").lower())).strip()


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    with FILE.open(newline="", encoding="utf-8") as handle:
        return tuple(
            Rule(
                number=number,
                field=row["field"],
                pattern=re.compile(row["pattern"]),
                naics=row["naics"].strip(),
                confidence=row["confidence"],
                note=row["note"],
                markets=frozenset((row.get("markets") or "").split()),
            )
            for number, row in enumerate(csv.DictReader(handle), start=1)
        )


@lru_cache(maxsize=1)
def version() -> str:
    digest = hashlib.sha256(FILE.read_bytes()).hexdigest()[:8]
    return f"{FILE.stem}+{digest}"


def _first(field: str, text: str, country: str = "") -> Rule | None:
    if not text:
        return None
    return next(
        (
            r
            for r in rules()
            if r.field == field and r.holds_in(country) and r.pattern.search(text)
        ),
        None,
    )


@lru_cache(maxsize=65536)
def vocabulary_match(
    description: str, category: str, country: str = ""
) -> VocabularyMatch | None:
    """The factor class a spend line's category and merchant name point to, or None
    when the vocabulary says nothing (`country`: the organization's; a rule holds
    only in its markets). Both naming the same class raises the
    confidence; naming different classes sends the line to review with the
    stronger one proposed (a merchant rule of a higher class wins over the
    category: a hotel booked under "Conference fees"; else the category, the
    stronger signal of a ledger)."""
    category_text = category_normalize(category)
    merchant_text = merchant_normalize(description)
    by_category = _first("category", category_text)
    # A description that itself names another ledger class ("Commercial printing
    # of brochures" under "Marketing") outranks the category.
    by_merchant = _first("merchant", merchant_text, country)
    if by_merchant is None and by_category is not None:
        described = _first("category", category_normalize(description))
        if described is not None and described.naics != by_category.naics:
            return None  # the line's own words disagree: text similarity decides
    if by_category is None and by_merchant is None:
        return None
    if by_category is not None and by_merchant is not None:
        if by_category.naics == by_merchant.naics:
            confidence = min(
                max(
                    CONFIDENCE[by_category.confidence],
                    CONFIDENCE[by_merchant.confidence],
                )
                + AGREEMENT_BONUS,
                Decimal("0.99"),
            )
            return VocabularyMatch(
                naics=by_category.naics,
                confidence=confidence,
                rationale=(
                    f'Category "{category}" and merchant "{description}" both mean: '
                    f"{by_category.note} (vocabulary {version()}, rules "
                    f"{by_category.number} and {by_merchant.number})."
                ),
                rules=(by_category.number, by_merchant.number),
            )
        if CONFIDENCE[by_merchant.confidence] > CONFIDENCE[by_category.confidence]:
            chosen, field, text, other = (
                by_merchant,
                "merchant",
                description,
                by_category,
            )
        else:
            chosen, field, text, other = by_category, "category", category, by_merchant
        # Two signals that disagree are a question for a person, whichever is
        # stronger: the stronger one is proposed, below the review threshold.
        return VocabularyMatch(
            naics=chosen.naics,
            confidence=DISAGREEMENT,
            rationale=(
                f'{field.capitalize()} "{text}": {chosen.note} (vocabulary '
                f"{version()}, rule {chosen.number}); the "
                f"{'category' if field == 'merchant' else 'merchant'} suggests "
                f"another class (rule {other.number})."
            ),
            rules=(chosen.number, other.number),
        )
    chosen = by_category or by_merchant
    field, text = ("category", category) if by_category else ("merchant", description)
    return VocabularyMatch(
        naics=chosen.naics,
        confidence=CONFIDENCE[chosen.confidence],
        rationale=(
            f'{field.capitalize()} "{text}": {chosen.note} (vocabulary {version()}, '
            f"rule {chosen.number})."
        ),
        rules=(chosen.number,),
    )
