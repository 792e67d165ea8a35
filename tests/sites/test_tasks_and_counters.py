from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from sites import tasks
from sites.models import OutboxEvent
from tests.sites.factories import SiteFactory
from tests.sites.helpers import batch, post, stamp

pytestmark = pytest.mark.django_db


def _sample(client, name: str, labels: str = "") -> float:
    text = client.get("/metrics").content.decode()
    for line in text.splitlines():
        if line.startswith(f"{name}{labels} ") or line.startswith(
            f"{name}{{{labels}}} "
        ):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_prometheus_counts_accepted_duplicates_replays_and_key_errors(
    api, client, organization
):
    site = SiteFactory(organization=organization)
    names = {
        "accepted": ("carbon_readings_accepted_total", 'api_version="v1"'),
        "duplicates": ("carbon_readings_duplicates_total", 'api_version="v1"'),
        "conflicts": ("carbon_readings_conflicts_total", 'api_version="v1"'),
        "replayed": ("carbon_ingest_batches_total", 'outcome="replayed"'),
        "key_reused": ("carbon_ingest_batches_total", 'outcome="key_reused"'),
    }
    before = {k: _sample(client, *v) for k, v in names.items()}
    moment = stamp(5)
    body = batch(site, [{"timestamp": moment, "value": "1"}])
    post(api, body, key="a")
    post(api, body, key="a")
    post(api, body)
    post(api, batch(site, [{"timestamp": moment, "value": "2"}]))
    post(api, batch(site, [{"timestamp": moment, "value": "3"}]), key="a")
    after = {k: _sample(client, *v) for k, v in names.items()}
    assert {k: after[k] - before[k] for k in names} == {
        "accepted": 1,
        "duplicates": 1,
        "conflicts": 1,
        "replayed": 1,
        "key_reused": 1,
    }


def test_scheduled_tasks_run_and_purge_old_published_events(api, organization):
    site = SiteFactory(organization=organization, emission_limit=Decimal(1))
    post(api, batch(site, [{"timestamp": stamp(5), "value": "2"}]))
    tasks.outbox_relay()
    assert not OutboxEvent.objects.filter(published_at__isnull=True).exists()
    OutboxEvent.objects.update(published_at=timezone.now() - timedelta(days=30))
    tasks.outbox_purge()
    assert not OutboxEvent.objects.exists()
    tasks.readings_partitions_ensure()
    tasks.idempotency_keys_purge()
