import datetime as dt
from decimal import Decimal

import factory

from ingestion.models import (
    FileCheck,
    LabResult,
    OperationsRecord,
    Plant,
    SamplePoint,
    SensorDay,
    Upload,
)
from reporting.mrv.models import DailyRemoval, QaIssue, Statement, StatementEvent
from tests.accounts.factories import OrganizationFactory, UserFactory
from tests.ingestion.factories import UploadFactory


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
    created_by = factory.SubFactory(UserFactory)


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
    sources = factory.LazyFunction(lambda: {"operations": None})
    qa_levels = factory.LazyFunction(
        lambda: {"1": {"status": "pass", "message": "No conflicting duplicates."}}
    )
    fingerprint = factory.Sequence(lambda n: f"fp{n}")
    method_version = "test"


class QaIssueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = QaIssue

    plant = factory.SubFactory(PlantFactory)
    organization = factory.SelfAttribute("plant.organization")
    date = dt.date(2025, 5, 1)
    level = 2
    code = "missing_ca_readings"
    message = "No downstream calcium reading on this day."


class StatementEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StatementEvent

    statement = factory.SubFactory(StatementFactory)
    name = "submit"
    source = Statement.Status.COMPUTED
    target = Statement.Status.SUBMITTED
    actor = factory.SubFactory(UserFactory)


# An MRV file of the plant's organization, each one different (an organization
# uploads a file once); each record factory sets its kind.
class _PlantUploadFactory(UploadFactory):
    organization = factory.SelfAttribute("plant.organization")
    filename = "lab_results.csv"

    class Params:
        content = factory.Sequence(lambda n: f"file {n}\n".encode())


class LabResultFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LabResult

    plant = factory.SubFactory(PlantFactory)
    organization = factory.SelfAttribute("plant.organization")
    upload = factory.SubFactory(
        _PlantUploadFactory,
        plant=factory.SelfAttribute("..plant"),
        kind=Upload.Kind.LAB_RESULTS,
    )
    date = dt.date(2025, 5, 1)
    parameter = "calcium"
    point = SamplePoint.UPSTREAM
    value = Decimal("42.5")
    unit = "mg/L"
    row_number = factory.Sequence(lambda n: n + 2)


class OperationsRecordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OperationsRecord

    plant = factory.SubFactory(PlantFactory)
    organization = factory.SelfAttribute("plant.organization")
    upload = factory.SubFactory(
        _PlantUploadFactory,
        plant=factory.SelfAttribute("..plant"),
        kind=Upload.Kind.PLANT_OPERATIONS,
        filename="operations.xlsx",
        file_type=Upload.FileType.XLSX,
    )
    date = dt.date(2025, 5, 1)
    effluent_flow_mgd = Decimal("12.5")
    sheet = "May"
    row_number = factory.Sequence(lambda n: n + 2)


class SensorDayFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SensorDay

    plant = factory.SubFactory(PlantFactory)
    organization = factory.SelfAttribute("plant.organization")
    upload = factory.SubFactory(
        _PlantUploadFactory,
        plant=factory.SelfAttribute("..plant"),
        kind=Upload.Kind.SENSOR_READINGS,
        filename="sensor_readings.csv",
    )
    date = dt.date(2025, 5, 1)
    mean = Decimal("7.2")
    minimum = Decimal("6.9")
    maximum = Decimal("7.5")
    readings = 1440
    first_row = 2
    last_row = 1441


class FileCheckFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FileCheck

    upload = factory.SubFactory(UploadFactory, kind=Upload.Kind.LAB_RESULTS)
    level = 1
    code = factory.Sequence(lambda n: f"check_{n}")
    status = FileCheck.Status.PASS
    message = "Every row has a date."
