"""Background entry point of ingestion's pipeline step: takes ids, safe to re-run."""

from __future__ import annotations

from uuid import UUID

from ingestion.services.parse import upload_parse as _parse
from ingestion.services.pipeline import upload_step_run


def upload_parse(upload_id: UUID | str) -> None:
    upload_step_run(upload_id, step="parse", run=_parse)
