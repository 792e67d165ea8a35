import os
import signal
import subprocess
import sys
import time
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django_q.conf import Conf

from accounts.models import Role
from carbon.jobs.models import Job
from carbon.jobs.services import jobs_reap_stale
from ingestion.models import Activity, Upload
from ingestion.services.uploads import upload_create
from matching.factors.loaders import factor_library_load
from reporting.models import Emission
from tests.databases import database_url

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

ROWS = 50_000
LINES = ["Electricity,1200,kWh", "Diesel,300,litres", "Natural gas,5000,kWh"]


def _csv() -> bytes:
    body = "\n".join(
        f"{LINES[n % 3]},2026-01-{n % 28 + 1:02d},row-{n}" for n in range(ROWS)
    )
    return f"description,quantity,unit,date,external_id\n{body}\n".encode()


class Clusters:
    """The io and cpu worker clusters as real processes, killable with SIGKILL."""

    def __init__(self) -> None:
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "carbon.settings.base",
            "DEBUG": "false",
            # Tasks are signed with SECRET_KEY: the clusters share this process's.
            "SECRET_KEY": settings.SECRET_KEY,
            "DATABASE_URL": database_url(),
            "MEDIA_ROOT": str(settings.MEDIA_ROOT),
            "JOB_RETRY_BACKOFF_SECONDS": "0",
            "PARSE_CHUNK_ROWS": "2000",
            "LOG_LEVEL": "ERROR",
        }
        self.env.pop("AI_MATCHING_URL", None)
        self.processes: dict[str, subprocess.Popen] = {}

    def start(self, profile: str) -> None:
        self.processes[profile] = subprocess.Popen(
            [sys.executable, "manage.py", "qcluster"],
            cwd=settings.BASE_DIR,
            env={**self.env, "Q_CLUSTER_NAME": profile},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )

    def kill(self, profile: str) -> None:
        process = self.processes.pop(profile)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)

    def stop_all(self) -> None:
        for profile in list(self.processes):
            self.kill(profile)


@pytest.fixture
def clusters(monkeypatch):
    from django_q.brokers import get_broker

    monkeypatch.setattr(Conf, "SYNC", False)
    monkeypatch.setitem(settings.Q_CLUSTER, "sync", False)
    for profile in ("io", "cpu"):
        get_broker(profile).purge_queue()
    running = Clusters()
    yield running
    running.stop_all()


def _wait_for(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(
        f"timed out waiting for {what}: "
        f"{list(Upload.objects.values_list('status', 'rows_parsed', 'failure'))} "
        f"{list(Job.objects.values_list('kind', 'status', 'attempts', 'error'))}"
    )


def _reap_as_if_the_timeout_passed() -> int:
    # The reaper waits for the profile's timeout (an hour for io); age the
    # running jobs instead of the test.
    Job.objects.filter(status=Job.Status.RUNNING).update(
        started_at=timezone.now() - timedelta(days=1)
    )
    return jobs_reap_stale()


def _upload(organization, member):
    factor_library_load()
    file = SimpleUploadedFile("fault.csv", _csv(), content_type="text/csv")
    return upload_create(
        organization=organization, file=file, user=member(Role.ANALYST)
    ).upload


def _assert_done_with_every_row_once(upload):
    upload.refresh_from_db()
    assert upload.status == Upload.Status.DONE, upload.failure
    assert upload.rows_total == ROWS
    activities = Activity.objects.filter(upload=upload)
    assert activities.count() == ROWS
    assert activities.values("row_number").distinct().count() == ROWS
    emissions = Emission.objects.filter(activity__upload=upload)
    assert emissions.count() == ROWS
    assert emissions.values("activity_id").distinct().count() == ROWS
    assert upload.activities_calculated == ROWS


def _finished(upload) -> bool:
    upload.refresh_from_db()
    return upload.status in (Upload.Status.DONE, Upload.Status.FAILED)


def test_worker_killed_during_parse_resumes_to_every_row_once(
    clusters, organization, member
):
    clusters.start("io")
    clusters.start("cpu")
    upload = _upload(organization, member)

    def parsed_some() -> bool:
        upload.refresh_from_db()
        return upload.status == Upload.Status.PARSING and 0 < upload.rows_parsed < ROWS

    _wait_for(parsed_some, 120, "a committed parse chunk")
    clusters.kill("io")
    upload.refresh_from_db()
    assert upload.rows_parsed < ROWS
    assert _reap_as_if_the_timeout_passed() == 1
    clusters.start("io")
    _wait_for(lambda: _finished(upload), 300, "the upload to finish")
    _assert_done_with_every_row_once(upload)


def test_worker_killed_during_calculate_recalculates_every_row_once(
    clusters, organization, member
):
    clusters.start("io")
    clusters.start("cpu")
    upload = _upload(organization, member)

    def calculating() -> bool:
        upload.refresh_from_db()
        return upload.status == Upload.Status.CALCULATING

    _wait_for(calculating, 300, "the calculate step")
    clusters.kill("cpu")
    upload.refresh_from_db()
    assert upload.status == Upload.Status.CALCULATING
    assert _reap_as_if_the_timeout_passed() == 1
    clusters.start("cpu")
    _wait_for(lambda: _finished(upload), 300, "the upload to finish")
    _assert_done_with_every_row_once(upload)
