"""Match keys: the normalized identity of an activity, shared by ingestion (which
stores it on each row) and matching (which matches each key once)."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from matching.factors.units import UnknownUnit, unit_normalize

_SPACE = re.compile(r"\s+")


def text_normalize(value: str) -> str:
    return _SPACE.sub(" ", (value or "").strip().lower())


def unit_key(unit: str) -> str:
    try:
        return unit_normalize(unit)
    except UnknownUnit:
        return text_normalize(unit)


def match_key(*, description: str, unit: str, category: str, region: str) -> str:
    return _match_key(description, unit, category, region)


@lru_cache(maxsize=65536)
def _match_key(description: str, unit: str, category: str, region: str) -> str:
    """md5 of the normalized (description, unit, category, region) of an activity.

    Region is part of the key because the same words mean a DESNZ factor for a UK
    activity and an EPA factor for a US one.
    """
    parts = (
        text_normalize(description),
        unit_key(unit),
        text_normalize(category),
        (region or "").upper(),
    )
    return hashlib.md5("\x1f".join(parts).encode(), usedforsecurity=False).hexdigest()
