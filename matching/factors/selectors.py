from __future__ import annotations

from uuid import UUID

from django.db.models import QuerySet

from carbon.core.filters import filter_queryset
from carbon.core.ids import id_parse
from matching.factors.filters import EmissionFactorFilter
from matching.factors.models import EmissionFactor


def emission_factor_list(*, filters=None, current_only: bool = True) -> QuerySet:
    """The factor library is shared by every organization (published data)."""
    factors = EmissionFactor.objects.all()
    if current_only:
        factors = factors.current()
    # Ordered before filtering: a word search orders by its rank instead.
    factors = factors.order_by("source", "name", "external_id")
    return filter_queryset(EmissionFactorFilter, filters, factors)


def emission_factor_get(*, factor_id: UUID | str) -> EmissionFactor:
    """Raises EmissionFactor.DoesNotExist (404), also for an id that is no UUID."""
    return EmissionFactor.objects.get(pk=id_parse(factor_id, model=EmissionFactor))
