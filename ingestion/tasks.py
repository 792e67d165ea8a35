"""Background entry points of ingestion's pipeline steps: take ids, safe to re-run."""

from __future__ import annotations

from uuid import UUID

from ingestion.plants.services import mrv_upload_parse as _mrv_parse
from ingestion.services.parse import upload_parse as _parse
from ingestion.services.pipeline import upload_step_run


def upload_parse(upload_id: UUID | str) -> None:
    """Parse an activities file (settings.UPLOAD_PIPELINES names it per kind)."""
    upload_step_run(upload_id, step="parse", run=_parse)


def mrv_upload_parse(upload_id: UUID | str) -> None:
    """Parse a lab, sensor or plant-operations file into its MRV records."""
    upload_step_run(upload_id, step="parse", run=_mrv_parse)
