"""Batches of unique activity keys sent to the AI matching service.

Lifecycle (ARCHITECTURE.md, ADR "AI matching service"):

1. `ai_batches_create` dedupes the items by key, drops keys already in the match
   cache and stores the rest as `pending` batches of AI_MATCHING_BATCH_SIZE items.
2. A worker claims a batch (`in_flight`, lease owner + expiry), then for each call
   takes one of the cluster-wide slots (matching.ai.slots), calls, frees the slot.
   429/5xx/timeouts/garbage are retried with exponential backoff and jitter,
   honouring Retry-After; items answered with an unknown factor id or not at all
   are sent again, then end `unmatched` with the reason. While the circuit breaker
   is open, or once the attempts are used up, the local matcher answers instead and
   the method says so (`fallback:…`).
3. The results, the match-cache entries and the batch's `applied` status are written
   in one transaction that first checks the worker still owns the lease. A worker
   that dies leaves an expired lease; the next claim runs the batch again, and a
   stale worker that wakes up late can no longer apply.
"""

from __future__ import annotations

import logging
import os
import random
import socket
import threading
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.db import close_old_connections, connection, transaction
from django.db.models import F, Q
from django.db.models.functions import Now
from django.utils import timezone

from matching.ai.breaker import (
    breaker_allows,
    breaker_record_failure,
    breaker_record_success,
)
from matching.ai.client import ServiceError, service_call
from matching.ai.slots import slot_acquire, slot_lease_seconds, slot_release
from matching.ai_models import AiMatchBatch
from matching.matchers.base import MatchItem, MatchResult
from matching.models import EmissionFactor, MatchCacheEntry

logger = logging.getLogger(__name__)

METHOD = "ai_service_v1"
JOB_FUNC = "matching.tasks.ai_batch_run"
JOB_KIND = "matching.ai_batch"
FALLBACK_PREFIX = "fallback:"


def worker_owner() -> str:
    """A lease owner unique per claim: host, pid, thread and a random part."""
    return (
        f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}:"
        f"{uuid.uuid4().hex[:8]}"
    )


def _item_payload(item: MatchItem) -> dict:
    return {
        "id": item.key,
        "description": item.description,
        "unit": item.unit,
        "category": item.category,
        "region": item.region,
        "amount": None if item.amount is None else str(item.amount),
        "currency": item.currency,
    }


def _item_from_payload(payload: dict) -> MatchItem:
    amount = payload.get("amount")
    return MatchItem(
        key=payload["id"],
        description=payload["description"],
        unit=payload["unit"],
        category=payload.get("category") or "",
        region=payload.get("region") or "",
        amount=None if amount is None else Decimal(amount),
        currency=payload.get("currency") or "",
    )


def batch_lease_seconds() -> float:
    return slot_lease_seconds()


# -- create -------------------------------------------------------------------------
@transaction.atomic
def ai_batches_create(
    *,
    items: Iterable[MatchItem],
    organization=None,
    run_id: uuid.UUID | None = None,
    batch_size: int | None = None,
    enqueue: bool = True,
    then_func: str = "",
    then_args: list | None = None,
    then_profile: str = "cpu",
) -> list[AiMatchBatch]:
    """Pending batches for the unique keys not yet in the organization's match cache.

    With `enqueue`, each batch becomes an `ai` profile job when the transaction commits.
    """
    by_key: dict[str, MatchItem] = {}
    for item in items:
        by_key.setdefault(item.key, item)
    if organization is not None and by_key:
        cached = set(
            MatchCacheEntry.objects.for_organization(organization)
            .filter(key__in=list(by_key))
            .values_list("key", flat=True)
        )
        by_key = {key: item for key, item in by_key.items() if key not in cached}
    size = batch_size or settings.AI_MATCHING_BATCH_SIZE
    run_id = run_id or uuid.uuid4()
    keys = list(by_key)
    batches = [
        AiMatchBatch(
            organization=organization,
            run_id=run_id,
            items=[_item_payload(by_key[key]) for key in keys[start : start + size]],
            item_count=len(keys[start : start + size]),
            max_attempts=settings.AI_MATCHING_MAX_ATTEMPTS,
            then_func=then_func,
            then_args=list(then_args or []),
            then_profile=then_profile,
        )
        for start in range(0, len(keys), size)
    ]
    AiMatchBatch.objects.bulk_create(batches, batch_size=500)
    if enqueue:
        from carbon.jobs import job_enqueue

        for batch in batches:
            job_enqueue(
                JOB_FUNC,
                kind=JOB_KIND,
                profile="ai",
                args=[str(batch.id)],
                organization=organization,
            )
    logger.info(
        "ai.batches_created",
        extra={"run_id": str(run_id), "batches": len(batches), "keys": len(keys)},
    )
    return batches


def _run_lock(run_id) -> None:
    """Serialize run bookkeeping (start, last-batch check) for one run."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_advisory_xact_lock(hashtextextended(%s, 5))", [str(run_id)]
        )


@transaction.atomic
def ai_match_start(
    *,
    organization,
    items: Iterable[MatchItem],
    run_id: uuid.UUID,
    then_func: str,
    then_args: list,
    then_profile: str = "cpu",
) -> bool:
    """Send the uncached keys of a run to the AI service, once per run.

    True when nothing is outstanding (every key is cached); False while batches are
    in flight, and `then_func` is enqueued when the last of them is finished.
    """
    _run_lock(run_id)
    outstanding = (
        AiMatchBatch.objects.filter(run_id=run_id)
        .exclude(status__in=AiMatchBatch.FINISHED)
        .exists()
    )
    if outstanding:
        return False
    batches = ai_batches_create(
        items=items,
        organization=organization,
        run_id=run_id,
        then_func=then_func,
        then_args=then_args,
        then_profile=then_profile,
    )
    return not batches


def _run_continue(batch: AiMatchBatch) -> None:
    """Enqueue the run's continuation if `batch` was its last unfinished one."""
    if not batch.then_func:
        return
    _run_lock(batch.run_id)
    others = (
        AiMatchBatch.objects.filter(run_id=batch.run_id)
        .exclude(pk=batch.pk)
        .exclude(status__in=AiMatchBatch.FINISHED)
        .exists()
    )
    if others:
        return
    from carbon.jobs import job_enqueue

    job_enqueue(
        batch.then_func,
        kind="matching.ai_run_done",
        profile=batch.then_profile,
        args=batch.then_args,
        organization=batch.organization,
    )


# -- claim, lease -------------------------------------------------------------------
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


def _renew(batch: AiMatchBatch, owner: str, **changes) -> bool:
    """Extend the lease (and save `changes`); False when another worker took it."""
    return bool(
        AiMatchBatch.objects.filter(
            pk=batch.pk, status=AiMatchBatch.Status.IN_FLIGHT, lease_owner=owner
        ).update(lease_expires_at=_lease_until(), **changes)
    )


# -- one batch ----------------------------------------------------------------------
@dataclass
class _Progress:
    results: dict[str, MatchResult] = field(default_factory=dict)
    item_failures: dict[str, list[str]] = field(default_factory=dict)
    last_error: str = ""


def backoff_seconds(attempt: int, retry_after: float | None = None) -> float:
    """Exponential backoff with full jitter, never shorter than Retry-After."""
    base = settings.AI_MATCHING_BACKOFF_BASE_SECONDS
    cap = settings.AI_MATCHING_BACKOFF_MAX_SECONDS
    delay = random.uniform(0, min(cap, base * (2 ** max(0, attempt - 1))))
    if retry_after is not None:
        delay = max(delay, retry_after * random.uniform(1.0, 1.2))
    return delay


def _sleep_holding(batch: AiMatchBatch, owner: str, seconds: float) -> bool:
    """Sleep while keeping the batch lease; False when the lease was lost."""
    deadline = time.monotonic() + seconds
    step = max(0.05, batch_lease_seconds() / 3)
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return True
        time.sleep(min(step, remaining))
        if not _renew(batch, owner):
            return False


def _factor_ids_known(ids: set[uuid.UUID]) -> set[uuid.UUID]:
    if not ids:
        return set()
    return set(EmissionFactor.objects.filter(pk__in=ids).values_list("pk", flat=True))


def _validate(answer: list, pending: list[str], progress: _Progress) -> list[str]:
    """Keep each valid answer; note why the others failed. The keys to send again."""
    by_id: dict[str, dict] = {}
    for entry in answer:
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            by_id.setdefault(entry["id"], entry)
    parsed: dict[str, tuple[uuid.UUID | None, Decimal, str]] = {}
    for key in pending:
        entry = by_id.get(key)
        if entry is None:
            progress.item_failures.setdefault(key, []).append("no result for the item")
            continue
        try:
            raw_factor = entry.get("factor_id")
            factor_id = None if raw_factor in (None, "") else uuid.UUID(str(raw_factor))
            confidence = Decimal(str(entry.get("confidence", 0)))
            if not confidence.is_finite() or not 0 <= confidence <= 1:
                raise InvalidOperation
        except (ValueError, TypeError, InvalidOperation):
            progress.item_failures.setdefault(key, []).append("invalid result")
            continue
        parsed[key] = (factor_id, confidence, str(entry.get("rationale") or ""))
    known = _factor_ids_known({f for f, _, _ in parsed.values() if f is not None})
    for key, (factor_id, confidence, rationale) in parsed.items():
        if factor_id is not None and factor_id not in known:
            progress.item_failures.setdefault(key, []).append(
                f"unknown factor id {factor_id}"
            )
            continue
        progress.results[key] = MatchResult(
            key=key,
            factor_id=factor_id,
            confidence=confidence.quantize(Decimal("0.0001")),
            method=METHOD,
            rationale=(rationale or "Matched by the AI service.")[:500],
        )
    again = []
    for key in pending:
        if key in progress.results:
            continue
        reasons = progress.item_failures[key]
        if len(reasons) >= settings.AI_MATCHING_ITEM_MAX_ATTEMPTS:
            progress.results[key] = MatchResult(
                key=key,
                factor_id=None,
                confidence=Decimal(0),
                method=METHOD,
                rationale=(
                    f"AI service gave no usable answer after {len(reasons)} "
                    f"attempts: {reasons[-1]}."
                )[:500],
            )
        else:
            again.append(key)
    return again


def _fallback(items: list[MatchItem], reason: str) -> list[MatchResult]:
    from matching.matchers.local import LocalMatcher

    if not settings.AI_MATCHING_FALLBACK:
        return [
            MatchResult(
                key=item.key,
                factor_id=None,
                confidence=Decimal(0),
                method=METHOD,
                rationale=f"AI service unavailable: {reason}"[:500],
            )
            for item in items
        ]
    matcher = LocalMatcher()
    return [
        MatchResult(
            key=result.key,
            factor_id=result.factor_id,
            confidence=result.confidence,
            method=(FALLBACK_PREFIX + result.method)[:32],
            rationale=f"AI service unavailable ({reason}); {result.rationale}"[:500],
        )
        for result in matcher.match_items(items)
    ]


def _out_of_time(deadline: float | None) -> bool:
    """Whether another call could outlast the caller's own time limit (job timeout)."""
    return deadline is not None and time.monotonic() + slot_lease_seconds() > deadline


def _hand_over(batch: AiMatchBatch, owner: str) -> None:
    """Give the batch back and queue a fresh job for it (this one is nearly out of time)."""
    from carbon.jobs import job_enqueue

    ai_batch_release(batch_id=batch.pk, owner=owner)
    job_enqueue(
        JOB_FUNC,
        kind=JOB_KIND,
        profile="ai",
        args=[str(batch.pk)],
        organization=batch.organization,
    )
    logger.info("ai.batch_handed_over", extra={"batch_id": str(batch.pk)})


def ai_batch_execute(
    batch: AiMatchBatch, *, owner: str, deadline: float | None = None
) -> bool:
    """Call the service for a claimed batch until every item has an answer, then
    apply. False when the lease was lost on the way (another worker finishes it) or
    the batch was handed over to a new job before `deadline` (time.monotonic())."""
    items = {payload["id"]: payload for payload in batch.items}
    progress = _Progress(last_error=batch.last_error)
    pending = [key for key in items if key not in progress.results]
    outcome = "service"
    while pending:
        if _out_of_time(deadline):
            _hand_over(batch, owner)
            return False
        if batch.attempts >= batch.max_attempts or not breaker_allows(owner=owner):
            reason = (
                f"gave up after {batch.attempts} calls: {progress.last_error}"
                if batch.attempts >= batch.max_attempts
                else "circuit breaker open"
            )
            fallback = _fallback(
                [_item_from_payload(items[key]) for key in pending], reason
            )
            progress.results.update({result.key: result for result in fallback})
            outcome = (
                ("fallback" if settings.AI_MATCHING_FALLBACK else "unmatched")
                if len(pending) == len(items)
                else "partial_fallback"
            )
            break
        slot = slot_acquire(
            owner=owner,
            batch_id=batch.pk,
            heartbeat=lambda: not _out_of_time(deadline) and _renew(batch, owner),
        )
        if slot is None:
            if _out_of_time(deadline):
                _hand_over(batch, owner)
            return False
        batch.attempts += 1
        if not _renew(batch, owner, attempts=batch.attempts):
            slot_release(slot=slot, owner=owner)
            return False
        try:
            answer = service_call(
                batch_id=str(batch.pk), items=[items[key] for key in pending]
            )
        except ServiceError as exc:
            slot_release(slot=slot, owner=owner, abandoned=exc.abandoned)
            progress.last_error = str(exc)[:1000]
            logger.warning(
                "ai.call_failed",
                extra={
                    "batch_id": str(batch.pk),
                    "attempt": batch.attempts,
                    "error": progress.last_error,
                },
            )
            if exc.breaker_failure:
                breaker_record_failure()
            if not exc.retryable:
                batch.attempts = batch.max_attempts
                continue
            if not _renew(batch, owner, last_error=progress.last_error):
                return False
            if not _sleep_holding(
                batch, owner, backoff_seconds(batch.attempts, exc.retry_after)
            ):
                return False
            continue
        slot_release(slot=slot, owner=owner)
        breaker_record_success()
        pending = _validate(answer, pending, progress)
    failed = outcome == "unmatched"
    return ai_batch_apply(
        batch_id=batch.pk,
        owner=owner,
        results=[progress.results[key] for key in items],
        outcome=outcome,
        failed=failed,
        last_error=progress.last_error,
    )


# -- apply --------------------------------------------------------------------------
def _result_json(result: MatchResult, status: str) -> dict:
    return {
        "key": result.key,
        "factor_id": str(result.factor_id) if result.factor_id else None,
        "confidence": str(result.confidence),
        "method": result.method,
        "rationale": result.rationale,
        "status": status,
    }


@transaction.atomic
def ai_batch_apply(
    *,
    batch_id,
    owner: str,
    results: list[MatchResult],
    outcome: str,
    failed: bool = False,
    last_error: str = "",
) -> bool:
    """Write the results, the cache entries and the final status at once, only if
    `owner` still holds the lease. False (nothing written) otherwise."""
    from matching.services.matches import match_status_for

    batch = AiMatchBatch.objects.select_for_update().get(pk=batch_id)
    if batch.status != AiMatchBatch.Status.IN_FLIGHT or batch.lease_owner != owner:
        logger.warning(
            "ai.apply_refused_lease_lost",
            extra={"batch_id": str(batch_id), "owner": owner},
        )
        return False
    statuses = {result.key: match_status_for(result) for result in results}
    batch.results = [_result_json(r, statuses[r.key]) for r in results]
    batch.status = AiMatchBatch.Status.FAILED if failed else AiMatchBatch.Status.APPLIED
    batch.outcome = outcome
    batch.last_error = last_error
    batch.finished_at = timezone.now()
    batch.lease_owner = ""
    batch.lease_expires_at = None
    batch.save(
        update_fields=[
            "results",
            "status",
            "outcome",
            "last_error",
            "finished_at",
            "lease_owner",
            "lease_expires_at",
        ]
    )
    if batch.organization_id is not None:
        items = {payload["id"]: payload for payload in batch.items}
        MatchCacheEntry.objects.bulk_create(
            [
                MatchCacheEntry(
                    organization_id=batch.organization_id,
                    key=result.key,
                    description=items[result.key]["description"][:500],
                    unit=items[result.key]["unit"][:64],
                    category=(items[result.key].get("category") or "")[:200],
                    region=(items[result.key].get("region") or "")[:8],
                    factor_id=result.factor_id,
                    confidence=result.confidence,
                    method=result.method[:32],
                    status=statuses[result.key],
                    rationale=result.rationale[:500],
                )
                for result in results
            ],
            ignore_conflicts=True,  # an override or an earlier answer stays
            batch_size=1000,
        )
    _run_continue(batch)
    logger.info(
        "ai.batch_applied",
        extra={"batch_id": str(batch_id), "outcome": outcome, "items": len(results)},
    )
    return True


# -- workers ------------------------------------------------------------------------
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


def ai_batch_release(*, batch_id, owner: str) -> None:
    """Hand a batch back (pending) after an unexpected error, so a retry of the job
    can claim it at once instead of waiting for the lease to expire."""
    AiMatchBatch.objects.filter(
        pk=batch_id, status=AiMatchBatch.Status.IN_FLIGHT, lease_owner=owner
    ).update(status=AiMatchBatch.Status.PENDING, lease_owner="", lease_expires_at=None)


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
    from carbon.jobs import job_enqueue
    from carbon.models import Job

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
