"""Background entry points of matching (run as tracked jobs, carbon.jobs)."""

from __future__ import annotations

import time
from uuid import UUID

from carbon.core.profiles import profile_timeout
from carbon.jobs.models import Job
from ingestion.services.pipeline import upload_step_run
from matching.ai.workers import ai_batch_run as _ai_batch_run
from matching.ai.workers import ai_batches_recover

SCHEDULES = [
    {
        "name": "matching.ai_batches_recover",
        "func": "matching.tasks.ai_batches_recover_task",
        "kind": "matching.ai_batches_recover",
        "minutes": 1,
    },
]


def ai_batch_run(batch_id: str) -> None:
    """Claim one AI batch, call the service (with retries) and apply it once.

    Calls stop in time for the `ai` profile's timeout; the batch then moves to a
    fresh job instead of being killed mid-call."""
    deadline = time.monotonic() + profile_timeout(Job.Profile.AI) - 30
    _ai_batch_run(batch_id, deadline=deadline)


def ai_batches_recover_task() -> None:
    ai_batches_recover()


def upload_match(upload_id: UUID | str) -> None:
    """Queued (and named by AI runs) before every step ran as
    ingestion.tasks.upload_step: hands over to the pipeline's owner."""
    upload_step_run(upload_id, step="match")
