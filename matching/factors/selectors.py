from __future__ import annotations

from uuid import UUID

from django.db.models import QuerySet

from carbon.filters import filter_queryset
from matching.factors.filters import EmissionFactorFilter
from matching.factors.models import EmissionFactor


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
