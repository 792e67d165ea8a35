import datetime as dt

import factory

from ingestion.models import Plant
from reporting.mrv.models import Statement
from tests.accounts.factories import OrganizationFactory


class PlantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Plant

    organization = factory.SubFactory(OrganizationFactory)
    code = factory.Sequence(lambda n: f"PLANT_{n}")
    name = factory.LazyAttribute(lambda o: f"Plant {o.code}")
    mapping = factory.LazyFunction(dict)


class StatementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Statement

    plant = factory.SubFactory(PlantFactory)
    organization = factory.SelfAttribute("plant.organization")
    period_start = dt.date(2025, 5, 1)
    period_end = dt.date(2025, 5, 31)
