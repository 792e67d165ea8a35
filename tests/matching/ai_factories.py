import factory

from ingestion.models import Activity, ActivityKey, ActivityMatchStatus
from matching.factors.models import EmissionFactor
from tests.ingestion.factories import UploadFactory


class EmissionFactorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EmissionFactor

    source = "desnz"
    version = "test"
    year = 2024
    external_id = factory.Sequence(lambda n: f"T-{n}")
    name = factory.Sequence(lambda n: f"Electricity grid mix {n}")
    category_path = "UK electricity"
    region = "GB"
    unit = "kilowatt_hour"
    unit_label = "kWh"
    dimension = "[mass] * [length] ** 2 / [time] ** 2"
    kg_co2e_per_unit = "0.207"


class ActivityFactory(factory.django.DjangoModelFactory):
    """An activity whose key has a match (factor, confidence, method, status): the
    key row is created with it, or updated when the key exists already."""

    class Meta:
        model = Activity

    upload = factory.SubFactory(UploadFactory)
    organization = factory.SelfAttribute("upload.organization")
    row_number = factory.Sequence(lambda n: n + 1)
    description = "Electricity"
    quantity = "10"
    unit = "kWh"
    unit_normalized = "kilowatt_hour"
    region = "GB"
    match_key = factory.Sequence(lambda n: f"{n:032x}")
    factor = factory.SubFactory(EmissionFactorFactory)
    match_confidence = "0.1500"
    match_method = "local_tfidf_v1"
    match_status = ActivityMatchStatus.NEEDS_REVIEW

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        match = {name: kwargs.pop(name) for name in _MATCH_FIELDS}
        activity = super()._create(model_class, *args, **kwargs)
        activity.match, _ = ActivityKey.objects.update_or_create(
            organization_id=activity.organization_id,
            key=activity.match_key,
            defaults={
                "factor": match["factor"],
                "confidence": match["match_confidence"],
                "method": match["match_method"],
                "status": match["match_status"],
            },
        )
        return activity


_MATCH_FIELDS = ("factor", "match_confidence", "match_method", "match_status")
