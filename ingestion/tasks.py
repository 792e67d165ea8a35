"""Background entry points of the upload pipeline: take ids, safe to re-run."""

from __future__ import annotations

from uuid import UUID

from ingestion.models import Upload
from ingestion.services.parse import upload_parse as _parse
from ingestion.services.pipeline import (
    upload_calculate as _calculate,
)
from ingestion.services.pipeline import (
    upload_match as _match,
)
from ingestion.services.pipeline import (
    upload_pipeline_next,
)


def _next(upload_id, step: str) -> None:
    upload_pipeline_next(upload=Upload.objects.get(pk=upload_id), step=step)


def upload_parse(upload_id: UUID | str) -> None:
    if _parse(upload_id=upload_id):
        _next(upload_id, "parse")


def upload_match(upload_id: UUID | str) -> None:
    if _match(upload_id=upload_id):
        _next(upload_id, "match")


def upload_calculate(upload_id: UUID | str) -> None:
    _calculate(upload_id=upload_id)
