"""The one tenancy mechanism: organization-owned rows and the queryset that scopes them.

Every read of organization data goes through `for_organization`; another
organization's object is then simply not found (a 404 in the API and the pages).
"""

from __future__ import annotations

from django.db import models


class OrganizationQuerySet(models.QuerySet):
    def for_organization(self, organization) -> OrganizationQuerySet:
        return self.filter(organization=organization)


class OrganizationOwned(models.Model):
    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+"
    )

    objects = OrganizationQuerySet.as_manager()

    class Meta:
        abstract = True
