"""The built-in matcher: TF-IDF text similarity over the current factor library.

Candidates are only factors whose unit measures the same thing as the activity's
unit (pint dimensionality; money is its own dimension). Among them, factors are
ranked by the mean cosine similarity of a word (1-2-gram) and a character
(3-5-gram) TF-IDF model fitted on factor names and category paths. Factors outside
the activity's region are discounted, so UK activities land on DESNZ factors and
US ones on EPA factors whenever those fit.

Spend lines (a currency) first go through the curated spend vocabulary
(matching.vocabulary): a ledger category or merchant name it knows maps to its
factor class with the rule's confidence. Spend lines it does not know are matched on
words alone, which is measured to be unreliable for ledgers (a merchant's name says
little about what was bought: "shell" is not shellfish), so their confidence is
halved and they always go to review.

The fitted model is cached in process memory per library version and rebuilt when
the library changes (a new factor load).
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from dataclasses import dataclass
from decimal import Decimal

import numpy as np
from django.conf import settings
from sklearn.feature_extraction.text import TfidfVectorizer

from matching.factors.models import EmissionFactor, FactorLibraryLoad
from matching.factors.units import UnknownUnit, unit_dimension, unit_normalize
from matching.matchers.base import MatchItem, MatchResult
from matching.vocabulary import NO_FACTOR, merchant_normalize, vocabulary_match

logger = logging.getLogger(__name__)

METHOD = "local_tfidf_v1"
VOCABULARY_METHOD = "vocabulary_v1"
SPEND_SOURCE = "epa_supply_chain"
# Measured on tests/matching/data (bench/matching_quality.py): text similarity alone
# is right for about 4 in 10 spend lines; halving keeps them all under the threshold.
SPEND_TEXT_DISCOUNT = 0.5
_CHUNK = 512
_SUPPLEMENTARY_PRIOR = 0.9
_WORD_PATTERN = r"(?u)\b[a-z][a-z0-9]+\b"
_NON_WORD = re.compile(r"[^a-z0-9]+")
_PLURAL_IES = re.compile(r"(?<=[a-z]{2})ies\b")
_PLURAL_ES = re.compile(r"(?<=[a-z])(x|ss|ch|sh)es\b")
_PLURAL_S = re.compile(r"(?<=[a-z]{3})(?<![su])s\b")


def text_fold(text: str) -> str:
    """Lowercase, punctuation to spaces, naive plural folding ("boxes" ~ "box")."""
    text = _NON_WORD.sub(" ", text.lower())
    text = _PLURAL_IES.sub("y", text)
    text = _PLURAL_ES.sub(r"\1", text)
    return _PLURAL_S.sub("", text).strip()


@dataclass
class FactorIndex:
    version: str
    ids: list
    regions: np.ndarray
    dimensions: np.ndarray
    word: TfidfVectorizer
    char: TfidfVectorizer
    word_matrix: object
    char_matrix: object
    names: list[str]
    documents: list[str]
    priors: np.ndarray
    spend_positions: dict[str, int]  # EPA Supply Chain NAICS code -> position


_lock = threading.Lock()
_cache: dict[str, FactorIndex] = {}


def library_version() -> str:
    # Load ids and times too: reloading the same files creates new factor ids.
    loads = FactorLibraryLoad.objects.order_by("pk").values_list(
        "pk", "source", "version", "checksum", "loaded_at"
    )
    return hashlib.sha256(repr(list(loads)).encode()).hexdigest()[:16]


def _document(name: str, category_path: str) -> str:
    return f"{name} {name} {category_path}"


def _prior(category_path: str, scope: str) -> float:
    """Supplementary factors (well-to-tank, T&D losses, biogenic 'outside of scopes')
    are add-ons to a primary factor of the same name: rank them just below it."""
    path = category_path.lower()
    supplementary = (
        path.startswith("wtt")
        or "t&d" in path
        or "transmission and distribution" in path
        or scope.lower().startswith("outside")
    )
    return _SUPPLEMENTARY_PRIOR if supplementary else 1.0


def factor_index() -> FactorIndex:
    """The fitted model for the current library, built once per version per process."""
    version = library_version()
    with _lock:
        cached = _cache.get("index")
        if cached is not None and cached.version == version:
            return cached
        rows = list(
            EmissionFactor.objects.current()
            .order_by("source", "external_id")
            .values_list(
                "id",
                "name",
                "category_path",
                "region",
                "dimension",
                "scope",
                "source",
                "external_id",
            )
        )
        documents = [_document(row[1], row[2]) for row in rows] or [""]
        word = TfidfVectorizer(
            analyzer="word",
            ngram_range=(1, 2),
            sublinear_tf=True,
            preprocessor=text_fold,
            token_pattern=_WORD_PATTERN,
        )
        char = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=(3, 5),
            sublinear_tf=True,
            preprocessor=text_fold,
        )
        index = FactorIndex(
            version=version,
            ids=[row[0] for row in rows],
            regions=np.array([row[3] for row in rows], dtype=object),
            dimensions=np.array([row[4] for row in rows], dtype=object),
            word=word,
            char=char,
            word_matrix=word.fit_transform(documents).T.tocsr(),
            char_matrix=char.fit_transform(documents).T.tocsr(),
            names=[row[1] for row in rows],
            documents=[f"{row[1]} | {row[2]}" for row in rows],
            priors=np.array([_prior(row[2], row[5]) for row in rows]),
            spend_positions={
                row[7]: position
                for position, row in enumerate(rows)
                if row[6] == SPEND_SOURCE
            },
        )
        _cache["index"] = index
        logger.info(
            "matcher.index_built", extra={"version": version, "factors": len(rows)}
        )
        return index


class LocalMatcher:
    method = METHOD

    def __init__(self, *, region_penalty: float | None = None) -> None:
        self.region_penalty = (
            region_penalty
            if region_penalty is not None
            else float(settings.MATCH_REGION_PENALTY)
        )

    def match_items(self, items: list[MatchItem]) -> list[MatchResult]:
        index = factor_index()
        results: dict[str, MatchResult] = {}
        groups: dict[str, list[MatchItem]] = {}
        for item in items:
            try:
                dimension = unit_dimension(unit_normalize(item.unit))
            except UnknownUnit:
                results[item.key] = self._none(item, f"Unit {item.unit!r} is unknown.")
                continue
            groups.setdefault(dimension, []).append(item)
        if "currency" in groups:
            groups["currency"] = self._vocabulary(index, groups["currency"], results)
        for dimension, group in groups.items():
            if not group:
                continue
            columns = np.flatnonzero(index.dimensions == dimension)
            if columns.size == 0:
                for item in group:
                    results[item.key] = self._none(
                        item, f"No factor is expressed per {dimension}."
                    )
                continue
            word_columns = index.word_matrix[:, columns]
            char_columns = index.char_matrix[:, columns]
            regions = index.regions[columns]
            priors = index.priors[columns]
            for start in range(0, len(group), _CHUNK):
                chunk = group[start : start + _CHUNK]
                texts = [
                    f"{merchant_normalize(i.description)} {i.category}"
                    if dimension == "currency"
                    else f"{i.description} {i.category}"
                    for i in chunk
                ]
                scores = 0.5 * (index.word.transform(texts) @ word_columns).toarray()
                scores += 0.5 * (index.char.transform(texts) @ char_columns).toarray()
                for row, item in enumerate(chunk):
                    weights = np.where(
                        regions == (item.region or ""), 1.0, self.region_penalty
                    )
                    ranked = scores[row] * weights * priors
                    best = int(np.argmax(ranked))
                    score = float(ranked[best])
                    if dimension == "currency":
                        score *= SPEND_TEXT_DISCOUNT
                    confidence = Decimal(str(round(score, 4)))
                    factor_position = int(columns[best])
                    results[item.key] = MatchResult(
                        key=item.key,
                        factor_id=index.ids[factor_position],
                        confidence=min(confidence, Decimal(1)),
                        method=self.method,
                        rationale=(
                            f"Closest {dimension} factor by text similarity: "
                            f"{index.names[factor_position]}"
                        )[:500],
                    )
        return [results[item.key] for item in items]

    def _vocabulary(
        self, index: FactorIndex, items: list[MatchItem], results: dict
    ) -> list[MatchItem]:
        """Answer the spend lines the vocabulary knows; return the others."""
        rest = []
        for item in items:
            found = vocabulary_match(item.merchant, item.category, item.country)
            if found is None:
                rest.append(item)
                continue
            if found.naics == NO_FACTOR:
                factor_id = None
            else:
                position = index.spend_positions.get(found.naics)
                if position is None:  # the library lacks the code: words decide
                    rest.append(item)
                    continue
                factor_id = index.ids[position]
            results[item.key] = MatchResult(
                key=item.key,
                factor_id=factor_id,
                confidence=found.confidence,
                method=VOCABULARY_METHOD,
                rationale=found.rationale[:500],
            )
        return rest

    def _none(self, item: MatchItem, reason: str) -> MatchResult:
        return MatchResult(
            key=item.key,
            factor_id=None,
            confidence=Decimal(0),
            method=self.method,
            rationale=reason,
        )
