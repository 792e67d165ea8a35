"""Background entry points of the upload pipeline: take ids, safe to re-run."""

from __future__ import annotations

from uuid import UUID

from carbon.models import Job
from ingestion.models import Upload
from ingestion.mrv.services import MRV_KINDS, mrv_upload_parse
from ingestion.services.parse import upload_parse as _parse
from ingestion.services.pipeline import upload_calculate as _calculate
from ingestion.services.pipeline import upload_match as _match
from ingestion.services.pipeline import upload_pipeline_next
from ingestion.services.uploads import upload_fail


def _next(upload_id, step: str) -> None:
    upload_pipeline_next(upload=Upload.objects.get(pk=upload_id), step=step)


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


def _run(upload_id, kind: str, step, next_step: str | None) -> None:
    try:
        proceed = step(upload_id=upload_id)
    except Exception as exc:  # task boundary: record on the upload, let the Job retry
        _fail_upload_on_last_attempt(upload_id, kind, exc)
        raise
    if proceed and next_step:
        _next(upload_id, next_step)


def _parse_for_kind(*, upload_id) -> bool:
    kind = Upload.objects.values_list("kind", flat=True).get(pk=upload_id)
    step = mrv_upload_parse if kind in MRV_KINDS else _parse
    return step(upload_id=upload_id)


def upload_parse(upload_id: UUID | str) -> None:
    _run(upload_id, "upload.parse", _parse_for_kind, "parse")


def upload_match(upload_id: UUID | str) -> None:
    _run(upload_id, "upload.match", _match, "match")


def upload_calculate(upload_id: UUID | str) -> None:
    _run(upload_id, "upload.calculate", _calculate, None)
