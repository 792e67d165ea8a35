import hashlib
from decimal import Decimal

import factory
from django.core.files.base import ContentFile
from django.db.backends.postgresql.psycopg_any import NumericRange

from reporting.registry.models import (
    Assessment,
    AssessmentItem,
    CreditBatch,
    Criterion,
    Holding,
    Methodology,
    Project,
    ProjectDocument,
    ProjectState,
    ProjectTransition,
    Retirement,
    SerialCounter,
    Transfer,
    VerifierGrant,
)
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


PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


class ProjectDocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProjectDocument

    project = factory.SubFactory(ProjectFactory)
    title = "Monitoring report"
    filename = "monitoring.pdf"
    content_type = "application/pdf"
    size_bytes = factory.LazyAttribute(lambda o: len(o.content))
    sha256 = factory.LazyAttribute(lambda o: hashlib.sha256(o.content).hexdigest())
    file = factory.LazyAttribute(lambda o: ContentFile(o.content, name=o.filename))
    uploaded_by = factory.SelfAttribute("project.created_by")

    class Params:
        content = factory.Sequence(lambda n: PDF + f"%{n}\n".encode())


class ProjectTransitionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProjectTransition

    project = factory.SubFactory(ProjectFactory)
    name = "submit"
    source = ProjectState.DRAFT
    target = ProjectState.SUBMITTED
    actor = factory.SelfAttribute("project.created_by")


class VerifierGrantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = VerifierGrant

    project = factory.SubFactory(ProjectFactory)
    verifier = factory.SubFactory(UserFactory)
    granted_by = factory.SubFactory(UserFactory)


class AssessmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Assessment

    project = factory.SubFactory(ProjectFactory)
    assessor = factory.SubFactory(UserFactory)
    verifier_organization = factory.SubFactory(OrganizationFactory)
    methodology = factory.SelfAttribute("project.methodology")
    outcome = Assessment.Outcome.POSITIVE
    statement = "The removals are real, measured and permanent."
    conclusion = "Positive."
    verified_quantity = Decimal("100.000")


class AssessmentItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AssessmentItem

    assessment = factory.SubFactory(AssessmentFactory)
    criterion = Criterion.DATA_QUALITY
    finding = "Complete and consistent."
    severity = AssessmentItem.Severity.NONE


# The registry's one counter row (created by migration 0002).
class SerialCounterFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SerialCounter
        django_get_or_create = ("id",)

    id = 1


# Serials far above the counter's, so issuance in the same test never meets them.
class CreditBatchFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CreditBatch

    project = factory.SubFactory(ProjectFactory)
    assessment = factory.SubFactory(
        AssessmentFactory, project=factory.SelfAttribute("..project")
    )
    vintage = factory.SelfAttribute("project.vintage")
    quantity = 100
    serials = factory.LazyAttribute(
        lambda o: NumericRange(o.first_serial, o.first_serial + o.quantity)
    )
    issued_by = factory.SubFactory(UserFactory)

    class Params:
        first_serial = factory.Sequence(lambda n: 10**12 + n * 10**6)


class HoldingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Holding

    batch = factory.SubFactory(CreditBatchFactory)
    organization = factory.SelfAttribute("batch.project.organization")
    serials = factory.SelfAttribute("batch.serials")
    quantity = factory.SelfAttribute("batch.quantity")


class RetirementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Retirement

    batch = factory.SubFactory(CreditBatchFactory)
    serials = factory.SelfAttribute("batch.serials")
    quantity = factory.SelfAttribute("batch.quantity")
    beneficiary = "Buyer Corp"
    reason = "Net-zero claim 2025"
    retired_by = factory.SubFactory(UserFactory)
    buyer_organization = factory.SubFactory(OrganizationFactory)


class TransferFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Transfer

    batch = factory.SubFactory(CreditBatchFactory)
    serials = factory.SelfAttribute("batch.serials")
    quantity = factory.SelfAttribute("batch.quantity")
    from_organization = factory.SelfAttribute("batch.project.organization")
    to_organization = factory.SubFactory(OrganizationFactory)
    transferred_by = factory.SubFactory(UserFactory)
