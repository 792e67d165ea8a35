"""The upload pipeline's match step: each distinct key of an upload is matched once
(cache first, then the matcher or the AI service), and the organization's activity
keys get the match of the keys they do not have yet. No activity row is written:
rows read their key's match (ADR-4.7c)."""

from __future__ import annotations

import logging
import time

from django.conf import settings
from django.db import connection, transaction

from ingestion.models import Activity, ActivityKey, ActivityMatchStatus, Upload
from ingestion.services.pipeline import StepResult, upload_step_continuation
from matching.ai.runs import ai_match_start
from matching.matchers.base import MatchItem
from matching.services.matches import (
    activity_keys_add,
    decisions_store,
    matches_resolve,
)

logger = logging.getLogger(__name__)


def upload_match(upload: Upload) -> StepResult:
    """The match step (run by ingestion.services.pipeline): match every pending
    activity of an upload; only unknown keys reach the matcher. Waiting while an
    AI run is in flight: the run's last batch runs this step again."""
    # Freshly COPYed rows have no statistics yet; without them the planner picks
    # nested loops for the count below and the calculation's joins.
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {Activity._meta.db_table}")
    # The parse step registered the upload's new keys as pending: only they are
    # read here, never the upload's rows.
    keys = (
        ActivityKey.objects.filter(
            organization=upload.organization, status=ActivityMatchStatus.PENDING
        )
        .order_by("key")
        .values_list(
            "key",
            "description",
            "unit",
            "category",
            "region",
            "supplier",
            "merchant_type",
        )
    )
    items = [
        MatchItem(
            key=key,
            description=desc,
            unit=unit,
            category=cat,
            region=region,
            supplier=supplier,
            merchant_type=merchant_type,
            country=upload.organization.country,
        )
        for key, desc, unit, cat, region, supplier, merchant_type in keys.iterator(
            chunk_size=5000
        )
    ]
    decisions_store(organization=upload.organization, items=items)
    if settings.AI_MATCHING_URL:
        again = upload_step_continuation(upload=upload)
        if not ai_match_start(
            organization=upload.organization,
            items=items,
            run_id=upload.pk,
            then_func=again.func,
            then_args=again.args,
            then_profile=again.profile,
        ):
            return StepResult.waiting()
    started = time.perf_counter()
    matches_resolve(
        organization=upload.organization, items=items, decisions_stored=True
    )
    matcher_seconds = round(time.perf_counter() - started, 2)
    with transaction.atomic():
        # The match is written once per new key, not onto each row; the rows of a
        # key the organization had before already have theirs.
        added = activity_keys_add(
            organization=upload.organization, keys=[item.key for item in items]
        )
        matched = Activity.objects.filter(
            upload=upload, match__id__isnull=False
        ).count()
    logger.info(
        "upload.matched",
        extra={
            "upload_id": str(upload.pk),
            "keys": len(items),
            "keys_added": added,
            "matcher_seconds": matcher_seconds,
        },
    )
    return StepResult.done(activities_matched=matched)
