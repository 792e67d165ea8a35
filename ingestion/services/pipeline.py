"""Chaining the upload pipeline's steps (settings.UPLOAD_PIPELINES).

Each app owns the task of its own step (ingestion parses, matching matches,
reporting calculates); this module only knows the order, queues the step after a
finished one and records a step's last failure on the upload. Every step takes an
upload id, is safe to re-run and returns whether the pipeline goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from carbon.jobs.models import Job
from carbon.jobs.services import job_enqueue
from ingestion.models import Upload

logger = logging.getLogger(__name__)


def pipeline_steps(kind: str) -> tuple[tuple[str, str, str], ...]:
    """(step, task path, profile) of an upload kind, in order."""
    try:
        return tuple(settings.UPLOAD_PIPELINES[kind])
    except KeyError:
        raise ValueError(f"no pipeline for uploads of kind {kind!r}") from None


def upload_step_enqueue(*, upload: Upload, step: str) -> Job:
    """Queue one step of the upload's pipeline as a tracked job."""
    for name, func, profile in pipeline_steps(upload.kind):
        if name == step:
            return job_enqueue(
                func,
                kind=f"upload.{name}",
                profile=profile,
                args=[str(upload.pk)],
                organization=upload.organization,
                subject=upload,
            )
    raise ValueError(f"uploads of kind {upload.kind!r} have no step {step!r}")


def upload_pipeline_start(*, upload: Upload) -> Job:
    """Queue the first step of a new upload's pipeline."""
    first, _func, _profile = pipeline_steps(upload.kind)[0]
    return upload_step_enqueue(upload=upload, step=first)


def upload_pipeline_next(*, upload: Upload, step: str) -> Job | None:
    """Queue the step after `step`; None after the last one."""
    names = [name for name, _func, _profile in pipeline_steps(upload.kind)]
    following = names[names.index(step) + 1 :]
    if not following:
        return None
    return upload_step_enqueue(upload=upload, step=following[0])


def _fail_upload_on_last_attempt(upload_id, kind: str, exc: Exception) -> None:
    """The Job retries; once its attempts are used up the upload says it failed."""
    job = (
        Job.objects.filter(subject_id=upload_id, kind=kind, status=Job.Status.RUNNING)
        .order_by("-created_at")
        .first()
    )
    if job is not None and job.attempts >= job.max_attempts:
        upload = Upload.objects.get(pk=upload_id)
        upload_fail(
            upload=upload, message=f"{kind} failed: {type(exc).__name__}: {exc}"
        )


def upload_step_run(upload_id, *, step: str, run: Callable[..., bool]) -> None:
    """Task body of one step: run it, then queue the next step if it says so."""
    kind = f"upload.{step}"
    try:
        proceed = run(upload_id=upload_id)
    except Exception as exc:  # task boundary: record on the upload, let the Job retry
        _fail_upload_on_last_attempt(upload_id, kind, exc)
        raise
    if proceed:
        upload_pipeline_next(upload=Upload.objects.get(pk=upload_id), step=step)


def upload_status_set(upload: Upload, status: str) -> None:
    upload.status = status
    upload.save(update_fields=["status"])


@transaction.atomic
def upload_fail(*, upload: Upload, message: str) -> Upload:
    upload.status = Upload.Status.FAILED
    upload.failure = message[:2000]
    upload.finished_at = timezone.now()
    upload.save(update_fields=["status", "failure", "finished_at"])
    logger.info("upload.failed", extra={"upload_id": str(upload.pk), "reason": message})
    return upload
