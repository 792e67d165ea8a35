"""Tracked background work on django-q2: a Job row per task, retries with backoff.

    job_enqueue("ingestion.tasks.upload_step", kind="upload.parse", profile="io",
                args=[str(upload.id), "parse"], organization=org, subject=upload)

The Job row is written in the caller's transaction and the task is handed to the
profile's cluster only on commit, so a rolled-back request never leaves work behind.
The fair queue: an organization has at most settings.JOB_ORGANIZATION_SHARE[profile]
jobs of a profile with the cluster at once, unless the cluster has idle workers;
the others wait in the table (queued, not dispatched) and go, oldest first, as jobs
of the profile finish. A burst from one organization thus never sits in the
broker ahead of another organization's work.
Workers call `job_run`, which records attempts, timings and errors, and schedules a
retry with exponential backoff and jitter until the job's attempts are used up.
"""

from __future__ import annotations

import logging
import random
import time
import traceback
from datetime import timedelta
from importlib import import_module
from uuid import UUID

from django.apps import apps
from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.module_loading import import_string
from django_q.models import Schedule
from django_q.tasks import async_task

from carbon.core.exceptions import Conflict
from carbon.core.metrics import JOBS_FINISHED
from carbon.core.profiles import profile_cluster, profile_timeout, profile_workers
from carbon.jobs.models import Job

logger = logging.getLogger(__name__)


def _dispatch(job_id: UUID, profile: str) -> None:
    async_task(
        "carbon.jobs.services.job_run",
        str(job_id),
        cluster=profile_cluster(profile),
        task_name=f"job-{job_id}",
    )


def _organization_share(organization_id, profile: str) -> int:
    if organization_id is None:
        return 0
    return int(settings.JOB_ORGANIZATION_SHARE[profile])


def _lock_profile(profile: str) -> None:
    """Serialize the fair queue's bookkeeping of one profile (transaction-scoped)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))",
            [f"job-share:{profile}"],
        )


def _in_flight(profile: str, organization_id=None) -> int:
    """Jobs of the profile with its cluster (queued there, running or retrying)."""
    jobs = Job.objects.filter(
        profile=profile, status__in=Job.UNFINISHED, dispatched_at__isnull=False
    )
    if organization_id is not None:
        jobs = jobs.filter(organization_id=organization_id)
    return jobs.count()


def _within_share(organization_id, profile: str) -> bool:
    share = _organization_share(organization_id, profile)
    return not share or _in_flight(profile, organization_id) < share


def _idle_workers(profile: str) -> bool:
    return _in_flight(profile) < profile_workers(profile)


def _hand_over(job: Job) -> None:
    job.dispatched_at = timezone.now()
    job.save(update_fields=["dispatched_at"])
    transaction.on_commit(
        lambda job_id=job.id, profile=job.profile: _dispatch(job_id, profile),
        robust=True,
    )


_RELEASE_SCAN = 200


def jobs_release_held(profile: str) -> int:
    """Hand waiting jobs of a profile to its cluster: first, oldest first, those of
    organizations now within their share; then, while the cluster has idle
    workers, any (the queue stays work-conserving). Returns how many went."""
    released = 0
    with transaction.atomic():
        _lock_profile(profile)
        waiting = list(
            Job.objects.filter(
                profile=profile, status=Job.Status.QUEUED, dispatched_at__isnull=True
            ).order_by("created_at", "id")[:_RELEASE_SCAN]
        )
        for job in waiting:
            if _within_share(job.organization_id, profile):
                _hand_over(job)
                released += 1
        for job in waiting:
            if job.dispatched_at is None and _idle_workers(profile):
                _hand_over(job)
                released += 1
    return released


def job_enqueue(
    func: str,
    *,
    kind: str,
    profile: str = Job.Profile.DEFAULT,
    args: list | None = None,
    kwargs: dict | None = None,
    organization=None,
    subject=None,
    max_attempts: int | None = None,
) -> Job:
    """Create a Job and hand it to its profile's cluster when the transaction commits."""
    if profile not in Job.Profile.values:
        raise ValueError(f"unknown task profile {profile!r}")
    job = Job(
        kind=kind,
        func=func,
        args=list(args or []),
        kwargs=dict(kwargs or {}),
        profile=profile,
        organization=organization,
        max_attempts=max_attempts or settings.JOB_MAX_ATTEMPTS[profile],
    )
    if subject is not None:
        job.subject_type = subject._meta.model_name
        job.subject_id = subject.pk
    job.full_clean()
    with transaction.atomic():
        if _organization_share(job.organization_id, profile):
            _lock_profile(profile)
            if _within_share(job.organization_id, profile) or _idle_workers(profile):
                job.dispatched_at = timezone.now()
        else:
            job.dispatched_at = timezone.now()
        job.save()
    if job.dispatched_at is not None:
        transaction.on_commit(lambda: _dispatch(job.id, profile))
    return job


def _claim(job_id: UUID) -> Job | None:
    """Mark the job running and count the attempt; None if it needs no run.

    A running job is left alone: its task was delivered twice (the reaper hands a
    job over again when its task may have been lost, and the ORM broker redelivers
    what a dead cluster had pulled). A worker that died with it is the reaper's."""
    with transaction.atomic():
        job = Job.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.status in (
            Job.Status.RUNNING,
            Job.Status.SUCCEEDED,
            Job.Status.FAILED,
        ):
            return None
        job.status = Job.Status.RUNNING
        job.attempts += 1
        job.started_at = timezone.now()
        job.finished_at = None
        job.duration_ms = None
        job.next_attempt_at = None
        job.save(
            update_fields=[
                "status",
                "attempts",
                "started_at",
                "finished_at",
                "duration_ms",
                "next_attempt_at",
            ]
        )
        return job


def backoff_seconds(attempt: int) -> float:
    base = float(settings.JOB_RETRY_BACKOFF_SECONDS)
    if base <= 0:
        return 0.0
    delay = min(base * (2 ** (attempt - 1)), 3600.0)
    return delay * random.uniform(0.5, 1.0)


def _schedule_retry(job: Job, delay: float) -> None:
    if delay <= 0 or settings.Q_CLUSTER.get("sync"):
        transaction.on_commit(lambda: _dispatch(job.id, job.profile))
        return
    Schedule.objects.create(
        name=f"retry-{job.id}-{job.attempts}",
        func="carbon.jobs.services.job_redispatch",
        args=repr(str(job.id)),
        schedule_type=Schedule.ONCE,
        repeats=-1,
        next_run=job.next_attempt_at,
        cluster=profile_cluster(job.profile),
    )


def _record_failure(job: Job, error: str) -> None:
    now = timezone.now()
    with transaction.atomic():
        job.finished_at = now
        job.duration_ms = int((now - job.started_at).total_seconds() * 1000)
        job.error = error[-10_000:]
        JOBS_FINISHED.labels(job.kind, job.profile, "failed").inc()
        if job.attempts < job.max_attempts:
            delay = backoff_seconds(job.attempts)
            job.status = Job.Status.RETRYING
            job.next_attempt_at = now + timedelta(seconds=delay)
            job.save(
                update_fields=[
                    "status",
                    "finished_at",
                    "duration_ms",
                    "error",
                    "next_attempt_at",
                ]
            )
            _schedule_retry(job, delay)
        else:
            job.status = Job.Status.FAILED
            job.save(update_fields=["status", "finished_at", "duration_ms", "error"])
            transaction.on_commit(lambda: jobs_release_held(job.profile))


def job_run(job_id: str) -> None:
    """Worker entry point: run one attempt of a job. Never raises."""
    job = _claim(UUID(job_id))
    if job is None:
        return
    started = time.monotonic()
    log = logger.getChild("run")
    try:
        func = import_string(job.func)
        result = func(*job.args, **job.kwargs)
    except Exception as exc:  # task boundary: the Job records every failure
        log.exception(
            "job.attempt_failed",
            extra={"job_id": str(job.id), "kind": job.kind, "attempt": job.attempts},
        )
        _record_failure(job, f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}")
        return
    now = timezone.now()
    job.status = Job.Status.SUCCEEDED
    job.finished_at = now
    job.duration_ms = int((time.monotonic() - started) * 1000)
    job.error = ""
    job.result = result if isinstance(result, (dict, list)) else None
    job.save(update_fields=["status", "finished_at", "duration_ms", "error", "result"])
    JOBS_FINISHED.labels(job.kind, job.profile, "succeeded").inc()
    log.info(
        "job.succeeded",
        extra={"job_id": str(job.id), "kind": job.kind, "attempts": job.attempts},
    )
    jobs_release_held(job.profile)


def job_redispatch(job_id: str) -> None:
    """Hand a retrying job back to its cluster (called by the one-off schedule)."""
    job = Job.objects.filter(pk=job_id, status=Job.Status.RETRYING).first()
    if job is not None:
        _dispatch(job.id, job.profile)


@transaction.atomic
def job_retry(*, job: Job) -> Job:
    """Re-run a failed job with a fresh attempt budget. Raises Conflict otherwise."""
    job = Job.objects.select_for_update().get(pk=job.pk)
    if job.status != Job.Status.FAILED:
        raise Conflict(f"Only failed jobs can be retried; this one is {job.status}.")
    job.status = Job.Status.QUEUED
    job.max_attempts = job.attempts + settings.JOB_MAX_ATTEMPTS[job.profile]
    job.error = ""
    job.dispatched_at = timezone.now()  # a person's retry goes ahead of the queue
    job.save(update_fields=["status", "max_attempts", "error", "dispatched_at"])
    transaction.on_commit(lambda: _dispatch(job.id, job.profile))
    return job


def job_run_scheduled(func: str, kind: str, profile: str = "default") -> None:
    """Entry point of periodic schedules: each run becomes a tracked Job."""
    job_enqueue(func, kind=kind, profile=profile, max_attempts=1)


def schedules_sync() -> list[str]:
    """Create or update the periodic schedules each app declares in tasks.SCHEDULES."""
    names = []
    for app in apps.get_app_configs():
        try:
            module = import_module(f"{app.name}.tasks")
        except ModuleNotFoundError:
            continue
        for entry in getattr(module, "SCHEDULES", []):
            Schedule.objects.update_or_create(
                name=entry["name"],
                defaults={
                    "func": "carbon.jobs.services.job_run_scheduled",
                    "args": repr(
                        (entry["func"], entry["kind"], entry.get("profile", "default"))
                    ),
                    "schedule_type": Schedule.MINUTES,
                    "minutes": entry["minutes"],
                    "repeats": -1,
                },
            )
            names.append(entry["name"])
    return names


def _hand_over_unclaimed(profile: str, cutoff) -> int:
    """Hand over again the jobs of a profile that were handed to its cluster (or
    were due for a retry) before `cutoff` and that no worker has claimed since:
    their task was lost. A cluster pulls tasks from the broker ahead of its
    workers, and the Redis broker has no acknowledgements, so a cluster that dies
    takes the tasks it pulled with it. A task that was only slow to come is
    delivered twice, and `_claim` runs the job once."""
    with transaction.atomic():
        unclaimed = list(
            Job.objects.select_for_update(skip_locked=True).filter(
                Q(status=Job.Status.QUEUED, dispatched_at__lt=cutoff)
                | Q(status=Job.Status.RETRYING, next_attempt_at__lt=cutoff),
                profile=profile,
            )
        )
        for job in unclaimed:
            if job.status == Job.Status.QUEUED:
                _hand_over(job)
            else:
                job.next_attempt_at = timezone.now()
                job.save(update_fields=["next_attempt_at"])
                transaction.on_commit(
                    lambda job_id=job.id: _dispatch(job_id, profile), robust=True
                )
    return len(unclaimed)


def jobs_reap_stale() -> int:
    """Jobs stuck in `running` past their profile's timeout died with their worker;
    jobs handed to a cluster that no worker claimed within that time were lost
    with it and go again; waiting jobs whose organization has room again (a
    release lost with a worker) are handed to their cluster. Returns how many
    jobs were reaped or handed over again."""
    reaped = 0
    now = timezone.now()
    for profile in Job.Profile.values:
        cutoff = now - timedelta(seconds=profile_timeout(profile) + 60)
        stale = Job.objects.filter(
            status=Job.Status.RUNNING, profile=profile, started_at__lt=cutoff
        ).values_list("pk", flat=True)
        for job_id in stale:
            with transaction.atomic():
                job = Job.objects.select_for_update().get(pk=job_id)
                if job.status != Job.Status.RUNNING:
                    continue
                _record_failure(job, "Worker lost: the attempt exceeded its timeout.")
                reaped += 1
        reaped += _hand_over_unclaimed(profile, cutoff)
    for profile in Job.Profile.values:
        jobs_release_held(profile)
    return reaped
