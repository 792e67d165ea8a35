from __future__ import annotations

from uuid import UUID

from django.db.models import QuerySet

from sites.models import Site


def site_list(*, organization) -> QuerySet[Site]:
    return Site.objects.for_organization(organization).order_by("name")


def site_get(*, organization, site_id: UUID | str) -> Site:
    """Raises Site.DoesNotExist for another organization's site (answered as 404)."""
    return site_list(organization=organization).get(pk=site_id)
