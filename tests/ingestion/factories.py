import hashlib

import factory
from django.core.files.base import ContentFile

from ingestion.models import ActivityKey, ColumnMapping, RowError, Upload
from tests.accounts.factories import OrganizationFactory


class UploadFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Upload

    organization = factory.SubFactory(OrganizationFactory)
    filename = "activities.csv"
    file_type = Upload.FileType.CSV
    size_bytes = factory.LazyAttribute(lambda o: len(o.content))
    sha256 = factory.LazyAttribute(lambda o: hashlib.sha256(o.content).hexdigest())
    file = factory.LazyAttribute(lambda o: ContentFile(o.content, name=o.filename))

    class Params:
        content = b"description,quantity,unit\nElectricity,10,kWh\n"


# A key no matcher has seen yet (pending); give factor, confidence, method and
# status for a matched one.
class ActivityKeyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActivityKey

    organization = factory.SubFactory(OrganizationFactory)
    key = factory.Sequence(lambda n: f"{n:032x}")
    description = "Electricity"
    unit = "kilowatt_hour"
    region = "GB"


class RowErrorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RowError

    upload = factory.SubFactory(UploadFactory)
    row = factory.Sequence(lambda n: n + 2)
    column = "quantity"
    message = "Not a number."


class ColumnMappingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ColumnMapping

    organization = factory.SubFactory(OrganizationFactory)
    signature = factory.Sequence(lambda n: hashlib.sha256(f"{n}".encode()).hexdigest())
    headers = factory.LazyFunction(lambda: ["Description", "Qty", "Unit"])
    columns = factory.LazyFunction(
        lambda: {"Description": "description", "Qty": "quantity", "Unit": "unit"}
    )
    defaults = factory.LazyFunction(lambda: {"region": "GB"})
