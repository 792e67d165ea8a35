from __future__ import annotations

import re
from uuid import UUID

from django.db.models import Q, QuerySet

from carbon.filters import filter_queryset
from matching.filters import EmissionFactorFilter
from matching.models import EmissionFactor


def emission_factor_list(*, filters=None, current_only: bool = True) -> QuerySet:
    """The factor library is shared by every organization (published data)."""
    factors = EmissionFactor.objects.all()
    if current_only:
        factors = factors.current()
    return filter_queryset(EmissionFactorFilter, filters, factors).order_by(
        "source", "name", "external_id"
    )


def emission_factor_get(*, factor_id: UUID | str) -> EmissionFactor:
    return EmissionFactor.objects.get(pk=factor_id)


def factor_candidates(*, activity, limit: int = 5) -> list[EmissionFactor]:
    """Factors a reviewer may pick for `activity`: its current factor first, then
    current factors of a convertible unit whose name or category shares a word with
    the description (longest words first)."""
    words = sorted(
        {word for word in re.findall(r"[a-z]{4,}", activity.description.lower())},
        key=len,
        reverse=True,
    )[:4]
    chosen: list[EmissionFactor] = []
    if activity.factor_id is not None:
        chosen.append(activity.factor)
    if words:
        matches = Q()
        for word in words:
            matches |= Q(name__icontains=word) | Q(category_path__icontains=word)
        factors = emission_factor_list(filters={"unit": activity.unit_normalized})
        for factor in factors.filter(matches).exclude(pk=activity.factor_id)[:limit]:
            chosen.append(factor)
    return chosen[:limit]
