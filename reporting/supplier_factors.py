"""Supplier-specific factors: a supplier's own intensity, recorded by the
organization (or the supplier), used for that supplier's lines instead of the
matched factor's value (ARCHITECTURE.md, ADR-4.9).

Recording or deleting one recalculates the organization's results of that
supplier right away, except those dated in a closed period.
"""

from __future__ import annotations

import logging
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction

from accounts import roles
from matching.factors.units import UnknownUnit, unit_dimension, unit_normalize
from matching.vocabulary import merchant_normalize
from reporting.exceptions import SupplierFactorExists
from reporting.models import SupplierFactor
from reporting.services import emissions_recalculate_supplier

logger = logging.getLogger(__name__)


def supplier_factor_list(*, organization, user=None):
    """The organization's supplier factors; a member who may not manage them all (a
    supplier) sees only the ones they recorded."""
    factors = SupplierFactor.objects.for_organization(organization).select_related(
        "created_by"
    )
    if user is not None and not roles.can(user, "manage_all_supplier_factors"):
        factors = factors.filter(created_by=user)
    return factors


def supplier_factor_get(*, organization, user=None, supplier_factor_id):
    """Raises SupplierFactor.DoesNotExist (another organization's, or for a
    supplier-role member one recorded by someone else)."""
    return supplier_factor_list(organization=organization, user=user).get(
        pk=supplier_factor_id
    )


@transaction.atomic
def supplier_factor_record(
    *,
    organization,
    user,
    supplier: str,
    kg_co2e_per_unit: Decimal,
    unit: str,
    year: int,
    source: str,
    url: str = "",
) -> SupplierFactor:
    """Record (or replace) the supplier's factor for the unit's dimension and
    recalculate that supplier's lines. Raises ValidationError (unknown unit,
    a name with no words left) or SupplierFactorExists (a supplier-role member
    replacing a factor someone else recorded)."""
    try:
        unit = unit_normalize(unit)
    except UnknownUnit as exc:
        raise ValidationError({"unit": str(exc)}) from exc
    supplier = supplier.strip()
    supplier_key = merchant_normalize(supplier)
    if not supplier_key:
        raise ValidationError({"supplier": "The name has no words to match on."})
    dimension = unit_dimension(unit)
    factor = (
        SupplierFactor.objects.select_for_update()
        .filter(
            organization=organization, supplier_key=supplier_key, dimension=dimension
        )
        .first()
    )
    if factor is None:
        factor = SupplierFactor(
            organization=organization, supplier_key=supplier_key, dimension=dimension
        )
    elif (
        not roles.can(user, "manage_all_supplier_factors")
        and factor.created_by_id != user.pk
    ):
        raise SupplierFactorExists(
            f"A factor for {factor.supplier} per {factor.unit} is already recorded."
        )
    factor.supplier = supplier
    factor.kg_co2e_per_unit = kg_co2e_per_unit
    factor.unit = unit
    factor.year = year
    factor.source = source
    factor.url = url
    factor.created_by = user
    factor.full_clean(validate_constraints=True)
    factor.save()
    rows = emissions_recalculate_supplier(
        organization=organization, supplier_key=supplier_key
    )
    logger.info(
        "supplier_factor.recorded",
        extra={"supplier_factor_id": str(factor.pk), "rows": rows},
    )
    return factor


@transaction.atomic
def supplier_factor_delete(*, organization, user, supplier_factor_id) -> int:
    """Delete a supplier factor and recalculate its supplier's lines back to the
    industry average (closed periods excepted); returns rows recalculated.
    Raises SupplierFactor.DoesNotExist."""
    factor = supplier_factor_get(
        organization=organization, user=user, supplier_factor_id=supplier_factor_id
    )
    supplier_key = factor.supplier_key
    factor.delete()
    rows = emissions_recalculate_supplier(
        organization=organization, supplier_key=supplier_key
    )
    logger.info(
        "supplier_factor.deleted",
        extra={"supplier_factor_id": str(supplier_factor_id), "rows": rows},
    )
    return rows
