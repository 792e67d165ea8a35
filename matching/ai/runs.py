"""A run: the uncached keys of one upload, sent to the AI service as batches.

`ai_match_start` creates the run's batches once; when the last batch of a run is
finished, `run_continue` queues the run's continuation (the match step again).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable

from django.conf import settings
from django.db import connection, transaction

from carbon.jobs.services import job_enqueue
from matching.ai.items import (
    JOB_FUNC,
    JOB_KIND,
    batch_classes,
    class_samples,
    item_payload,
)
from matching.ai_models import AiMatchBatch
from matching.matchers.base import MatchItem
from matching.models import MatchCacheEntry

logger = logging.getLogger(__name__)


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
    # Over every key of the run, cached or not: a value's sample is the run's.
    samples = class_samples(by_key.values())
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
            items=[item_payload(by_key[key]) for key in keys[start : start + size]],
            classes=batch_classes(
                [by_key[key] for key in keys[start : start + size]], samples
            ),
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


def run_continue(batch: AiMatchBatch) -> None:
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
    job_enqueue(
        batch.then_func,
        kind="matching.ai_run_done",
        profile=batch.then_profile,
        args=batch.then_args,
        organization=batch.organization,
    )
