import hashlib

import factory
from django.core.files.base import ContentFile

from ingestion.models import Upload
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
