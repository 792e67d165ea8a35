"""Real django-q2 worker clusters for the fault tests, and the file they chew on.

A `Clusters` is one worker host: its clusters are `manage.py qcluster` processes
(one per profile, each in its own process group so SIGKILL takes its workers too)
with the host's own working directory and environment.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django_q.brokers import get_broker
from django_q.conf import Conf

from accounts.models import Role
from carbon.jobs.models import Job
from carbon.jobs.services import jobs_reap_stale
from ingestion.models import Activity, Upload
from ingestion.services.uploads import upload_create
from matching.factors.loaders import factor_library_load
from reporting.models import Emission
from tests.databases import database_url

ROWS = 50_000
LINES = ["Electricity,1200,kWh", "Diesel,300,litres", "Natural gas,5000,kWh"]


class Clusters:
    """The clusters of one worker host as real processes, killable with SIGKILL."""

    def __init__(self, *, cwd: Path | None = None, env: dict | None = None) -> None:
        self.cwd = cwd or settings.BASE_DIR
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
            **(env or {}),
        }
        self.env.pop("AI_MATCHING_URL", None)
        self.processes: dict[str, subprocess.Popen] = {}

    def start(self, profile: str) -> None:
        self.processes[profile] = subprocess.Popen(
            [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "qcluster"],
            cwd=self.cwd,
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


def enqueue_to_real_clusters(monkeypatch, profiles, *, redis_url: str = "") -> None:
    """Switch this process from in-process tasks (test settings) to the broker the
    clusters listen on, and empty the profiles' queues. django-q2 reads its
    settings once, at import, hence the Conf patches."""
    if redis_url:
        monkeypatch.setattr(Conf, "REDIS", redis_url)
        monkeypatch.setattr(Conf, "ORM", None)
    monkeypatch.setattr(Conf, "SYNC", False)
    monkeypatch.setitem(settings.Q_CLUSTER, "sync", False)
    for profile in profiles:
        get_broker(profile).purge_queue()


def wait_for(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(
        f"timed out waiting for {what}: "
        f"{list(Upload.objects.values_list('kind', 'status', 'rows_parsed', 'failure'))} "
        f"{list(Job.objects.values_list('kind', 'status', 'attempts', 'error'))}"
    )


def reap_as_if_the_timeout_passed() -> int:
    # The reaper waits for the profile's timeout (an hour for io); age the
    # running jobs, and those handed to a cluster but not started, instead of
    # the test.
    long_ago = timezone.now() - timedelta(days=1)
    Job.objects.filter(status=Job.Status.RUNNING).update(started_at=long_ago)
    Job.objects.filter(status=Job.Status.QUEUED, dispatched_at__isnull=False).update(
        dispatched_at=long_ago
    )
    return jobs_reap_stale()


def activity_csv() -> bytes:
    body = "\n".join(
        f"{LINES[n % 3]},2026-01-{n % 28 + 1:02d},row-{n}" for n in range(ROWS)
    )
    return f"description,quantity,unit,date,external_id\n{body}\n".encode()


def activity_upload(organization, member) -> Upload:
    factor_library_load()
    file = SimpleUploadedFile("fault.csv", activity_csv(), content_type="text/csv")
    return upload_create(
        organization=organization, file=file, user=member(Role.ANALYST)
    ).upload


def finished(upload) -> bool:
    upload.refresh_from_db()
    return upload.status in (Upload.Status.DONE, Upload.Status.FAILED)


def assert_done_with_every_row_once(upload) -> None:
    upload.refresh_from_db()
    assert upload.status == Upload.Status.DONE, upload.failure
    assert upload.rows_total == ROWS
    activities = Activity.objects.filter(upload=upload)
    assert activities.count() == ROWS
    assert activities.values("row_number").distinct().count() == ROWS
    assert activities.values("external_id").distinct().count() == ROWS
    emissions = Emission.objects.filter(activity__upload=upload)
    assert emissions.count() == ROWS
    assert emissions.values("activity_id").distinct().count() == ROWS
    assert upload.activities_calculated == ROWS
