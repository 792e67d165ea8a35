import random
import threading
import time
from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection, transaction
from django.utils import timezone

from sites.models import IdempotencyKey, Reading, Site
from sites.services.maintenance import site_totals_verify
from tests.conftest import assert_problem
from tests.sites.factories import SiteFactory
from tests.sites.helpers import batch, post, stamp

pytestmark = pytest.mark.django_db(transaction=True)


def in_thread(target, *args):
    """Run target in a thread with its own database connection, closed at the end."""
    outcome = {}

    def run():
        try:
            outcome["value"] = target(*args)
        except BaseException as exc:
            outcome["error"] = exc
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def test_same_key_while_first_request_is_open_is_409_then_replays(
    api_client_for, admin_user, organization
):
    site = SiteFactory(organization=organization)
    body = batch(site, [{"timestamp": stamp(5), "value": "2.5"}])
    locked, release = threading.Event(), threading.Event()

    def hold_site_row():
        with transaction.atomic():
            Site.objects.select_for_update().get(pk=site.pk)
            locked.set()
            release.wait(20)

    blocker, _ = in_thread(hold_site_row)
    assert locked.wait(10)
    first, first_outcome = in_thread(post, api_client_for(admin_user), body, "k-1")
    deadline = time.monotonic() + 10
    while not IdempotencyKey.objects.filter(key="k-1").exists():
        assert time.monotonic() < deadline
        time.sleep(0.02)

    assert_problem(
        post(api_client_for(admin_user), body, "k-1"), 409, "idempotency_key_in_use"
    )

    release.set()
    blocker.join(10)
    first.join(10)
    original = first_outcome["value"]
    assert original.status_code == 201, original.content
    replay = post(api_client_for(admin_user), body, "k-1")
    assert replay.status_code == 201
    assert replay["Idempotent-Replayed"] == "true"
    assert replay.json() == original.json()
    site.refresh_from_db()
    assert site.total_emissions_to_date == Decimal("2.5")


def _value_of(identity: tuple[str, int]) -> Decimal:
    device, minute = identity
    return Decimal(minute % 7) + Decimal(int(device[1:])) / 10 + Decimal("0.125")


def test_concurrent_overlapping_batches_and_resends_count_each_reading_once(
    api_client_for, admin_user, organization
):
    site = SiteFactory(organization=organization, emission_limit=Decimal(10**9))
    base = timezone.now() - timedelta(days=1)
    pool = [(f"d{d}", minute) for d in range(5) for minute in range(80)]
    sent: set[tuple[str, int]] = set()
    sent_lock = threading.Lock()
    threads, batches = 10, 50

    def source(seed: int):
        rng = random.Random(seed)
        client = api_client_for(admin_user)
        stats = {"accepted": 0, "duplicates": 0, "conflicts": 0, "replays": 0}
        previous = None
        for n in range(batches):
            if previous is not None and rng.random() < 0.3:
                body, key = previous  # a retry after a "timeout"
            else:
                chosen = rng.sample(pool, rng.randint(1, 100))
                with sent_lock:
                    sent.update(chosen)
                body = batch(
                    site,
                    [
                        {
                            "timestamp": stamp(-m, base=base),
                            "value": str(_value_of((d, m))),
                            "device_id": d,
                        }
                        for d, m in chosen
                    ],
                )
                key = f"s{seed}-b{n}" if rng.random() < 0.5 else None
            response = post(client, body, key)
            assert response.status_code == 201, response.content
            data = response.json()
            if response.get("Idempotent-Replayed") == "true":
                stats["replays"] += 1
            else:
                for name in ("accepted", "duplicates", "conflicts"):
                    stats[name] += data[name]
            previous = (body, key)
        return stats

    running = [in_thread(source, seed) for seed in range(threads)]
    results = []
    for thread, outcome in running:
        thread.join(120)
        assert "error" not in outcome, outcome.get("error")
        results.append(outcome["value"])

    site.refresh_from_db()
    expected = sum((_value_of(i) for i in sent), Decimal(0))
    assert site.total_emissions_to_date == expected
    assert Reading.objects.filter(site=site).count() == len(sent)
    assert sum(r["accepted"] for r in results) == len(sent)
    assert sum(r["conflicts"] for r in results) == 0
    assert site.duplicates_rejected == sum(r["duplicates"] for r in results)
    assert sum(r["replays"] for r in results) > 0
    assert site_totals_verify(site_ids=[site.pk]).drifts == ()


def test_concurrent_conflicting_values_store_one_and_count_the_rest(
    api_client_for, admin_user, organization
):
    site = SiteFactory(organization=organization)
    moment = stamp(5)
    barrier = threading.Barrier(8)

    def send(value: int):
        client = api_client_for(admin_user)
        barrier.wait(10)
        return post(client, batch(site, [{"timestamp": moment, "value": value}])).json()

    running = [in_thread(send, value) for value in range(1, 9)]
    responses = []
    for thread, outcome in running:
        thread.join(30)
        responses.append(outcome["value"])
    assert sum(r["accepted"] for r in responses) == 1
    assert sum(r["conflicts"] for r in responses) == 7
    site.refresh_from_db()
    stored = Reading.objects.get(site=site).value
    assert site.total_emissions_to_date == stored
    assert site.conflicts_rejected == 7
