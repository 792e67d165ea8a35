import datetime as dt
from decimal import Decimal

import factory

from ingestion.models import Plant
from reporting.mrv.models import DailyRemoval, Statement
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


class DailyRemovalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DailyRemoval

    plant = factory.SubFactory(PlantFactory)
    organization = factory.SelfAttribute("plant.organization")
    date = factory.Sequence(lambda n: dt.date(2025, 1, 1) + dt.timedelta(days=n))
    quality_flag = DailyRemoval.QualityFlag.VALID
    co2_t = Decimal("0.5")
    co2_t_uncertainty = Decimal("0.05")
    ph_mean = Decimal("7.2")
    fingerprint = factory.Sequence(lambda n: f"fp{n}")
    method_version = "test"
