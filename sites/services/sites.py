from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction

from sites.models import Site

SITE_EDITABLE_FIELDS = (
    "name",
    "kind",
    "emission_limit",
    "metadata",
    "latitude",
    "longitude",
)


@transaction.atomic
def site_create(
    *,
    organization,
    name: str,
    emission_limit: Decimal,
    kind: str = Site.Kind.OTHER,
    metadata: dict | None = None,
    latitude: float | None = None,
    longitude: float | None = None,
) -> Site:
    """Raises ValidationError (e.g. a duplicate name in the organization)."""
    site = Site(
        organization=organization,
        name=name,
        kind=kind,
        emission_limit=emission_limit,
        metadata=metadata or {},
        latitude=latitude,
        longitude=longitude,
    )
    _ensure_name_free(site)
    site.full_clean()
    site.save()
    return site


def _ensure_name_free(site: Site) -> None:
    taken = (
        Site.objects.for_organization(site.organization_id)
        .filter(name=site.name)
        .exclude(pk=site.pk)
        .exists()
    )
    if taken:
        raise ValidationError({"name": "A site with this name already exists."})


@transaction.atomic
def site_update(*, site: Site, **changes) -> Site:
    """Update editable fields only; the total is never set by hand."""
    fields = [name for name in changes if name in SITE_EDITABLE_FIELDS]
    site = Site.objects.select_for_update().get(pk=site.pk)
    for name in fields:
        setattr(site, name, changes[name])
    _ensure_name_free(site)
    site.full_clean()
    site.save(update_fields=[*fields, "updated_at"])
    return site
