import factory

from ingestion.models import Plant
from tests.accounts.factories import OrganizationFactory


class PlantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Plant

    organization = factory.SubFactory(OrganizationFactory)
    code = factory.Sequence(lambda n: f"PLANT_{n}")
    name = factory.LazyAttribute(lambda o: f"Plant {o.code}")
    mapping = factory.LazyFunction(dict)
