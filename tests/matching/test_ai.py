import json
import os
import signal
import subprocess
import sys
import time
import uuid
from datetime import timedelta
from decimal import Decimal

import pytest
import requests
from django.conf import settings
from django.db import connection
from django.utils import timezone

from carbon.jobs.models import Job
from carbon.jobs.services import job_enqueue
from ingestion.models import Activity, ActivityKey, Upload
from ingestion.services.uploads import upload_create
from matching.ai.breaker import (
    breaker_allows,
    breaker_record_failure,
    breaker_record_success,
    breaker_state,
)
from matching.ai.execution import ai_batch_apply, backoff_seconds
from matching.ai.leases import ai_batch_claim, worker_owner
from matching.ai.matcher import AiServiceMatcher
from matching.ai.runs import ai_batches_create, ai_match_start
from matching.ai.slots import slot_release, slot_try_acquire
from matching.ai.workers import ai_batch_run, ai_batches_drain, ai_batches_recover
from matching.ai_models import AiMatchBatch, AiSlot
from matching.matchers.base import MatchItem, MatchResult
from matching.models import MatchCacheEntry, MatchStatus
from matching.service.app import ServiceConfig, ServiceThread
from tests.ingestion.helpers import csv_bytes, upload_file
from tests.matching.ai_factories import EmissionFactorFactory

pytestmark = pytest.mark.django_db(transaction=True)

BASE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TERMINAL = {MatchStatus.MATCHED, MatchStatus.NEEDS_REVIEW, MatchStatus.UNMATCHED}


@pytest.fixture
def factors(db):
    return EmissionFactorFactory.create_batch(3)


def service_match_fn(factors):
    ids = [str(factor.pk) for factor in factors]

    def match(items):
        return [
            {
                "id": item["id"],
                "factor_id": ids[sum(map(ord, item["id"])) % len(ids)],
                "confidence": 0.9 if sum(map(ord, item["id"])) % 4 else 0.1,
                "rationale": "closest factor",
            }
            for item in items
        ]

    return match


@pytest.fixture
def ai_service(factors, settings):
    """ai_service(**ServiceConfig fields) -> a running reference service; the
    client settings point at it, with durations fit for tests."""
    running = []

    def start(match=None, **config):
        service = ServiceThread(
            ServiceConfig(**{"time_scale": 0.001, "seed": 7, **config}),
            match or service_match_fn(factors),
        ).__enter__()
        running.append(service)
        settings.AI_MATCHING_URL = service.url
        return service

    settings.AI_MATCHING_TIMEOUT_SECONDS = 2.0
    settings.AI_MATCHING_CONNECT_TIMEOUT_SECONDS = 1.0
    settings.AI_MATCHING_LEASE_MARGIN_SECONDS = 1.0
    settings.AI_MATCHING_BACKOFF_BASE_SECONDS = 0.02
    settings.AI_MATCHING_BACKOFF_MAX_SECONDS = 0.2
    settings.AI_MATCHING_SLOT_POLL_SECONDS = 0.02
    settings.AI_MATCHING_SLOT_GRACE_SECONDS = 0.1
    settings.AI_MATCHING_BREAKER_THRESHOLD = 1000
    yield start
    for service in running:
        service.__exit__()


def items(count: int, prefix: str = "k") -> list[MatchItem]:
    return [
        MatchItem(
            key=f"{prefix}{n:04d}",
            description=f"Electricity {n}",
            unit="kWh",
            region="GB",
        )
        for n in range(count)
    ]


def client_settings(**overrides) -> dict:
    names = [name for name in dir(settings) if name.startswith("AI_MATCHING_")]
    return {**{name: getattr(settings, name) for name in names}, **overrides}


def start_worker(threads: int, **overrides) -> subprocess.Popen:
    config = {
        "db": connection.settings_dict["NAME"],
        "threads": threads,
        "settings": client_settings(**overrides),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "tests.matching.ai_worker", json.dumps(config)],
        cwd=BASE_DIR,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "carbon.settings.test"},
    )


def wait_all(workers: list[subprocess.Popen], timeout: float = 60) -> None:
    for worker in workers:
        assert worker.wait(timeout=timeout) == 0


def assert_every_item_answered(batches: list[AiMatchBatch], organization) -> None:
    for batch in batches:
        batch.refresh_from_db()
        assert batch.status in AiMatchBatch.FINISHED
        assert [r["key"] for r in batch.results] == [i["id"] for i in batch.items]
        assert {r["status"] for r in batch.results} <= TERMINAL
        assert all(
            r["rationale"]
            for r in batch.results
            if r["status"] == MatchStatus.UNMATCHED
        )
    keys = [item["id"] for batch in batches for item in batch.items]
    cached = MatchCacheEntry.objects.for_organization(organization).filter(key__in=keys)
    assert cached.count() == len(keys)


def test_four_worker_processes_never_exceed_ten_calls_in_flight(
    ai_service, organization
):
    service = ai_service(latency=250)
    batches = ai_batches_create(
        items=items(120), organization=organization, batch_size=4, enqueue=False
    )
    assert len(batches) == 30

    wait_all([start_worker(threads=5) for _ in range(4)])

    stats = service.service.stats_snapshot()
    assert 2 <= stats["max_in_flight"] <= 10
    assert stats["rejected_busy"] == 0
    assert stats["requests"] == 30
    assert set(stats["requests_by_batch"].values()) == {1}
    assert_every_item_answered(batches, organization)
    assert {b.outcome for b in AiMatchBatch.objects.all()} == {"service"}
    assert AiSlot.objects.filter(expires_at__gt=timezone.now()).count() == 0


def test_injected_faults_end_every_item_matched_or_unmatched(ai_service, organization):
    service = ai_service(
        latency=200,
        retry_after=50,
        busy_rate=0.15,
        error_rate=0.15,
        hang_rate=0.1,
        hang_seconds=10_000,
        malformed_rate=0.1,
        unknown_factor_rate=0.1,
        missing_rate=0.1,
    )
    batches = ai_batches_create(
        items=items(120), organization=organization, batch_size=4, enqueue=False
    )

    wait_all(
        [
            start_worker(
                threads=5, AI_MATCHING_TIMEOUT_SECONDS=0.6, AI_MATCHING_MAX_ATTEMPTS=8
            )
            for _ in range(3)
        ]
    )

    stats = service.service.stats_snapshot()
    assert stats["max_in_flight"] <= 10
    for injected in (
        "busy",
        "errors",
        "hangs",
        "malformed",
        "unknown_factors",
        "missing",
    ):
        assert stats[f"injected_{injected}"] > 0
    assert_every_item_answered(batches, organization)


def test_killed_worker_lease_expires_and_batch_runs_again_once(
    ai_service, organization
):
    service = ai_service(latency=1000)
    (batch,) = ai_batches_create(
        items=items(5), organization=organization, enqueue=False
    )
    first = start_worker(threads=1)
    deadline = time.monotonic() + 30
    while service.service.stats_snapshot()["in_flight"] == 0:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    os.kill(first.pid, signal.SIGKILL)
    first.wait()
    batch.refresh_from_db()
    assert batch.status == AiMatchBatch.Status.IN_FLIGHT

    wait_all([start_worker(threads=1)])

    batch.refresh_from_db()
    stats = service.service.stats_snapshot()
    assert stats["requests_by_batch"] == {str(batch.pk): 2}
    assert stats["disconnected"] == 1
    assert (batch.status, batch.claims, batch.attempts) == ("applied", 2, 2)
    assert (
        MatchCacheEntry.objects.filter(key__in=[i["id"] for i in batch.items]).count()
        == 5
    )


def test_stale_owner_cannot_apply_after_its_lease_was_taken(factors, organization):
    (batch,) = ai_batches_create(
        items=items(2), organization=organization, enqueue=False
    )
    stale, fresh = worker_owner(), worker_owner()
    assert ai_batch_claim(batch_id=batch.pk, owner=stale) is not None
    assert ai_batch_claim(batch_id=batch.pk, owner=fresh) is None
    AiMatchBatch.objects.filter(pk=batch.pk).update(
        lease_expires_at=timezone.now() - timedelta(seconds=1)
    )
    assert ai_batch_claim(batch_id=batch.pk, owner=fresh) is not None
    results = [
        MatchResult(
            key=i["id"],
            factor_id=factors[0].pk,
            confidence=Decimal("0.9"),
            method="ai_service_v1",
        )
        for i in batch.items
    ]

    assert not ai_batch_apply(
        batch_id=batch.pk, owner=stale, results=results, outcome="service"
    )
    assert ai_batch_apply(
        batch_id=batch.pk, owner=fresh, results=results, outcome="service"
    )
    assert not ai_batch_apply(
        batch_id=batch.pk, owner=fresh, results=results, outcome="service"
    )
    assert MatchCacheEntry.objects.count() == 2


def test_slots_cap_in_flight_calls_and_expired_slots_come_back(settings):
    settings.AI_MATCHING_MAX_IN_FLIGHT = 10
    taken = [slot_try_acquire(owner=f"w{n}", batch_id=None) for n in range(10)]

    assert sorted(taken) == list(range(10))
    assert slot_try_acquire(owner="w10", batch_id=None) is None
    slot_release(slot=taken[3], owner="w3")
    assert slot_try_acquire(owner="w11", batch_id=None) == taken[3]
    AiSlot.objects.filter(slot=taken[5]).update(
        expires_at=timezone.now() - timedelta(seconds=1)
    )
    assert slot_try_acquire(owner="w12", batch_id=None) == taken[5]
    assert slot_try_acquire(owner="w13", batch_id=None) is None


def test_open_breaker_falls_back_to_local_matcher(ai_service, organization, settings):
    service = ai_service(latency=10, error_rate=1.0)
    settings.AI_MATCHING_BREAKER_THRESHOLD = 2
    settings.AI_MATCHING_BREAKER_COOLDOWN_SECONDS = 600
    batches = ai_batches_create(
        items=items(6), organization=organization, batch_size=2, enqueue=False
    )

    ai_batches_drain(threads=1)

    assert service.service.stats_snapshot()["requests"] == 2
    assert breaker_state() == "open"
    assert_every_item_answered(batches, organization)
    methods = set(MatchCacheEntry.objects.values_list("method", flat=True))
    assert methods == {"fallback:local_tfidf_v1"}
    assert {b.outcome for b in AiMatchBatch.objects.all()} == {"fallback"}


def test_unknown_factor_ids_are_retried_then_unmatched_with_reason(
    ai_service, organization, settings
):
    ai_service(latency=10, unknown_factor_rate=1.0)
    settings.AI_MATCHING_ITEM_MAX_ATTEMPTS = 2
    (batch,) = ai_batches_create(
        items=items(3), organization=organization, enqueue=False
    )

    ai_batches_drain(threads=1)

    batch.refresh_from_db()
    assert batch.attempts == 2
    assert {r["status"] for r in batch.results} == {"unmatched"}
    assert all("unknown factor id" in r["rationale"] for r in batch.results)


def test_run_continuation_is_enqueued_once_when_the_last_batch_applies(
    ai_service, organization
):
    ai_service(latency=10)
    run_id = organization.pk

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("carbon.jobs.services._dispatch", lambda job_id, profile: None)
        started = ai_match_start(
            organization=organization,
            items=items(6),
            run_id=run_id,
            then_func="matching.tasks.ai_batches_recover_task",
            then_args=[],
        )
        again = ai_match_start(
            organization=organization,
            items=items(6),
            run_id=run_id,
            then_func="matching.tasks.ai_batches_recover_task",
            then_args=[],
        )
        ai_batches_drain(threads=3)

    assert (started, again) == (False, False)
    assert Job.objects.filter(kind="matching.ai_batch").count() == 1
    assert Job.objects.filter(kind="matching.ai_run_done").count() == 1
    assert ai_match_start(
        organization=organization,
        items=items(6),
        run_id=run_id,
        then_func="matching.tasks.ai_batches_recover_task",
        then_args=[],
    )


@pytest.mark.parametrize(
    ("attempt", "retry_after", "low", "high"),
    [(1, None, 0, 5), (3, None, 0, 20), (20, None, 0, 300), (1, 30.0, 30, 36)],
)
def test_backoff_grows_exponentially_with_jitter_and_honours_retry_after(
    attempt, retry_after, low, high
):
    assert low <= backoff_seconds(attempt, retry_after) <= high


def test_upload_pipeline_matches_unique_keys_through_the_ai_service(
    ai_service, organization
):
    service = ai_service(latency=10)
    rows = [
        ["description", "quantity", "unit"],
        ["Electricity office", "10", "kWh"],
        ["Electricity plant", "5", "kWh"],
        ["Electricity office", "3", "kWh"],
    ]

    result = upload_create(organization=organization, file=upload_file(csv_bytes(rows)))

    upload = Upload.objects.get(pk=result.upload.pk)
    assert upload.status == Upload.Status.DONE
    activities = Activity.objects.filter(upload=upload)
    assert set(activities.values_list("match__method", flat=True)) == {"ai_service_v1"}
    assert activities.filter(match__factor__isnull=False).count() == 3
    assert service.service.stats_snapshot()["items"] == 2
    assert Job.objects.filter(kind="matching.ai_run_done").count() == 1


def test_the_match_step_sends_each_keys_supplier_merchant_type_and_country(
    ai_service, factors, organization
):
    organization.country = "BR"  # where the vocabulary's brand names hold
    organization.save(update_fields=["country"])
    seen = []

    def match(items):
        seen.extend(items)
        return service_match_fn(factors)(items)

    ai_service(match=match, latency=10)
    rows = [
        ["Date", "Supplier", "Description", "MCC", "Amount", "Currency"],
        ["2024-01-05", "Aurobindo Pharma", "Nevirapine 200mg", "5122", "120", "USD"],
        ["2024-01-06", "Orgenics", "HIV rapid test kit", "8071", "80", "USD"],
        ["2024-01-07", "Orgenics", "HIV rapid test kit", "8071", "40", "USD"],
    ]

    result = upload_create(organization=organization, file=upload_file(csv_bytes(rows)))

    assert Upload.objects.get(pk=result.upload.pk).status == Upload.Status.DONE
    sent = {
        item["description"]: (item["supplier"], item["merchant_type"], item["country"])
        for item in seen
    }
    assert sent == {
        "Nevirapine 200mg": ("Aurobindo Pharma", "5122", "BR"),
        "HIV rapid test kit": ("Orgenics", "8071", "BR"),
    }
    keys = ActivityKey.objects.filter(organization=organization)
    assert set(keys.values_list("supplier", "merchant_type")) == {
        ("Aurobindo Pharma", "5122"),
        ("Orgenics", "8071"),
    }


def test_a_job_nearly_out_of_time_hands_its_batch_to_a_fresh_job(
    ai_service, organization
):
    service = ai_service(latency=10)
    (batch,) = ai_batches_create(
        items=items(3), organization=organization, enqueue=False
    )

    assert not ai_batch_run(batch.pk, deadline=time.monotonic())

    batch.refresh_from_db()
    assert (batch.status, batch.claims, batch.attempts) == ("applied", 2, 1)
    assert service.service.stats_snapshot()["requests"] == 1
    assert Job.objects.get(kind="matching.ai_batch").status == Job.Status.SUCCEEDED


def test_a_line_for_review_is_offered_the_services_alternatives_with_reasons(
    ai_service, factors, organization, api
):
    proposed, next_best, _ = factors

    def match(items):
        return [
            {
                "id": item["id"],
                "factor_id": str(proposed.pk),
                "confidence": 0.3,
                "rationale": "closest by meaning",
                "alternatives": [
                    {"factor_id": str(next_best.pk), "reason": "next by meaning"},
                    {"factor_id": str(uuid.uuid4()), "reason": "not in the library"},
                    {"factor_id": "not a uuid", "reason": "malformed"},
                    "not an object",
                ],
            }
            for item in items
        ]

    ai_service(match=match, latency=10)
    rows = [["description", "quantity", "unit"], ["Electricity office", "10", "kWh"]]

    result = upload_create(organization=organization, file=upload_file(csv_bytes(rows)))

    assert Upload.objects.get(pk=result.upload.pk).status == Upload.Status.DONE
    entry = MatchCacheEntry.objects.get(organization=organization)
    assert entry.status == MatchStatus.NEEDS_REVIEW
    assert entry.alternatives == [
        {"factor_id": str(next_best.pk), "reason": "next by meaning"}
    ]
    [group] = api.get("/api/v1/activities/review-groups/").json()["results"]
    offered = [(c["factor_id"], c["reason"]) for c in group["candidates"]]
    assert offered[0][0] == str(proposed.pk)
    assert "closest by meaning" in offered[0][1]
    assert offered[1] == (str(next_best.pk), "next by meaning")
    assert len({factor_id for factor_id, _ in offered}) == len(offered) <= 3
    [answer] = AiServiceMatcher(organization=organization).match_items(items(1))
    assert [a.factor_id for a in answer.alternatives] == [next_best.pk]


def test_ai_service_matcher_answers_every_item_in_order(
    ai_service, organization, settings
):
    ai_service(latency=10)
    settings.AI_MATCHING_BATCH_SIZE = 4
    asked = items(10)

    results = AiServiceMatcher(organization=organization).match_items(asked)

    assert [r.key for r in results] == [i.key for i in asked]
    assert {r.method for r in results} == {"ai_service_v1"}
    assert AiMatchBatch.objects.count() == 3


def test_breaker_lets_one_probe_through_after_cooldown_and_closes_on_success(
    settings,
):
    settings.AI_MATCHING_BREAKER_THRESHOLD = 2
    settings.AI_MATCHING_BREAKER_COOLDOWN_SECONDS = 0
    breaker_record_failure()
    assert breaker_state() == "closed"
    breaker_record_failure()
    assert breaker_state() == "open"

    assert breaker_allows(owner="probe")
    assert breaker_state() == "half_open"
    assert not breaker_allows(owner="other")
    assert breaker_allows(owner="probe")
    breaker_record_success()

    assert breaker_state() == "closed"
    assert breaker_allows(owner="other")


def test_recover_requeues_expired_leases_and_orphaned_pending_batches(
    factors, organization
):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("carbon.jobs.services._dispatch", lambda job_id, profile: None)
        queued, orphan, expired, live = ai_batches_create(
            items=items(4), organization=organization, batch_size=1, enqueue=False
        )
        ai_batch_claim(batch_id=expired.pk, owner="dead")
        ai_batch_claim(batch_id=live.pk, owner="alive")
        AiMatchBatch.objects.filter(pk=expired.pk).update(
            lease_expires_at=timezone.now() - timedelta(seconds=1)
        )
        job_enqueue(
            "matching.tasks.ai_batch_run",
            kind="matching.ai_batch",
            profile="ai",
            args=[str(queued.pk)],
        )

        recovered = ai_batches_recover()

    assert set(recovered) == {orphan.pk, expired.pk}


def test_each_batch_carries_the_uploads_sample_of_its_category_values(
    ai_service, factors, organization, settings
):
    settings.AI_MATCHING_BATCH_SIZE = 2
    calls = []

    def match(items, classes):
        calls.append((items, classes))
        return service_match_fn(factors)(items)

    ai_service(match=match, latency=10)
    rows = [["Date", "Description", "Category", "Amount", "Currency"]] + [
        ["2024-01-05", f"Nevirapine {dose}mg tablets", "Adult", "120", "USD"]
        for dose in (50, 100, 150, 200, 300)
    ]
    rows.append(["2024-01-06", "HIV rapid test kit", "HIV test", "80", "USD"])

    result = upload_create(organization=organization, file=upload_file(csv_bytes(rows)))

    assert Upload.objects.get(pk=result.upload.pk).status == Upload.Status.DONE
    assert len(calls) == 3
    adult = {f"Nevirapine {dose}mg tablets" for dose in (50, 100, 150, 200, 300)}
    for items, classes in calls:
        # Only the values of the batch's own items, each with the upload's sample
        # of it, whichever batch it travels in.
        assert set(classes) == {item["category"] for item in items}
        if "Adult" in classes:
            assert {item["description"] for item in classes["Adult"]} == adult
        if "HIV test" in classes:
            assert [item["description"] for item in classes["HIV test"]] == [
                "HIV rapid test kit"
            ]


@pytest.mark.parametrize(
    "classes", [["Adult"], {"Adult": "Nevirapine"}, {"Adult": [{"id": "k1"}]}]
)
def test_the_service_refuses_classes_that_are_not_samples_of_items(ai_service, classes):
    service = ai_service(latency=0)
    item = {"id": "k1", "description": "Nevirapine 200mg", "unit": "USD"}

    response = requests.post(
        service.url + "/v1/match",
        json={"batch_id": "b1", "items": [item], "classes": classes},
        timeout=10,
    )

    assert response.status_code == 400
    assert response.json()["error"].startswith("classes must be")
    assert service.service.stats_snapshot()["items"] == 0
