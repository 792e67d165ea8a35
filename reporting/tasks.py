"""Background entry point of reporting's pipeline step: takes ids, safe to re-run."""

from __future__ import annotations

from uuid import UUID

from ingestion.services.pipeline import upload_step_run
from reporting.services import upload_calculate as _calculate


def upload_calculate(upload_id: UUID | str) -> None:
    upload_step_run(upload_id, step="calculate", run=_calculate)
