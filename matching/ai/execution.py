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
import random
import time
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from carbon.jobs.services import job_enqueue
from matching.ai.breaker import (
    breaker_allows,
    breaker_record_failure,
    breaker_record_success,
)
from matching.ai.client import ServiceError, service_call
from matching.ai.items import (
    FALLBACK_PREFIX,
    JOB_FUNC,
    JOB_KIND,
    METHOD,
    item_from_payload,
)
from matching.ai.leases import ai_batch_release, lease_renew, lease_sleep
from matching.ai.runs import run_continue
from matching.ai.slots import slot_acquire, slot_lease_seconds, slot_release
from matching.ai.validation import Progress, answer_validate
from matching.ai_models import AiMatchBatch
from matching.matchers.base import MatchItem, MatchResult
from matching.matchers.local import LocalMatcher
from matching.models import MatchCacheEntry
from matching.services.matches import (
    alternatives_json,
    cache_entry_fields,
    match_status_for,
)

logger = logging.getLogger(__name__)


def backoff_seconds(attempt: int, retry_after: float | None = None) -> float:
    """Exponential backoff with full jitter, never shorter than Retry-After."""
    base = settings.AI_MATCHING_BACKOFF_BASE_SECONDS
    cap = settings.AI_MATCHING_BACKOFF_MAX_SECONDS
    delay = random.uniform(0, min(cap, base * (2 ** max(0, attempt - 1))))
    if retry_after is not None:
        delay = max(delay, retry_after * random.uniform(1.0, 1.2))
    return delay


def _fallback(items: list[MatchItem], reason: str) -> list[MatchResult]:
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
    progress = Progress(last_error=batch.last_error)
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
                [item_from_payload(items[key]) for key in pending], reason
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
            heartbeat=lambda: not _out_of_time(deadline) and lease_renew(batch, owner),
        )
        if slot is None:
            if _out_of_time(deadline):
                _hand_over(batch, owner)
            return False
        batch.attempts += 1
        if not lease_renew(batch, owner, attempts=batch.attempts):
            slot_release(slot=slot, owner=owner)
            return False
        try:
            answer = service_call(
                batch_id=str(batch.pk),
                items=[items[key] for key in pending],
                organization=str(batch.organization_id or ""),
                classes=batch.classes,
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
            if not lease_renew(batch, owner, last_error=progress.last_error):
                return False
            if not lease_sleep(
                batch, owner, backoff_seconds(batch.attempts, exc.retry_after)
            ):
                return False
            continue
        slot_release(slot=slot, owner=owner)
        breaker_record_success()
        pending = answer_validate(answer, pending, progress)
    failed = outcome == "unmatched"
    return ai_batch_apply(
        batch_id=batch.pk,
        owner=owner,
        results=[progress.results[key] for key in items],
        outcome=outcome,
        failed=failed,
        last_error=progress.last_error,
    )


def _result_json(result: MatchResult, status: str) -> dict:
    return {
        "key": result.key,
        "factor_id": str(result.factor_id) if result.factor_id else None,
        "confidence": str(result.confidence),
        "method": result.method,
        "rationale": result.rationale,
        "alternatives": alternatives_json(result),
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
        items = {payload["id"]: item_from_payload(payload) for payload in batch.items}
        MatchCacheEntry.objects.bulk_create(
            [
                MatchCacheEntry(
                    organization_id=batch.organization_id,
                    key=result.key,
                    **cache_entry_fields(
                        items[result.key], result, status=statuses[result.key]
                    ),
                )
                for result in results
            ],
            ignore_conflicts=True,  # an override or an earlier answer stays
            batch_size=1000,
        )
    run_continue(batch)
    logger.info(
        "ai.batch_applied",
        extra={"batch_id": str(batch_id), "outcome": outcome, "items": len(results)},
    )
    return True
