import factory

from reporting.registry.models import Methodology, Project
from tests.accounts.factories import OrganizationFactory, UserFactory


class ProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Project

    organization = factory.SubFactory(OrganizationFactory)
    registry_id = factory.Sequence(lambda n: f"CCX-9{n:05d}")
    name = factory.Sequence(lambda n: f"Project {n}")
    methodology = Methodology.ENHANCED_WEATHERING
    country = "GB"
    vintage = 2025
    created_by = factory.SubFactory(UserFactory)
