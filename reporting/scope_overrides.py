"""Scope/category overrides per GL account or factor, as an organization admin
keeps them (/inventory/classification/, /api/v1/scope-overrides/): the reads and
the factor an override names. Writes are `reporting.services.scope_override_set`
and `scope_override_delete` (ARCHITECTURE.md, ADR-4.9)."""

from __future__ import annotations

import uuid

from django.core.exceptions import ValidationError
from django.db.models import F, QuerySet

from matching.factors.models import EmissionFactor
from reporting.models import ScopeOverride


def scope_override_list(*, organization) -> QuerySet[ScopeOverride]:
    """The organization's overrides, GL accounts first, then factors by name."""
    return (
        ScopeOverride.objects.for_organization(organization)
        .select_related("factor")
        .order_by(F("factor__name").asc(nulls_first=True), "gl_account", "id")
    )


def scope_override_factor_find(*, factor: str, field: str = "factor") -> EmissionFactor:
    """The factor an override names: a factor id (any version), or a published
    external id ("1_101_1011_8_1", "T1-30-unit", "322230"; optionally
    "source:external_id") of the current version. Raises ValidationError (on
    `field`) when none or several match."""
    text = factor.strip()
    try:
        factor_id = uuid.UUID(text)
    except ValueError:
        factor_id = None
    if factor_id is not None:
        found = list(EmissionFactor.objects.filter(pk=factor_id))
    else:
        source, _, external_id = text.rpartition(":")
        candidates = EmissionFactor.objects.current().filter(external_id=external_id)
        if source:
            candidates = candidates.filter(source=source)
        found = list(candidates[:2])
    if not found:
        raise ValidationError({field: [f"No factor {text!r}."]})
    if len(found) > 1:
        sources = ", ".join(sorted(f.source for f in found))
        raise ValidationError(
            {
                field: [
                    f"{text!r} is published by {sources}: "
                    "write it as source:external_id."
                ]
            }
        )
    return found[0]
