"""Background entry points of matching (run as tracked jobs, carbon.jobs)."""

from __future__ import annotations

import time

from carbon.jobs import profile_timeout
from carbon.models import Job
from matching.ai.batches import ai_batch_run as _ai_batch_run
from matching.ai.batches import ai_batches_recover

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
