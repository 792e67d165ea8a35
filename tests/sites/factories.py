from decimal import Decimal

import factory

from sites.models import Site
from tests.accounts.factories import OrganizationFactory


class SiteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Site

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: f"Site {n}")
    kind = Site.Kind.WELL_PAD
    emission_limit = Decimal("1500.000")
