import os
import socket
import subprocess
import sys
import time

import pytest
from django.conf import settings
from django_q.conf import Conf

from carbon.jobs.models import Job
from carbon.jobs.services import job_enqueue
from tests.databases import database_url

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def _redis_reachable() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.fixture(params=["orm", "redis"])
def cluster(request, monkeypatch):
    broker = request.param
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "carbon.settings.base",
        "DEBUG": "true",
        "DATABASE_URL": database_url(),
        "Q_CLUSTER_NAME": "io",
        "JOB_RETRY_BACKOFF_SECONDS": "0",
        "LOG_LEVEL": "WARNING",
    }
    if broker == "redis":
        if not _redis_reachable():
            pytest.skip(
                "no Redis at 127.0.0.1:6379; the Redis-broker path is untested here"
            )
        env["REDIS_URL"] = "redis://127.0.0.1:6379/15"
        monkeypatch.setattr(Conf, "REDIS", env["REDIS_URL"])
        monkeypatch.setattr(Conf, "ORM", None)
    # django-q2 reads its settings once, at import: switch this process's enqueueing
    # from in-process (test settings) to the real broker the cluster listens on.
    monkeypatch.setattr(Conf, "SYNC", False)
    monkeypatch.setitem(settings.Q_CLUSTER, "sync", False)
    process = subprocess.Popen(
        [sys.executable, "manage.py", "qcluster"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    yield broker
    process.terminate()
    process.wait(timeout=30)


def test_real_cluster_retries_a_failing_job_until_it_succeeds(
    cluster, organization, tmp_path
):
    from django_q.brokers import get_broker

    get_broker("io").purge_queue()
    job = job_enqueue(
        "tests.carbon.jobs.flaky_tasks.fail_until_attempt",
        kind="test.cluster",
        profile="io",
        args=[str(tmp_path / "calls"), 3],
        organization=organization,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        job.refresh_from_db()
        if job.status == Job.Status.SUCCEEDED:
            break
        time.sleep(0.3)
    assert job.status == Job.Status.SUCCEEDED
    assert job.attempts == 3
    assert (tmp_path / "calls").read_text() == "3"
