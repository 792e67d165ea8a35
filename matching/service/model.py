"""The AI matching service's model: sentence embeddings over a knowledge index, a
learned scorer and a calibrated confidence.

Spend lines (a currency) are ranked over the EPA Supply Chain NAICS-6 factors. Each
NAICS code is known by its factor title, the Census NAICS index entries and
description of that code, and the MCC titles our table maps to it
(matching.knowledge). Every text field of the row (merchant or description, ledger
category / GL account, merchant type or MCC, supplier), and the row read whole, is
embedded and compared with every phrase; a code's similarity for a field is its best
phrase. A category value whose rows' names point elsewhere (a patient group, a
contract type) is weighed less (class_trust, read from a sample of the upload's
rows carrying it). A linear scorer over those similarities, the closest labelled
ledger account and the spend vocabulary (a weak signal) ranks the codes; an MCC our table maps
decides the code. The confidence compares that ranking with a second one of the
fields read one by one (confidence_inputs). The two weight sets and the confidence
calibration (Platt, then isotonic, on out-of-publisher predictions over labelled
rows of six publishers) come from `data/model.json`, the
ledger accounts from `data/ledger_examples.csv`, both written by
`bench/matching_quality.py --write-model`.

An organization's own decisions come first (matching.service.examples): a line
close to one it confirmed takes that factor.

Activity lines (kWh, litres, km...) are ranked over the factors of the same unit
dimension by the mean of the embedding cosine and the local TF-IDF score, with the
local matcher's region and supplementary-factor weights.

`confidence` is the calibrated probability that the factor is right; the platform
marks a model answer `matched` at AI_MATCHING_CONFIDENCE_THRESHOLD (ARCHITECTURE.md,
ADR-4.4d).
"""

from __future__ import annotations

import csv
import json
import logging
import threading
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import numpy as np
from django.conf import settings

from matching import knowledge
from matching.ai.items import CLASS_SAMPLE
from matching.factors.models import EmissionFactor
from matching.factors.units import UnknownUnit, unit_dimension, unit_normalize
from matching.matchers.base import (
    MODEL_METHOD,
    Alternative,
    MatchItem,
    MatchResult,
)
from matching.matchers.local import SPEND_SOURCE, factor_index, library_version
from matching.service.encoder import embeddings_cached, encoder
from matching.service.examples import example_text, organization_examples
from matching.vocabulary import NO_FACTOR, merchant_normalize, vocabulary_match

logger = logging.getLogger(__name__)

MODEL_FILE = Path(__file__).resolve().parent / "data" / "model.json"
# Fields are read in two groups, so what is learned on one publisher's columns
# carries to another's: class fields name a kind of spend (a ledger category or GL
# account, a merchant type), name fields name a party (merchant, description,
# supplier). Per group: the best field's cosine for a code, and its gap to that
# field's best code (0 where the field's own first choice is this code).
CLASS_FIELDS = ("category", "merchant_type")
NAME_FIELDS = ("description", "supplier")
# Labelled ledger accounts (data/ledger_examples.csv: the category values of the
# publishers the model was fitted on, with the codes an analyst accepts) are a
# third source: a class field close to one of them points at its codes.
NAME_KINDS = ("brand", "instance", "product")
FEATURES = (
    "class_sim",
    "class_gap",
    "name_sim",
    "name_gap",
    "class_example",
    "vocabulary",
    "row_sim",
    "row_gap",
)
# The fields read one by one, without the row read whole: a second reading the
# confidence compares with the model's (confidence_inputs).
FIELD_FEATURES = FEATURES[:6]
_ROW_SIM, _ROW_GAP = FEATURES.index("row_sim"), FEATURES.index("row_gap")
EXAMPLES_FILE = Path(__file__).resolve().parent / "data" / "ledger_examples.csv"
_CHUNK = 256
# A ledger's category column names a kind of spend in most ledgers, not in all: a
# patient group ("Adult", "Pediatric") or a contract type ("Contract") names none,
# and its words would pull every row to an unrelated code. How far a category value
# is trusted is read from the upload (class_trust): the share of a sample of its
# rows (matching.ai.items.class_samples) whose names reading (merchant or
# description, supplier, the row whole, the vocabulary) has the category's own
# first code among its first TRUST_TOP codes. The category's evidence is scaled by
# that share, and a value trusted less than half is left out of the row read whole.
TRUST_TOP = 150
# Below this share a category is left out of the row read whole, and its reason says so.
_SET_ASIDE = 0.5


@dataclass(frozen=True)
class Candidate:
    naics: str
    score: float
    reason: str


@dataclass
class Scored:
    """One spend item's features over every code, and its ranking."""

    features: np.ndarray  # codes x FEATURES
    scores: np.ndarray  # codes
    order: np.ndarray  # best first
    texts: dict[str, str]
    best_phrase: dict[str, np.ndarray]  # field -> phrase position per code
    # field -> its text's embedding (the reasons compare it with their phrases)
    vectors: dict[str, np.ndarray] = field(default_factory=dict)
    category_trust: float = 1.0  # the share of the category's evidence kept


def ledger_examples() -> list[tuple[str, tuple[str, ...]]]:
    if not EXAMPLES_FILE.exists():
        return []
    with EXAMPLES_FILE.open(newline="", encoding="utf-8") as handle:
        return [
            (row["value"], tuple(row["acceptable_naics"].split()))
            for row in csv.DictReader(handle)
        ]


def feature_weights(named: dict[str, float]) -> np.ndarray:
    """A weight per FEATURES entry (0 for a feature the weights do not name)."""
    return np.array([float(named.get(f, 0.0)) for f in FEATURES])


def model_parameters() -> dict:
    with MODEL_FILE.open(encoding="utf-8") as handle:
        return json.load(handle)


_NAMES_READING = np.array(
    [
        1.0 if f in {"name_sim", "name_gap", "vocabulary", "row_sim", "row_gap"} else 0
        for f in FEATURES
    ]
)


def ranking(features: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    scores = features @ weights
    return scores, np.argsort(-scores)


def confidence_inputs(
    features: np.ndarray, weights: np.ndarray, field_weights: np.ndarray
) -> np.ndarray:
    """What the calibration reads of an answer, from two readings of the row: the
    model's (every field, and the row read whole) and the fields read one by one
    (FIELD_FEATURES). Of each: its first code's score, its margin over the second,
    and the first code's features (which evidence carried it); the second reading's
    part only where both choose the same code, and whether they do. A ledger unlike
    the ones the model learned from shows up as the two readings parting ways."""
    scores, order = ranking(features, weights)
    field_scores, field_order = ranking(features, field_weights)
    first, second = int(order[0]), int(order[1])
    field_first, field_second = int(field_order[0]), int(field_order[1])
    agree = float(first == field_first)
    fields = [FEATURES.index(f) for f in FIELD_FEATURES]
    return np.r_[
        scores[first],
        scores[first] - scores[second],
        features[first],
        agree
        * np.r_[
            field_scores[field_first],
            field_scores[field_first] - field_scores[field_second],
            features[field_first, fields],
        ],
        agree,
    ]


class Calibration:
    """P(right | confidence inputs): Platt scaling, then an isotonic map."""

    def __init__(self, data: dict) -> None:
        self.coef = np.array(data["platt_coef"], dtype=np.float64)
        self.intercept = float(data["platt_intercept"])
        self.x = np.array(data["isotonic_x"], dtype=np.float64)
        self.y = np.array(data["isotonic_y"], dtype=np.float64)

    def probability(self, inputs: np.ndarray) -> np.ndarray:
        z = inputs @ self.coef + self.intercept
        return np.interp(1.0 / (1.0 + np.exp(-z)), self.x, self.y)


class KnowledgeIndex:
    """Phrases of every spend code, embedded; factors of every other dimension."""

    def __init__(self, version: str, directory: Path) -> None:
        self.version = version
        rows = list(
            EmissionFactor.objects.current()
            .filter(source=SPEND_SOURCE)
            .order_by("external_id")
            .values_list("external_id", "id", "name")
        )
        self.codes = [row[0] for row in rows]
        self.code_position = {code: i for i, code in enumerate(self.codes)}
        self.factor_ids = [row[1] for row in rows]
        self.factor_names = [row[2] for row in rows]
        kinds = set(settings.MATCH_MODEL_PHRASE_KINDS)
        self.phrases = [
            p for p in knowledge.phrases(set(self.codes)) if p.kind in kinds
        ]
        # Each code's own title always, even when the taxonomy lacks it.
        have = {p.naics for p in self.phrases}
        extra = [
            knowledge.Phrase(code, name, "title")
            for code, name in zip(self.codes, self.factor_names, strict=True)
            if code not in have
        ]
        self.phrases = sorted(self.phrases + extra, key=lambda p: p.naics)
        texts = [p.text for p in self.phrases]
        self.phrase_vectors = embeddings_cached(texts, directory=directory)
        phrase_codes = np.array([self.code_position[p.naics] for p in self.phrases])
        self.starts = np.flatnonzero(np.r_[True, phrase_codes[1:] != phrase_codes[:-1]])
        assert len(self.starts) == len(self.codes)
        self.phrase_count = len(texts)
        # Brand names (an airline, a hotel chain), the single things an index
        # entry lists as its examples ("tablets", "coal") and the products of its
        # manufacturing entries ("HIV test kits") name what a merchant sells or a
        # line bought, not a kind of spend: they say nothing to a class field.
        self.brand = np.array([p.kind in NAME_KINDS for p in self.phrases])

    def field_similarity(
        self, vectors: np.ndarray, *, names: bool = True
    ) -> tuple[np.ndarray, np.ndarray]:
        """Per code, the best phrase's cosine and that phrase's position."""
        sims = vectors @ self.phrase_vectors.T
        if not names:
            sims[:, self.brand] = -1.0
        best = np.maximum.reduceat(sims, self.starts, axis=1)
        # The arg of each segment's max: the first phrase reaching it.
        positions = np.zeros(best.shape, dtype=np.int64)
        for code, start in enumerate(self.starts):
            end = (
                self.starts[code + 1] if code + 1 < len(self.starts) else sims.shape[1]
            )
            positions[:, code] = start + np.argmax(sims[:, start:end], axis=1)
        return best, positions


_lock = threading.Lock()
_cache: dict[str, KnowledgeIndex] = {}


def knowledge_index() -> KnowledgeIndex:
    """The index of the current library, built (or read from .data/) once per
    library version per process."""
    version = library_version()
    with _lock:
        cached = _cache.get("index")
        if cached is None or cached.version != version:
            cached = KnowledgeIndex(version, Path(settings.DATA_DIR) / "knowledge")
            _cache["index"] = cached
        return cached


def decide(
    items: list[MatchItem],
    scored: list[Scored],
    weights: np.ndarray,
    field_weights: np.ndarray,
    calibration: Calibration,
) -> list[tuple[int | None, float]]:
    """Each item's code (None: no factor applies) and the probability it is right.

    An MCC our table maps is taken as the code (the table is what an analyst would
    answer for that merchant type); it is confirmed (0.95) unless the row's own
    words point elsewhere with a confidence of their own at or above the matched
    threshold, then it goes to review (0.5)."""
    index = knowledge_index()
    threshold = float(settings.AI_MATCHING_CONFIDENCE_THRESHOLD)
    inputs = []
    for s in scored:
        s.scores, s.order = ranking(s.features, weights)
        inputs.append(confidence_inputs(s.features, weights, field_weights))
    probability = calibration.probability(np.array(inputs))
    mccs = knowledge.mcc_table()
    decided = []
    for item, s, p in zip(items, scored, probability, strict=True):
        own = int(s.order[0])
        rule = mccs.get(knowledge.mcc_normalize(merchant_type_of(item)))
        if rule is None or (
            rule.naics != NO_FACTOR and rule.naics not in index.code_position
        ):
            decided.append((own, float(p)))
            continue
        if rule.naics == NO_FACTOR:
            decided.append((None, 0.95))
            continue
        code = index.code_position[rule.naics]
        contradicted = code != own and p >= threshold
        decided.append((code, 0.5 if contradicted else 0.95))
    return decided


def merchant_type_of(item: MatchItem) -> str:
    """The row's merchant type: its own field, else a category that is a bare
    4-digit code (ingestion reads an MCC column as the category)."""
    if item.merchant_type:
        return item.merchant_type
    category = item.category.strip()
    return category if len(category) == 4 and category.isdigit() else ""


def _texts(item: MatchItem) -> dict[str, str]:
    merchant_type = merchant_type_of(item)
    category = (
        ""
        if merchant_type and merchant_type == item.category.strip()
        else item.category
    )
    mcc = knowledge.mcc_normalize(merchant_type)
    if mcc:
        merchant_type = knowledge.mcc_titles().get(mcc, "")
    supplier = (
        item.supplier if item.supplier.lower() != item.description.lower() else ""
    )
    return {
        "description": merchant_normalize(item.description),
        "category": category.strip(),
        "merchant_type": merchant_type.strip(),
        "supplier": merchant_normalize(supplier),
    }


def _row_text(row: dict[str, str]) -> str:
    """The row's fields read together, each in the context of the others (only
    where the row has more than one field)."""
    present = [text for text in row.values() if text]
    return "; ".join(present) if len(present) > 1 else ""


class ModelMatcher:
    method = MODEL_METHOD

    def __init__(
        self,
        parameters: dict | None = None,
        examples: list[tuple[str, tuple[str, ...]]] | None = None,
    ) -> None:
        self.examples = ledger_examples() if examples is None else examples
        data = parameters or model_parameters()
        self.weights = feature_weights(data["weights"])
        self.field_weights = feature_weights(data["field_weights"])
        self.calibration = Calibration(data)
        self.parameters = data
        self._codes: list[np.ndarray] = []  # _example_codes, for _codes_for
        self._codes_for: str | None = None
        self._trust: dict[tuple, float] = {}  # class_trust, by value and sample

    # -- spend -------------------------------------------------------------------
    def _example_similarity(self, vectors: np.ndarray, index) -> np.ndarray | None:
        """Per text and code, the cosine of the closest labelled ledger account
        whose accepted codes include the code."""
        if not self.examples or not len(vectors):
            return None
        example_vectors = encoder().encode([text for text, _ in self.examples])
        sims = vectors @ example_vectors.T
        out = np.zeros((len(vectors), len(index.codes)), dtype=np.float32)
        for e, codes in enumerate(self._example_codes(index)):
            out[:, codes] = np.maximum(out[:, codes], sims[:, e : e + 1])
        return out

    def _example_codes(self, index: KnowledgeIndex) -> list[np.ndarray]:
        """Per labelled ledger account, the positions of the codes it accepts (once
        per library version)."""
        if self._codes_for != index.version:
            self._codes = [
                np.array(
                    [
                        i
                        for i, code in enumerate(index.codes)
                        if code.startswith(tuple(prefixes))
                    ],
                    dtype=np.int64,
                )
                for _, prefixes in self.examples
            ]
            self._codes_for = index.version
        return self._codes

    def class_trust(self, classes: dict[str, list[MatchItem]]) -> dict[str, float]:
        """Per category value, how far its evidence is trusted (0 to 1): the share
        of its sample (up to CLASS_SAMPLE rows of the upload carrying it) whose
        names reading has the category's own first code among its first TRUST_TOP
        codes. A value whose rows' names all point elsewhere names no kind of spend.
        Remembered per library version, value and sample."""
        index = knowledge_index()
        trust, todo = {}, {}
        for raw, given in classes.items():
            value = raw.strip()
            sample = [i for i in given if i.description.strip()][:CLASS_SAMPLE]
            if not value or not sample:
                continue
            key = (
                index.version,
                value,
                tuple((i.description, i.supplier, i.merchant_type) for i in sample),
            )
            if key in self._trust:
                trust[value] = self._trust[key]
            else:
                todo[value] = (key, sample)
        if not todo:
            return trust
        values = list(todo)
        firsts = np.argmax(
            index.field_similarity(encoder().encode(values), names=False)[0], axis=1
        )
        rows = [item for value in values for item in todo[value][1]]
        # The row read whole keeps its category here: without it a ledger's
        # merchant names alone (often unknown) outvote a good account (measured:
        # every council publisher below its targets).
        readings = iter(self.score_spend(rows))
        for value, first in zip(values, firsts, strict=True):
            key, sample = todo[value]
            near = [
                int(first)
                in np.argsort(-(next(readings).features @ _NAMES_READING))[:TRUST_TOP]
                for _ in sample
            ]
            trust[value] = self._trust[key] = float(np.mean(near))
        if len(self._trust) > 50_000:
            self._trust.clear()
        return trust

    def score_spend(
        self, items: list[MatchItem], trust: dict[str, float] | None = None
    ) -> list[Scored]:
        """Each item's features over every code. `trust`: per category value, the
        share of its evidence kept (class_trust; 1 for a value it does not name)."""
        trust = trust or {}
        index = knowledge_index()
        texts = [_texts(item) for item in items]
        # A category mostly set aside is left out of the row read whole too.
        rows_text = [
            _row_text(
                {**row, "category": ""}
                if trust.get(row["category"], 1.0) < _SET_ASIDE
                else row
            )
            for row in texts
        ]
        # A text is compared as a name or as a class, by the field it came from;
        # the whole row as a name.
        unique = sorted(
            {
                (text, name in NAME_FIELDS)
                for row in texts
                for name, text in row.items()
                if text
            }
            | {(text, True) for text in rows_text if text}
        )
        position = {entry: i for i, entry in enumerate(unique)}
        vectors = (
            encoder().encode([text for text, _ in unique])
            if unique
            else np.zeros((0, 384))
        )
        best = np.zeros((len(unique), len(index.codes)), dtype=np.float32)
        phrase_at = np.zeros((len(unique), len(index.codes)), dtype=np.int64)
        names = np.array([name for _, name in unique], dtype=bool)
        for start in range(0, len(unique), _CHUNK):
            for kind in (True, False):
                rows = np.flatnonzero(names[start : start + _CHUNK] == kind) + start
                if rows.size:
                    best[rows], phrase_at[rows] = index.field_similarity(
                        vectors[rows], names=kind
                    )

        example_sims = self._example_similarity(vectors, index)
        scored = []
        for item, row, whole in zip(items, texts, rows_text, strict=True):
            features = np.zeros((len(index.codes), len(FEATURES)), dtype=np.float32)
            if whole:
                sims = best[position[(whole, True)]]
                features[:, _ROW_SIM] = sims
                features[:, _ROW_GAP] = sims - sims.max()
            phrases = {}
            for group, column in ((CLASS_FIELDS, 0), (NAME_FIELDS, 2)):
                present = [f for f in group if row[f]]
                if not present:
                    continue
                at = [position[(row[f], f in NAME_FIELDS)] for f in present]
                kept = np.array(
                    [
                        trust.get(row[f], 1.0) if f == "category" else 1.0
                        for f in present
                    ],
                    dtype=np.float32,
                )[:, None]
                sims = np.stack([best[i] for i in at]) * kept
                features[:, column] = sims.max(axis=0)
                features[:, column + 1] = (sims - sims.max(axis=1, keepdims=True)).max(
                    axis=0
                )
                if column == 0 and example_sims is not None:
                    features[:, 4] = (
                        np.stack([example_sims[i] for i in at]) * kept
                    ).max(axis=0)
                for f, i in zip(present, at, strict=True):
                    phrases[f] = phrase_at[i]
            said = vocabulary_match(item.merchant, item.category, item.country)
            if said is not None and said.naics in index.code_position:
                features[
                    index.code_position[said.naics], FEATURES.index("vocabulary")
                ] = float(said.confidence)
            scores, order = ranking(features, self.weights)
            scored.append(
                Scored(
                    features,
                    scores,
                    order,
                    row,
                    phrases,
                    {f: vectors[position[(row[f], f in NAME_FIELDS)]] for f in phrases},
                    trust.get(row["category"], 1.0) if row["category"] else 1.0,
                )
            )
        return scored

    def _spend_results(
        self, items: list[MatchItem], trust: dict[str, float]
    ) -> list[MatchResult]:
        index = knowledge_index()
        scored = self.score_spend(items, trust)
        decided = decide(
            items, scored, self.weights, self.field_weights, self.calibration
        )
        mccs = knowledge.mcc_table()
        threshold = float(settings.AI_MATCHING_CONFIDENCE_THRESHOLD)
        results = []
        for item, s, (code, p) in zip(items, scored, decided, strict=True):
            if code is None:
                rule = mccs[knowledge.mcc_normalize(merchant_type_of(item))]
                results.append(
                    MatchResult(
                        key=item.key,
                        factor_id=None,
                        confidence=Decimal(str(p)),
                        method=self.method,
                        rationale=f"Merchant type {merchant_type_of(item)}: {rule.reason}.",
                    )
                )
                continue
            results.append(
                MatchResult(
                    key=item.key,
                    factor_id=index.factor_ids[code],
                    confidence=Decimal(str(round(float(p), 4))),
                    method=self.method,
                    rationale=self.reason(item, s, code, index)[:500],
                    alternatives=(
                        self._alternatives(item, s, code, index)
                        if p < threshold
                        else ()
                    ),
                )
            )
        return results

    def _alternatives(
        self, item: MatchItem, scored: Scored, code: int, index: KnowledgeIndex
    ) -> tuple[Alternative, ...]:
        """A line for review offers two more codes, the next best, each with its
        reason (a category set aside is said once, in the proposed one's)."""
        others = [int(c) for c in scored.order[:3] if int(c) != code][:2]
        return tuple(
            Alternative(
                factor_id=index.factor_ids[other],
                reason=self.reason(item, scored, other, index, trust_said=False)[:500],
            )
            for other in others
        )

    def reason(
        self,
        item: MatchItem,
        scored: Scored,
        code: int,
        index: KnowledgeIndex | None = None,
        *,
        trust_said: bool = True,
    ) -> str:
        """Why this code: the fields that point to it and the phrase each matched;
        first, unless `trust_said` is False, a category set aside."""
        index = index or knowledge_index()
        parts = []
        for name, at in scored.best_phrase.items():
            phrase = index.phrases[int(at[code])]
            vector = scored.vectors.get(name)
            if vector is None:
                vector = encoder().encode([scored.texts[name]])[0]
            sim = float(index.phrase_vectors[int(at[code])] @ vector)
            if sim >= 0.4:
                parts.append(
                    f'{name.replace("_", " ")} "{scored.texts[name]}" ~ '
                    f'"{phrase.text}" ({phrase.kind}, {sim:.2f})'
                )
        rule = knowledge.mcc_table().get(
            knowledge.mcc_normalize(merchant_type_of(item))
        )
        if rule is not None and rule.naics == index.codes[code]:
            parts.append(f"MCC {merchant_type_of(item)}: {rule.reason}")
        if scored.features[code, FEATURES.index("vocabulary")]:
            parts.append("the spend vocabulary agrees")
        if trust_said and scored.category_trust < _SET_ASIDE:
            # First: a review line's reason is cut to make room for two more.
            parts.insert(
                0,
                f'category "{scored.texts["category"]}" weighed at '
                f"{scored.category_trust:.0%} (its rows' names point elsewhere)",
            )
        said = "; ".join(parts) or "closest by meaning"
        return f"NAICS {index.codes[code]} {index.factor_names[code]}: {said}."

    def candidates(self, item: MatchItem, count: int = 3) -> list[Candidate]:
        """The best codes for a spend line, each with its reason (review)."""
        index = knowledge_index()
        scored = self.score_spend([item])[0]
        return [
            Candidate(
                naics=index.codes[int(code)],
                score=float(scored.scores[code]),
                reason=self.reason(item, scored, int(code), index),
            )
            for code in scored.order[:count]
        ]

    # -- activities ----------------------------------------------------------------
    def _activity_results(
        self, dimension: str, items: list[MatchItem]
    ) -> list[MatchResult]:
        local = factor_index()
        columns = np.flatnonzero(local.dimensions == dimension)
        if columns.size == 0:
            return [
                self._none(item, f"No factor is expressed per {dimension}.")
                for item in items
            ]
        documents = [local.documents[c] for c in columns]
        factor_vectors = embeddings_cached(
            documents, directory=Path(settings.DATA_DIR) / "knowledge"
        )
        texts = [f"{i.description} {i.category}".strip() for i in items]
        vectors = encoder().encode(texts)
        semantic = vectors @ factor_vectors.T
        lexical = (
            0.5
            * (local.word.transform(texts) @ local.word_matrix[:, columns]).toarray()
            + 0.5
            * (local.char.transform(texts) @ local.char_matrix[:, columns]).toarray()
        )
        scores = 0.5 * semantic + 0.5 * lexical
        penalty = float(settings.MATCH_REGION_PENALTY)
        threshold = float(settings.AI_MATCHING_CONFIDENCE_THRESHOLD)

        def why(position: int) -> str:
            return (
                f"Closest {dimension} factor by meaning and words: "
                f"{local.names[position]}"
            )[:500]

        results = []
        for row, item in enumerate(items):
            weights = np.where(
                local.regions[columns] == (item.region or ""), 1.0, penalty
            )
            ranked = scores[row] * weights * local.priors[columns]
            order = np.argsort(-ranked, kind="stable")[:3]
            position = int(columns[order[0]])
            confidence = max(0.0, min(1.0, float(ranked[order[0]])))
            results.append(
                MatchResult(
                    key=item.key,
                    factor_id=local.ids[position],
                    confidence=Decimal(str(round(confidence, 4))),
                    method=self.method,
                    rationale=why(position),
                    alternatives=tuple(
                        Alternative(
                            factor_id=local.ids[int(columns[o])],
                            reason=why(int(columns[o])),
                        )
                        for o in order[1:]
                    )
                    if confidence < threshold
                    else (),
                )
            )
        return results

    # -- the matcher interface --------------------------------------------------------
    def match_items(
        self,
        items: list[MatchItem],
        *,
        organization=None,
        classes: dict[str, list[MatchItem]] | None = None,
    ) -> list[MatchResult]:
        """`classes`: per category value, a sample of the upload's items carrying it
        (class_samples over the whole upload), which its trust is read from; a
        value without one is trusted."""
        results: dict[str, MatchResult] = {}
        groups: dict[str, list[MatchItem]] = {}
        dimensions = {}
        for item in items:
            try:
                dimensions[item.key] = unit_dimension(unit_normalize(item.unit))
            except UnknownUnit:
                results[item.key] = self._none(item, f"Unit {item.unit!r} is unknown.")
        if organization:
            results.update(self._like_confirmed(items, dimensions, organization))
        for item in items:
            if item.key not in results:
                groups.setdefault(dimensions[item.key], []).append(item)
        for dimension, group in groups.items():
            if dimension == "currency":
                wanted = {item.category.strip() for item in group}
                found = self._spend_results(
                    group,
                    self.class_trust(
                        {v: s for v, s in (classes or {}).items() if v in wanted}
                    ),
                )
            else:
                found = self._activity_results(dimension, group)
            results.update((r.key, r) for r in found)
        return [results[item.key] for item in items]

    def _like_confirmed(
        self, items: list[MatchItem], dimensions: dict, organization
    ) -> dict[str, MatchResult]:
        """Lines close to one the organization confirmed take its factor."""
        found = organization_examples(organization)
        if not found.examples:
            return {}
        wanted = [item for item in items if item.key in dimensions]
        texts = [example_text(item.description, item.category) for item in wanted]
        sims = encoder().encode(texts) @ found.vectors.T
        floor = float(settings.MATCH_MODEL_EXAMPLE_SIMILARITY)
        matched = float(settings.AI_MATCHING_CONFIDENCE_THRESHOLD)
        answers = {}
        for row, item in enumerate(wanted):
            same_unit = np.array(
                [e.dimension == dimensions[item.key] for e in found.examples]
            )
            scores = np.where(same_unit, sims[row], -1.0)
            best = int(np.argmax(scores))
            if scores[best] < floor:
                continue
            example = found.examples[best]
            shown = example.description or example.category
            answers[item.key] = MatchResult(
                key=item.key,
                factor_id=example.factor_id,
                # The organization's own decision: matched, whatever the model says.
                confidence=Decimal(
                    str(round(max(matched, min(0.99, scores[best])), 4))
                ),
                method=self.method,
                rationale=(
                    f"Like '{shown}' you confirmed on "
                    f"{example.decided_at:%Y-%m-%d} (similarity {scores[best]:.2f})."
                )[:500],
            )
        return answers

    def _none(self, item: MatchItem, reason: str) -> MatchResult:
        return MatchResult(
            key=item.key,
            factor_id=None,
            confidence=Decimal(0),
            method=self.method,
            rationale=reason,
        )
