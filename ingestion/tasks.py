"""Background entry point of the upload pipeline: takes ids, safe to re-run."""

from __future__ import annotations

from uuid import UUID

from ingestion.services.pipeline import upload_step_run


def upload_step(upload_id: UUID | str, step: str) -> None:
    """Run one step of an upload's pipeline, then queue the next one (the owner,
    ingestion.services.pipeline, finds both in settings.UPLOAD_PIPELINES)."""
    upload_step_run(upload_id, step=step)


# The task paths jobs were queued under before every step ran through
# `upload_step` (queued Job rows still name them): each hands over to the owner.
def upload_parse(upload_id: UUID | str) -> None:
    upload_step_run(upload_id, step="parse")


def mrv_upload_parse(upload_id: UUID | str) -> None:
    upload_step_run(upload_id, step="parse")
