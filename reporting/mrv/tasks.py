"""Background entry points of the MRV app: take ids, safe to re-run."""

from __future__ import annotations

import logging
from uuid import UUID

from ingestion.tasks import _fail_upload_on_last_attempt as fail_upload_on_last_attempt
from reporting.mrv.services import upload_removals_calculate as _calculate

logger = logging.getLogger(__name__)


def upload_removals_calculate(upload_id: UUID | str) -> None:
    """Pipeline step after an MRV file is parsed (named in ingestion's registry)."""
    try:
        _calculate(upload_id=upload_id)
    except (
        Exception
    ) as exc:  # task boundary: the Job retries; the last try fails the upload
        logger.exception("mrv.calculate_failed", extra={"upload_id": str(upload_id)})
        fail_upload_on_last_attempt(upload_id, "upload.calculate", exc)
        raise
