"""Background entry points of the MRV app: take ids, safe to re-run."""

from __future__ import annotations

from uuid import UUID

from ingestion.services.pipeline import upload_step_run
from reporting.mrv.services import upload_removals_calculate as _calculate


def upload_removals_calculate(upload_id: UUID | str) -> None:
    """Pipeline step after an MRV file is parsed (settings.UPLOAD_PIPELINES)."""
    upload_step_run(upload_id, step="calculate", run=_calculate)
