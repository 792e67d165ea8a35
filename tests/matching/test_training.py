"""The model's fit and its two readings of a row (matching.service.training)."""

import numpy as np

from matching.service.model import (
    FEATURES,
    FIELD_FEATURES,
    Scored,
    confidence_inputs,
    feature_weights,
)
from matching.service.training import Example, fit

ROW = [FEATURES.index("row_sim"), FEATURES.index("row_gap")]
FIELD = [FEATURES.index(name) for name in FIELD_FEATURES]


def scored(features: np.ndarray) -> Scored:
    return Scored(features, None, None, {}, {})


def test_the_two_readings_agreeing_carry_both_parts_and_parting_drops_one():
    features = np.zeros((3, len(FEATURES)))
    features[0, FEATURES.index("class_sim")] = 0.9  # the fields point at code 0
    features[1, FEATURES.index("row_sim")] = 0.8  # the row read whole at code 1
    weights = feature_weights({"class_sim": 1.0, "row_sim": 2.0})
    field_weights = feature_weights({"class_sim": 1.0})

    parting = confidence_inputs(features, weights, field_weights)
    features[0, FEATURES.index("row_sim")] = 0.85  # now the row agrees: code 0
    agreeing = confidence_inputs(features, weights, field_weights)

    size = 2 + len(FEATURES) + 2 + len(FIELD_FEATURES) + 1
    assert parting.shape == agreeing.shape == (size,)
    assert parting[-1] == 0.0 and not parting[2 + len(FEATURES) : -1].any()
    assert agreeing[-1] == 1.0
    assert agreeing[2 + len(FEATURES)] == 0.9  # the fields reading's own score


def test_fit_learns_which_evidence_names_the_right_code_and_fields_only_skip_the_row():
    rng = np.random.default_rng(7)
    publishers = {}
    for name in ("a", "b", "c"):
        examples = []
        for _ in range(40):
            features = rng.uniform(0.0, 0.5, size=(30, len(FEATURES)))
            right = np.zeros(30, dtype=bool)
            right[rng.integers(30)] = True
            features[right, FEATURES.index("class_sim")] += 0.3  # the signal
            examples.append(Example(scored(features), right, 1 / 40))
        publishers[name] = examples

    parameters = fit(publishers)

    weights = parameters["weights"]
    assert weights["class_sim"] == max(weights.values())
    assert all(
        parameters["field_weights"][name] == 0.0 for name in ("row_sim", "row_gap")
    )
    assert parameters["rows"] == 120
    # The calibration's monotone map is a probability.
    assert 0.0 <= min(parameters["isotonic_y"]) <= max(parameters["isotonic_y"]) <= 1.0
