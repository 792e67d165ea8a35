import uuid

import factory
from django.utils import timezone

from reporting.issues.models import IngestionIssue
from tests.accounts.factories import OrganizationFactory


class IngestionIssueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IngestionIssue

    organization = factory.SubFactory(OrganizationFactory)
    kind = IngestionIssue.Kind.FAILED_UPLOAD
    source_type = "upload"
    source_id = factory.LazyFunction(uuid.uuid4)
    fingerprint = factory.LazyAttribute(lambda o: f"{o.source_type}:{o.source_id}")
    title = "activities.csv failed"
    first_seen_at = factory.LazyFunction(timezone.now)
