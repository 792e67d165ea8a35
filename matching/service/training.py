"""Fitting the model's scorer and its confidence calibration on labelled spend rows
(bench/matching_quality.py does it leave one publisher out, and writes the fit on
all publishers to data/model.json)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression

from matching.service.model import (
    FEATURES,
    FIELD_FEATURES,
    Scored,
    confidence_inputs,
    ranking,
)

_NEGATIVES = 40


@dataclass(frozen=True)
class Example:
    scored: Scored
    right: np.ndarray  # bool per code: an analyst accepts it
    weight: float = 1.0  # publishers weigh the same, however many keys each has


def right_codes(codes: list[str], acceptable: tuple[str, ...]) -> np.ndarray:
    return np.array(
        [any(code.startswith(prefix) for prefix in acceptable) for code in codes]
    )


def _top(examples: list[Example], weights: np.ndarray, field_weights: np.ndarray):
    """Per example: the calibration inputs of its first choice, and whether it is
    right."""
    inputs, right = [], []
    for example in examples:
        features = example.scored.features
        inputs.append(confidence_inputs(features, weights, field_weights))
        right.append(bool(example.right[ranking(features, weights)[1][0]]))
    return np.array(inputs), np.array(right)


def _weights(examples: list[Example], names: tuple[str, ...] = FEATURES) -> np.ndarray:
    """Logistic regression of "an analyst accepts this code" over the features
    `names`, on each example's accepted codes and its strongest wrong ones (under
    equal weights, then again under the first fit's). A weight per FEATURES entry,
    0 outside `names`."""
    columns = [FEATURES.index(name) for name in names]
    weights = np.zeros(len(FEATURES))
    weights[columns] = 1.0
    for _ in range(2):
        rows, labels, sample_weight = [], [], []
        for example in examples:
            if not example.right.any():
                continue
            features = example.scored.features
            scores = features @ weights
            wrong = np.flatnonzero(~example.right)
            hardest = wrong[np.argsort(-scores[wrong])[:_NEGATIVES]]
            right = np.flatnonzero(example.right)
            rows.append(features[right][:, columns])
            labels.append(np.ones(len(right)))
            sample_weight.append(np.full(len(right), example.weight / len(right)))
            rows.append(features[hardest][:, columns])
            labels.append(np.zeros(len(hardest)))
            sample_weight.append(np.full(len(hardest), example.weight / len(hardest)))
        weight = np.concatenate(sample_weight)
        model = LogisticRegression(C=10.0, max_iter=2000)
        model.fit(
            np.vstack(rows),
            np.concatenate(labels),
            sample_weight=weight * len(weight) / weight.sum(),
        )
        weights = np.zeros(len(FEATURES))
        weights[columns] = model.coef_[0]
    return weights


def _named(weights: np.ndarray) -> dict[str, float]:
    return dict(zip(FEATURES, map(float, weights), strict=True))


def fit(publishers: dict[str, list[Example]]) -> dict:
    """The model's weights and the fields-only reading's, fitted on every publisher
    given; the confidence calibrated on out-of-publisher predictions (each publisher
    scored by weights fitted on the others), so it says how often the model is right
    on a ledger it has not seen, not on the ones it learned from. Platt over the
    confidence inputs, then isotonic."""
    examples = [e for group in publishers.values() for e in group]
    inputs, rights, balance = [], [], []
    for name, group in publishers.items():
        others = [e for other, g in publishers.items() if other != name for e in g]
        found, right = _top(
            group,
            _weights(others or group),
            _weights(others or group, FIELD_FEATURES),
        )
        inputs.append(found)
        rights.append(right)
        balance.append(np.array([e.weight for e in group]))
    inputs = np.concatenate(inputs)
    right, balance = np.concatenate(rights), np.concatenate(balance)
    balance = balance * len(balance) / balance.sum()
    platt = LogisticRegression(C=1.0, max_iter=3000)
    platt.fit(inputs, right, sample_weight=balance)
    raw = platt.predict_proba(inputs)[:, 1]
    isotonic = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip")
    isotonic.fit(raw, right, sample_weight=balance)
    return {
        "weights": _named(_weights(examples)),
        "field_weights": _named(_weights(examples, FIELD_FEATURES)),
        "platt_coef": [float(c) for c in platt.coef_[0]],
        "platt_intercept": float(platt.intercept_[0]),
        "isotonic_x": [float(x) for x in isotonic.X_thresholds_],
        "isotonic_y": [float(y) for y in isotonic.y_thresholds_],
        "rows": len(examples),
    }
