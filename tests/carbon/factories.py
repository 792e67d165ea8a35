import factory

from carbon.jobs.models import Job
from tests.accounts.factories import OrganizationFactory


class JobFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Job

    organization = factory.SubFactory(OrganizationFactory)
    kind = "results.group_totals"
    func = "carbon.core.programs.program_task"
    profile = Job.Profile.CPU
