"""Background entry point kept for jobs queued under reporting's step task path."""

from __future__ import annotations

from uuid import UUID

from ingestion.services.pipeline import upload_step_run


def upload_calculate(upload_id: UUID | str) -> None:
    """Queued before every step ran as ingestion.tasks.upload_step: hands over."""
    upload_step_run(upload_id, step="calculate")
