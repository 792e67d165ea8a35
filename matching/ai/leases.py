"""Claiming a batch under a lease: one worker at a time, and a dead worker's batch
comes back once its lease expires. Every write of a running batch is fenced by
its lease owner."""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from datetime import timedelta

from django.db.models import F, Q
from django.db.models.functions import Now
from django.utils import timezone

from matching.ai.slots import slot_lease_seconds
from matching.ai_models import AiMatchBatch

logger = logging.getLogger(__name__)


def worker_owner() -> str:
    """A lease owner unique per claim: host, pid, thread and a random part."""
    return (
        f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}:"
        f"{uuid.uuid4().hex[:8]}"
    )


def batch_lease_seconds() -> float:
    return slot_lease_seconds()


def _claimable() -> Q:
    return Q(status=AiMatchBatch.Status.PENDING) | Q(
        status=AiMatchBatch.Status.IN_FLIGHT, lease_expires_at__lt=Now()
    )


def _lease_until():
    return Now() + timedelta(seconds=batch_lease_seconds())


def ai_batch_claim(*, batch_id, owner: str) -> AiMatchBatch | None:
    """Take the batch if it is pending or its lease expired; None otherwise."""
    claimed = AiMatchBatch.objects.filter(_claimable(), pk=batch_id).update(
        status=AiMatchBatch.Status.IN_FLIGHT,
        lease_owner=owner,
        lease_expires_at=_lease_until(),
        claims=F("claims") + 1,
    )
    if not claimed:
        return None
    batch = AiMatchBatch.objects.get(pk=batch_id)
    if batch.started_at is None:
        batch.started_at = timezone.now()
        batch.save(update_fields=["started_at"])
    logger.info(
        "ai.batch_claimed",
        extra={"batch_id": str(batch_id), "owner": owner, "claims": batch.claims},
    )
    return batch


def ai_batch_claim_next(
    *, owner: str, batch_ids: list | None = None
) -> AiMatchBatch | None:
    candidates = AiMatchBatch.objects.filter(_claimable())
    if batch_ids is not None:
        candidates = candidates.filter(pk__in=batch_ids)
    for batch_id in candidates.order_by("created_at").values_list("pk", flat=True)[:50]:
        batch = ai_batch_claim(batch_id=batch_id, owner=owner)
        if batch is not None:
            return batch
    return None


def lease_renew(batch: AiMatchBatch, owner: str, **changes) -> bool:
    """Extend the lease (and save `changes`); False when another worker took it."""
    return bool(
        AiMatchBatch.objects.filter(
            pk=batch.pk, status=AiMatchBatch.Status.IN_FLIGHT, lease_owner=owner
        ).update(lease_expires_at=_lease_until(), **changes)
    )


def lease_sleep(batch: AiMatchBatch, owner: str, seconds: float) -> bool:
    """Sleep while keeping the batch lease; False when the lease was lost."""
    deadline = time.monotonic() + seconds
    step = max(0.05, batch_lease_seconds() / 3)
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return True
        time.sleep(min(step, remaining))
        if not lease_renew(batch, owner):
            return False


def ai_batch_release(*, batch_id, owner: str) -> None:
    """Hand a batch back (pending) after an unexpected error, so a retry of the job
    can claim it at once instead of waiting for the lease to expire."""
    AiMatchBatch.objects.filter(
        pk=batch_id, status=AiMatchBatch.Status.IN_FLIGHT, lease_owner=owner
    ).update(status=AiMatchBatch.Status.PENDING, lease_owner="", lease_expires_at=None)
