"""Background entry points of the MRV app: take ids, safe to re-run."""

from __future__ import annotations

from uuid import UUID

from reporting.mrv.services import upload_removals_calculate as _calculate


def upload_removals_calculate(upload_id: UUID | str) -> None:
    """Pipeline step after an MRV file is parsed (named in ingestion's registry)."""
    _calculate(upload_id=upload_id)
