"""The upload pipeline after parsing: match (cache first), calculate, done."""

from __future__ import annotations

import logging
import time

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from carbon.jobs import job_enqueue
from ingestion.models import Activity, ActivityMatchStatus, Upload
from matching.ai.batches import ai_match_start
from matching.matchers.base import MatchItem
from matching.models import MatchCacheEntry
from matching.services.matches import matches_resolve

logger = logging.getLogger(__name__)


def _set_status(upload: Upload, status: str) -> None:
    upload.status = status
    upload.save(update_fields=["status"])


# Each upload kind's steps after parsing: (step, dotted task path, profile). Tasks
# of higher layers (the MRV calculation) are named by path, never imported here.
_MRV_STEPS = (("calculate", "reporting.mrv.tasks.upload_removals_calculate", "cpu"),)
UPLOAD_PIPELINES: dict[str, tuple[tuple[str, str, str], ...]] = {
    Upload.Kind.ACTIVITIES: (
        ("parse", "ingestion.tasks.upload_parse", "io"),
        ("match", "ingestion.tasks.upload_match", "cpu"),
        ("calculate", "ingestion.tasks.upload_calculate", "cpu"),
    ),
    Upload.Kind.LAB_RESULTS: (
        ("parse", "ingestion.tasks.upload_parse", "io"),
        *_MRV_STEPS,
    ),
    Upload.Kind.SENSOR_READINGS: (
        ("parse", "ingestion.tasks.upload_parse", "io"),
        *_MRV_STEPS,
    ),
    Upload.Kind.PLANT_OPERATIONS: (
        ("parse", "ingestion.tasks.upload_parse", "io"),
        *_MRV_STEPS,
    ),
}


def upload_pipeline_next(*, upload: Upload, step: str) -> None:
    """Queue the step after `step` in the upload kind's pipeline."""
    steps = UPLOAD_PIPELINES[upload.kind]
    names = [name for name, _, _ in steps]
    if step not in names or names.index(step) + 1 >= len(steps):
        return
    following, func, profile = steps[names.index(step) + 1]
    job_enqueue(
        func,
        kind=f"upload.{following}",
        profile=profile,
        args=[str(upload.pk)],
        organization=upload.organization,
        subject=upload,
    )


def upload_match(*, upload_id) -> bool:
    """Match every pending activity of an upload; only unknown keys reach the matcher."""
    upload = Upload.objects.select_related("organization").get(pk=upload_id)
    if upload.status == Upload.Status.FAILED:
        return False
    if upload.status in (Upload.Status.CALCULATING, Upload.Status.DONE):
        return True
    _set_status(upload, Upload.Status.MATCHING)
    # Freshly COPYed rows have no statistics yet; without them the planner picks
    # nested loops for the key queries below.
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {Activity._meta.db_table}")
    keys = (
        Activity.objects.filter(upload=upload, match_status=ActivityMatchStatus.PENDING)
        .order_by("match_key")
        .distinct("match_key")
        .values_list(
            "match_key", "description", "unit_normalized", "category", "region"
        )
    )
    items = [
        MatchItem(key=key, description=desc, unit=unit, category=cat, region=region)
        for key, desc, unit, cat, region in keys.iterator(chunk_size=5000)
    ]
    if settings.AI_MATCHING_URL and not ai_match_start(
        organization=upload.organization,
        items=items,
        run_id=upload.pk,
        then_func="ingestion.tasks.upload_match",
        then_args=[str(upload.pk)],
    ):
        return False  # AI batches in flight: this step runs again when they are done
    started = time.perf_counter()
    matches_resolve(organization=upload.organization, items=items)
    matcher_seconds = round(time.perf_counter() - started, 2)
    with transaction.atomic():
        activities_match_from_cache(upload=upload)
        Upload.objects.filter(pk=upload.pk).update(
            activities_matched=Activity.objects.filter(upload=upload)
            .exclude(match_status=ActivityMatchStatus.PENDING)
            .count()
        )
    logger.info(
        "upload.matched",
        extra={
            "upload_id": str(upload.pk),
            "keys": len(items),
            "matcher_seconds": matcher_seconds,
        },
    )
    return True


def activities_match_from_cache(*, upload: Upload) -> int:
    """Copy each pending activity's match from the organization's cache, in one
    UPDATE; returns how many activities it matched."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            UPDATE {Activity._meta.db_table} a
            SET factor_id = c.factor_id, match_confidence = c.confidence,
                match_method = c.method, match_status = c.status
            FROM {MatchCacheEntry._meta.db_table} c
            WHERE a.upload_id = %s AND a.match_status = 'pending'
              AND c.organization_id = %s AND c.key = a.match_key
            """,  # noqa: S608 - table names and constants only
            [str(upload.pk), str(upload.organization_id)],
        )
        return cursor.rowcount


def upload_calculate(*, upload_id) -> bool:
    from reporting.services import emissions_calculate

    upload = Upload.objects.get(pk=upload_id)
    if upload.status == Upload.Status.FAILED:
        return False
    if upload.status == Upload.Status.DONE:
        return True
    _set_status(upload, Upload.Status.CALCULATING)
    with transaction.atomic():
        count = emissions_calculate(upload_id=upload.pk)
        Upload.objects.filter(pk=upload.pk).update(
            activities_calculated=count,
            status=Upload.Status.DONE,
            finished_at=timezone.now(),
        )
    return True
