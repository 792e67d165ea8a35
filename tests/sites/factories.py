import datetime as dt
import uuid
from decimal import Decimal

import factory
from django.utils import timezone

from sites.models import Alert, DeviceKey, IdempotencyKey, OutboxEvent, Reading, Site
from tests.accounts.factories import OrganizationFactory


class SiteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Site

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: f"Site {n}")
    kind = Site.Kind.WELL_PAD
    emission_limit = Decimal("1500.000")


class ReadingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Reading

    site = factory.SubFactory(SiteFactory)
    device_id = "sensor-1"
    timestamp = factory.Sequence(
        lambda n: dt.datetime(2025, 1, 1, tzinfo=dt.UTC) + dt.timedelta(minutes=n)
    )
    value = Decimal("1.250")
    batch_id = factory.LazyFunction(uuid.uuid4)
    ingested_at = factory.LazyFunction(timezone.now)


class IdempotencyKeyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IdempotencyKey

    organization = factory.SubFactory(OrganizationFactory)
    key = factory.Sequence(lambda n: f"key-{n}")
    fingerprint = factory.Sequence(lambda n: f"{n:064x}")
    owner = factory.LazyFunction(uuid.uuid4)
    locked_until = factory.LazyFunction(
        lambda: timezone.now() + dt.timedelta(seconds=30)
    )


class OutboxEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OutboxEvent

    site = factory.SubFactory(SiteFactory)
    organization = factory.SelfAttribute("site.organization")
    topic = OutboxEvent.Topic.READINGS_INGESTED
    payload = factory.LazyAttribute(lambda o: {"site_id": str(o.site.pk)})
    available_at = factory.LazyFunction(timezone.now)


class AlertFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Alert

    site = factory.SubFactory(SiteFactory)
    organization = factory.SelfAttribute("site.organization")
    event_id = factory.LazyFunction(uuid.uuid4)
    kind = OutboxEvent.Topic.SITE_LIMIT_EXCEEDED
    message = factory.LazyAttribute(lambda o: f"{o.site.name} exceeded its limit.")
    payload = factory.LazyAttribute(lambda o: {"site_id": str(o.site.pk)})


class DeviceKeyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DeviceKey

    site = factory.SubFactory(SiteFactory)
    organization = factory.SelfAttribute("site.organization")
    name = "Field sensor"
    prefix = factory.Sequence(lambda n: f"dk{n:08d}")
    secret_hash = factory.Sequence(lambda n: f"{n:064x}")
