"""Background entry points of matching (run as tracked jobs, carbon.jobs)."""

from __future__ import annotations

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
    """Claim one AI batch, call the service (with retries) and apply it once."""
    _ai_batch_run(batch_id)


def ai_batches_recover_task() -> None:
    ai_batches_recover()
