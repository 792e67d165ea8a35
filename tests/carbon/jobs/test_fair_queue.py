"""The fair queue: an organization's share of a profile's workers (JOB_ORGANIZATION_SHARE)."""

import threading
from collections import Counter
from datetime import timedelta

import pytest
from django.db import connection, transaction
from django.utils import timezone

from carbon.jobs import services
from carbon.jobs.models import Job
from carbon.jobs.services import job_enqueue, job_run, jobs_reap_stale
from tests.accounts.factories import OrganizationFactory

SHARE = {"default": 0, "io": 1, "cpu": 2, "ai": 0}


def _workers(settings, io: int, cpu: int = 1) -> None:
    clusters = dict(settings.Q_CLUSTER["ALT_CLUSTERS"])
    clusters["io"] = {**clusters["io"], "workers": io}
    clusters["cpu"] = {**clusters["cpu"], "workers": cpu}
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "ALT_CLUSTERS": clusters}


@pytest.fixture
def handed(monkeypatch, settings):
    """Job ids handed to a cluster, in order (the broker itself is not exercised).
    One io and one cpu worker unless a test says otherwise."""
    settings.JOB_ORGANIZATION_SHARE = SHARE
    _workers(settings, io=1)
    ids: list = []
    monkeypatch.setattr(
        services, "_dispatch", lambda job_id, profile: ids.append(job_id)
    )
    return ids


def _enqueue(organization, profile="io"):
    return job_enqueue(
        "tests.carbon.jobs.flaky_tasks.fail_until_attempt",
        kind="test.share",
        profile=profile,
        args=["/dev/null", 1],
        organization=organization,
    )


@pytest.mark.django_db
def test_an_organizations_extra_jobs_wait_and_go_oldest_first_as_its_jobs_finish(
    handed, django_capture_on_commit_callbacks
):
    busy, other = OrganizationFactory(), OrganizationFactory()
    with django_capture_on_commit_callbacks(execute=True):
        first, second, third = (_enqueue(busy) for _ in range(3))
        small = _enqueue(other)
    assert handed == [first.pk, small.pk]  # the other organization did not wait
    second.refresh_from_db()
    assert (second.status, second.dispatched_at) == (Job.Status.QUEUED, None)

    with django_capture_on_commit_callbacks(execute=True):
        job_run(str(first.pk))
    assert handed == [first.pk, small.pk, second.pk]
    third.refresh_from_db()
    assert third.dispatched_at is None


@pytest.mark.django_db
def test_idle_workers_take_jobs_beyond_the_share_but_never_an_others_place(
    handed, settings, django_capture_on_commit_callbacks
):
    _workers(settings, io=3)
    busy, other = OrganizationFactory(), OrganizationFactory()
    with django_capture_on_commit_callbacks(execute=True):
        burst = [_enqueue(busy) for _ in range(5)]
    assert handed == [job.pk for job in burst[:3]]  # work-conserving: no idle worker
    with django_capture_on_commit_callbacks(execute=True):
        small = _enqueue(other)
        job_run(str(burst[0].pk))
    # The other organization went at once; the freed worker is not the burst's
    # while it is over its share and the cluster is full.
    assert handed == [*(job.pk for job in burst[:3]), small.pk]


@pytest.mark.django_db
def test_the_share_is_per_profile(handed, django_capture_on_commit_callbacks):
    organization = OrganizationFactory()
    with django_capture_on_commit_callbacks(execute=True):
        cpu = [_enqueue(organization, "cpu") for _ in range(3)]
        unlimited = [_enqueue(organization, "default") for _ in range(3)]
    assert handed == [cpu[0].pk, cpu[1].pk, *(job.pk for job in unlimited)]


@pytest.mark.django_db
def test_a_permanently_failed_job_frees_its_place(
    handed, django_capture_on_commit_callbacks
):
    organization = OrganizationFactory()
    with django_capture_on_commit_callbacks(execute=True):
        failing = job_enqueue(
            "tests.carbon.jobs.flaky_tasks.always_fail",
            kind="test.share",
            profile="io",
            args=["share"],
            organization=organization,
            max_attempts=1,
        )
        waiting = _enqueue(organization)
    assert handed == [failing.pk]
    with django_capture_on_commit_callbacks(execute=True):
        job_run(str(failing.pk))
    failing.refresh_from_db()
    assert failing.status == Job.Status.FAILED
    assert handed == [failing.pk, waiting.pk]


@pytest.mark.django_db
def test_the_reaper_hands_on_a_waiting_job_whose_release_was_lost(
    handed, django_capture_on_commit_callbacks
):
    organization = OrganizationFactory()
    with django_capture_on_commit_callbacks(execute=True):
        running, waiting = _enqueue(organization), _enqueue(organization)
    # The worker died between finishing and releasing.
    Job.objects.filter(pk=running.pk).update(status=Job.Status.SUCCEEDED)
    with django_capture_on_commit_callbacks(execute=True):
        jobs_reap_stale()
    assert handed == [running.pk, waiting.pk]
    with django_capture_on_commit_callbacks(execute=True):
        jobs_reap_stale()
    assert handed == [running.pk, waiting.pk]  # handed on once


@pytest.mark.django_db
def test_the_reaper_hands_over_again_jobs_whose_task_a_dead_cluster_had_pulled(
    handed, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        queued = _enqueue(OrganizationFactory())
        retrying = _enqueue(OrganizationFactory())
    # Pulled from the broker by clusters that died before a worker claimed them.
    long_ago = timezone.now() - timedelta(days=1)
    Job.objects.filter(pk=queued.pk).update(dispatched_at=long_ago)
    Job.objects.filter(pk=retrying.pk).update(
        status=Job.Status.RETRYING, attempts=1, next_attempt_at=long_ago
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert jobs_reap_stale() == 2
    assert Counter(handed) == {queued.pk: 2, retrying.pk: 2}
    with django_capture_on_commit_callbacks(execute=True):
        assert jobs_reap_stale() == 0
    assert Counter(handed) == {queued.pk: 2, retrying.pk: 2}  # handed over once


@pytest.mark.django_db
def test_a_second_delivery_of_a_running_job_does_not_run_it(handed, tmp_path):
    job = job_enqueue(
        "tests.carbon.jobs.flaky_tasks.fail_until_attempt",
        kind="test.share",
        profile="io",
        args=[str(tmp_path / "calls"), 1],
    )
    Job.objects.filter(pk=job.pk).update(status=Job.Status.RUNNING, attempts=1)
    job_run(str(job.pk))
    job.refresh_from_db()
    assert (job.status, job.attempts) == (Job.Status.RUNNING, 1)
    assert not (tmp_path / "calls").exists()


@pytest.mark.django_db(transaction=True)
def test_concurrent_enqueues_of_one_organization_never_exceed_its_share(handed):
    organization = OrganizationFactory()
    start = threading.Barrier(6)
    errors = []

    def enqueue():
        try:
            start.wait(timeout=10)
            with transaction.atomic():
                _enqueue(organization)
        except Exception as exc:  # reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=enqueue) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    jobs = Job.objects.filter(organization=organization)
    assert jobs.count() == 6
    assert jobs.filter(dispatched_at__isnull=False).count() == 1
    assert len(handed) == 1
