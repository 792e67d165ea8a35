"""An organization's confirmed decisions as labelled examples for the model.

Every decision a person made (an override, an accepted review, a group or an
account mapping) is an example of that organization: a new line whose words are
close to it (cosine >= MATCH_MODEL_EXAMPLE_SIMILARITY, same unit dimension) takes
its factor, with the reason "like '…' you confirmed on …". Examples are read per
request for the organization the request names, never another's, and cached in
the service process until that organization's decisions change. A withdrawn
example (`example_withdrawn_at`) no longer teaches.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from django.db.models import Count, Max

from matching.factors.units import UnknownUnit, unit_dimension, unit_normalize
from matching.selectors import match_example_list
from matching.service.encoder import encoder
from matching.vocabulary import merchant_normalize

_lock = threading.Lock()
_cache: dict[str, tuple[tuple, Examples]] = {}


@dataclass(frozen=True)
class Example:
    description: str
    category: str
    factor_id: object
    dimension: str
    decided_at: datetime


@dataclass(frozen=True)
class Examples:
    examples: list[Example]
    vectors: np.ndarray


def example_text(description: str, category: str) -> str:
    merchant = merchant_normalize(description)
    return " | ".join(part for part in (merchant, (category or "").strip()) if part)


def _dimension(unit: str) -> str:
    try:
        return unit_dimension(unit_normalize(unit))
    except UnknownUnit:
        return ""


def organization_examples(organization_id) -> Examples:
    """The organization's current examples, embedded (cached while unchanged)."""
    state = match_example_list(organization=organization_id).aggregate(
        count=Count("pk"), latest=Max("updated_at")
    )
    version = (state["count"], state["latest"])
    key = str(organization_id)
    with _lock:
        cached = _cache.get(key)
        if cached is not None and cached[0] == version:
            return cached[1]
    examples = [
        Example(
            description=row["description"],
            category=row["category"],
            factor_id=row["factor_id"],
            dimension=_dimension(row["unit"]),
            decided_at=row["updated_at"],
        )
        for row in match_example_list(organization=organization_id).values(
            "description", "category", "factor_id", "unit", "updated_at"
        )
    ]
    texts = [example_text(e.description, e.category) for e in examples]
    vectors = encoder().encode(texts) if texts else np.zeros((0, 384), np.float32)
    found = Examples(examples, vectors)
    with _lock:
        _cache[key] = (version, found)
    return found
