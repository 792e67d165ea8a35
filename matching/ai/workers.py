"""Workers: run one batch as a job, drain batches in threads (the `ai_match_worker`
command), and recover batches whose worker died."""

from __future__ import annotations

import logging
import random
import threading
import time

from django.conf import settings
from django.db import close_old_connections, connection, transaction
from django.db.models import Q
from django.db.models.functions import Now

from carbon.jobs.models import Job
from carbon.jobs.services import job_enqueue
from matching.ai.execution import ai_batch_execute
from matching.ai.items import JOB_FUNC, JOB_KIND
from matching.ai.leases import (
    ai_batch_claim,
    ai_batch_claim_next,
    ai_batch_release,
    worker_owner,
)
from matching.ai_models import AiMatchBatch

logger = logging.getLogger(__name__)


def ai_batch_run(batch_id, *, deadline: float | None = None) -> bool:
    """Claim and finish one batch; False when it is finished or someone else holds it."""
    owner = worker_owner()
    batch = ai_batch_claim(batch_id=batch_id, owner=owner)
    if batch is None:
        return False
    try:
        return ai_batch_execute(batch, owner=owner, deadline=deadline)
    except BaseException:
        ai_batch_release(batch_id=batch_id, owner=owner)
        raise


def ai_batches_drain(
    *,
    batch_ids: list | None = None,
    threads: int = 1,
    wait: bool = True,
    idle_seconds: float = 0.0,
) -> None:
    """Work through batches (all, or `batch_ids`) with `threads` concurrent workers,
    each with its own database connection, until none is left unfinished (and none
    appeared for `idle_seconds`)."""

    def work() -> None:
        idle_since = time.monotonic()
        try:
            while True:
                owner = worker_owner()
                batch = ai_batch_claim_next(owner=owner, batch_ids=batch_ids)
                if batch is not None:
                    ai_batch_execute(batch, owner=owner)
                    idle_since = time.monotonic()
                    continue
                unfinished = AiMatchBatch.objects.exclude(
                    status__in=AiMatchBatch.FINISHED
                )
                if batch_ids is not None:
                    unfinished = unfinished.filter(pk__in=batch_ids)
                if unfinished.exists():
                    idle_since = time.monotonic()
                elif time.monotonic() - idle_since >= idle_seconds:
                    return
                if not wait:
                    return
                time.sleep(
                    settings.AI_MATCHING_SLOT_POLL_SECONDS * random.uniform(0.5, 1.5)
                )
        finally:
            connection.close()

    if threads <= 1:
        close_old_connections()
        work()
        return
    workers = [threading.Thread(target=work, daemon=True) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()


def ai_batches_recover() -> list:
    """Re-enqueue batches whose worker died (expired lease) or that have no job."""
    queued = {
        args[0]
        for args in Job.objects.filter(
            kind=JOB_KIND, status__in=Job.UNFINISHED
        ).values_list("args", flat=True)
        if args
    }
    stale = AiMatchBatch.objects.filter(
        Q(status=AiMatchBatch.Status.IN_FLIGHT, lease_expires_at__lt=Now())
        | Q(status=AiMatchBatch.Status.PENDING)
    ).values_list("pk", "status")
    ids = []
    with transaction.atomic():
        for batch_id, status in stale:
            if status == AiMatchBatch.Status.PENDING and str(batch_id) in queued:
                continue
            job_enqueue(JOB_FUNC, kind=JOB_KIND, profile="ai", args=[str(batch_id)])
            ids.append(batch_id)
    if ids:
        logger.info("ai.batches_recovered", extra={"batches": len(ids)})
    return ids
