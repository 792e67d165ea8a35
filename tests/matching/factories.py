import uuid
from decimal import Decimal

import factory

from matching.factors.models import FactorLibraryLoad, FactorSource
from matching.models import (
    AiCircuit,
    AiMatchBatch,
    AiSlot,
    MatchCacheEntry,
    MatchStatus,
)
from tests.accounts.factories import OrganizationFactory
from tests.matching.ai_factories import EmissionFactorFactory


class FactorLibraryLoadFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FactorLibraryLoad

    source = FactorSource.DESNZ
    version = factory.Sequence(lambda n: f"load-{n}")
    checksum = factory.Sequence(lambda n: f"{n:064x}")
    factors_loaded = 1


class MatchCacheEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MatchCacheEntry

    organization = factory.SubFactory(OrganizationFactory)
    key = factory.Sequence(lambda n: f"{n:032x}")
    description = "Electricity"
    unit = "kilowatt_hour"
    region = "GB"
    factor = factory.SubFactory(EmissionFactorFactory)
    confidence = Decimal("0.9500")
    method = "local_tfidf_v1"
    status = MatchStatus.MATCHED


# Slot numbers above AI_MATCHING_MAX_IN_FLIGHT: the configured slots stay free.
class AiSlotFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AiSlot

    slot = factory.Sequence(lambda n: 1000 + n)


class AiCircuitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AiCircuit

    name = factory.Sequence(lambda n: f"circuit-{n}")


class AiMatchBatchFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AiMatchBatch

    organization = factory.SubFactory(OrganizationFactory)
    run_id = factory.LazyFunction(uuid.uuid4)
    items = factory.LazyFunction(
        lambda: [
            {
                "id": f"{0:032x}",
                "description": "Electricity",
                "unit": "kilowatt_hour",
                "category": "",
                "region": "GB",
            }
        ]
    )
    item_count = factory.LazyAttribute(lambda o: len(o.items))
