"""Growing past one machine loses nothing (DESIGN.md, "Growing past one machine").

Two worker hosts share only the Redis broker, the database and an S3 bucket (a
moto server): each has its own working directory and MEDIA_ROOT. Host A runs
every profile and parses a 50,000-row activity file; host B joins with its own
clusters; host A is SIGKILLed mid-parse while its cluster holds an MRV lab
import it had already pulled from Redis. Host B finishes both, every row once.
"""

import contextlib
import datetime as dt
import hashlib
import socket
from pathlib import Path

import boto3
import psycopg
import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.utils import timezone
from django_q.brokers import get_broker
from moto.server import ThreadedMotoServer

from accounts.models import Role
from carbon.jobs.models import Job
from carbon.jobs.services import job_enqueue
from ingestion.models import Activity, LabResult, Upload
from ingestion.services.uploads import upload_create
from reporting.mrv.models import DailyRemoval
from tests.databases import database_url
from tests.faults.clusters import (
    ROWS,
    Clusters,
    activity_upload,
    assert_done_with_every_row_once,
    enqueue_to_real_clusters,
    finished,
    reap_as_if_the_timeout_passed,
    wait_for,
)
from tests.reporting.mrv.factories import PlantFactory

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

REDIS = ("127.0.0.1", 6379)
# A Redis database of its own (test_worker_clusters uses 15), so these queues
# meet no other cluster's tasks.
REDIS_URL = "redis://127.0.0.1:6379/14"
BUCKET = "carbon-scale-out"
REGION = "us-east-1"
PROFILES = ("io", "cpu", "default")
HOST_PREFIX = "scale-out-host-"
LAB_DAYS = 30
CLARIFIERS = (("primary_clarifier", "43.2"), ("secondary_clarifier", "53.5"))
LAB_ROWS = LAB_DAYS * len(CLARIFIERS) * 2


def _lab_csv() -> bytes:
    lines = [
        "unique_id,date,plant_id,unit_type_id,measurement_point,parameter_name,"
        "units,value,replicate_num"
    ]
    for day in range(LAB_DAYS):
        date = dt.date(2025, 4, 1) + dt.timedelta(days=day)
        for unit, value in CLARIFIERS:
            for replicate in (1, 2):
                lines.append(
                    f"PLANT_A_{unit}_{date:%Y%m%d}_{replicate},{date},PLANT_A,"
                    f"{unit},outlet,calcium,mg/L,{value},{replicate}"
                )
    return ("\n".join(lines) + "\n").encode()


def _redis_reachable() -> bool:
    try:
        with socket.create_connection(REDIS, timeout=0.5):
            return True
    except OSError:
        return False


@pytest.fixture
def redis_url():
    if not _redis_reachable():
        pytest.skip(
            "no Redis at 127.0.0.1:6379: the scale-out test needs it as the broker "
            "the two worker hosts share"
        )
    return REDIS_URL


@pytest.fixture
def bucket(settings):
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    credentials = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": endpoint,
                "region_name": REGION,
                "access_key": "testing",
                "secret_key": "testing",
                "default_acl": None,
                "file_overwrite": False,
            },
        },
    }
    s3 = boto3.resource("s3", endpoint_url=endpoint, region_name=REGION, **credentials)
    yield s3.create_bucket(Bucket=BUCKET)
    server.stop()


@pytest.fixture
def hosts(redis_url, bucket, monkeypatch, tmp_path):
    enqueue_to_real_clusters(monkeypatch, PROFILES, redis_url=redis_url)
    shared = {
        "REDIS_URL": redis_url,
        "STORAGE": "s3",
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": bucket.meta.client.meta.endpoint_url,
        "AWS_S3_REGION_NAME": REGION,
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        # One worker per cluster: a host whose io worker parses leaves what its
        # cluster pulls next waiting in the cluster's own memory.
        "Q_DEFAULT_WORKERS": "1",
        "Q_IO_WORKERS": "1",
        "Q_CPU_WORKERS": "1",
    }
    running = {}
    for name in ("a", "b"):
        root = tmp_path / f"host-{name}"
        (root / "cwd").mkdir(parents=True)
        (root / "media").mkdir()
        running[name] = Clusters(
            cwd=root / "cwd",
            env={
                **shared,
                "MEDIA_ROOT": str(root / "media"),
                # Names the host's database sessions (pg_stat_activity).
                "PGAPPNAME": f"{HOST_PREFIX}{name}",
            },
        )
    yield running["a"], running["b"]
    for host in running.values():
        host.stop_all()


def _hosts_writing_activities() -> list[str]:
    """The hosts whose sessions hold a lock on the activities table (the parse
    keeps its chunk's transaction open on it)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT DISTINCT a.application_name FROM pg_locks l "
            "JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.relation = %s::regclass AND a.application_name LIKE %s",
            [Activity._meta.db_table, f"{HOST_PREFIX}%"],
        )
        return [name.removeprefix(HOST_PREFIX) for (name,) in cursor.fetchall()]


@contextlib.contextmanager
def _row_locked(upload):
    """Hold the upload's row lock from another session: the parse stops at its
    next chunk's checkpoint, with that chunk loaded but not committed."""
    with psycopg.connect(database_url()) as session:
        table = Upload._meta.db_table
        session.execute(
            f"SELECT 1 FROM {table} WHERE id = %s FOR UPDATE",  # noqa: S608
            [upload.pk],
        )
        yield
        session.rollback()


def _local_files(*roots: Path) -> list[Path]:
    return [path for root in roots for path in root.rglob("*") if path.is_file()]


def _lab_import(organization, admin) -> Upload:
    file = SimpleUploadedFile("lab.csv", _lab_csv(), content_type="text/csv")
    return upload_create(
        organization=organization,
        file=file,
        kind=Upload.Kind.LAB_RESULTS,
        user=admin,
    ).upload


def _assert_lab_rows_once(lab, plant) -> None:
    lab.refresh_from_db()
    assert lab.status == Upload.Status.DONE, lab.failure
    results = LabResult.objects.filter(upload=lab)
    assert results.count() == LAB_ROWS
    assert results.values("row_number").distinct().count() == LAB_ROWS
    removals = DailyRemoval.objects.filter(plant=plant)
    assert removals.count() == LAB_DAYS
    assert set(removals.values_list("version", "is_current")) == {(1, True)}
    assert lab.activities_calculated == LAB_DAYS


def _probe(names: list[str]) -> list[dict]:
    """What each profile's cluster says about its storage and disk."""
    jobs = [
        job_enqueue(
            "tests.faults.probes.worker_storage",
            kind="test.probe",
            profile=profile,
            args=[names],
        )
        for profile in PROFILES
    ]
    jobs = Job.objects.filter(pk__in=[job.pk for job in jobs])
    wait_for(
        lambda: all(job.status == Job.Status.SUCCEEDED for job in jobs.all()),
        60,
        "the probes",
    )
    return [job.result for job in jobs.all()]


def test_a_second_host_finishes_every_row_once_after_the_first_is_killed(
    hosts, bucket, organization, other_organization, member
):
    host_a, host_b = hosts
    for profile in PROFILES:
        host_a.start(profile)
    host_b.start("cpu")
    host_b.start("default")
    plant = PlantFactory(organization=other_organization, code="PLANT_A")
    activities = activity_upload(organization, member)

    def parsed_some() -> bool:
        activities.refresh_from_db()
        return (
            activities.status == Upload.Status.PARSING
            and 0 < activities.rows_parsed < ROWS
        )

    wait_for(parsed_some, 120, "a committed parse chunk")
    with _row_locked(activities):
        wait_for(
            lambda: _hosts_writing_activities() == ["a"], 30, "host A's next chunk"
        )
        lab = _lab_import(other_organization, member(Role.ADMIN, other_organization))
        wait_for(
            lambda: get_broker("io").queue_size() == 0, 30, "host A to pull the lab"
        )
        lab_parse = Job.objects.get(subject_id=lab.pk, kind="upload.parse")
        assert lab_parse.status == Job.Status.QUEUED  # pulled, not started
        host_b.start("io")
        killed_at = timezone.now()
        host_a.stop_all()
    activities.refresh_from_db()
    assert activities.rows_parsed < ROWS
    assert reap_as_if_the_timeout_passed() == 2
    parse = Job.objects.get(subject_id=activities.pk, kind="upload.parse")
    assert parse.error.startswith("Worker lost")
    lab_parse.refresh_from_db()
    assert lab_parse.dispatched_at > killed_at  # handed over again
    jobs = Job.objects.filter(subject_id__in=[activities.pk, lab.pk])

    def settled() -> bool:
        # An upload is done a moment before the Job of its last step says so.
        unfinished = jobs.filter(status__in=Job.UNFINISHED).exists()
        return finished(activities) and finished(lab) and not unfinished

    wait_for(settled, 300, "both uploads and their jobs to finish")

    assert_done_with_every_row_once(activities)
    _assert_lab_rows_once(lab, plant)
    assert {(job.subject_id, job.kind): (job.status, job.attempts) for job in jobs} == {
        (activities.pk, "upload.parse"): (Job.Status.SUCCEEDED, 2),
        (activities.pk, "upload.match"): (Job.Status.SUCCEEDED, 1),
        (activities.pk, "upload.calculate"): (Job.Status.SUCCEEDED, 1),
        (lab.pk, "upload.parse"): (Job.Status.SUCCEEDED, 1),
        (lab.pk, "upload.calculate"): (Job.Status.SUCCEEDED, 1),
    }
    # Every attempt that counted started after the kill: host B ran it.
    assert [job.kind for job in jobs if job.started_at < killed_at] == []

    names = [activities.file.name, lab.file.name]
    for upload in (activities, lab):
        stored = bucket.Object(upload.file.name).get()["Body"].read()
        assert hashlib.sha256(stored).hexdigest() == upload.sha256
    assert _local_files(host_a.cwd.parent, host_b.cwd.parent) == []
    for root in (Path(django_settings.MEDIA_ROOT), django_settings.BASE_DIR / "media"):
        assert [(root / name).exists() for name in names] == [False, False]
    assert _probe(names) == [
        {
            "cwd": str(host_b.cwd.resolve()),
            "media_root": host_b.env["MEDIA_ROOT"],
            "storage": "storages.backends.s3.S3Storage",
            "bucket": BUCKET,
            "in_storage": [True, True],
            "on_local_disk": [False, False, False, False],
        }
    ] * len(PROFILES)
