"""Housekeeping and audit of site data."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from uuid import UUID

from django.conf import settings
from django.db import connection
from django.utils import timezone

from sites.models import IdempotencyKey

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SiteDrift:
    site_id: UUID
    name: str
    recorded_total: Decimal
    readings_total: Decimal

    @property
    def drift(self) -> Decimal:
        return self.recorded_total - self.readings_total


@dataclass(frozen=True)
class TotalsVerified:
    sites_checked: int
    drifts: tuple[SiteDrift, ...]


def site_totals_verify(*, site_ids: list[UUID] | None = None) -> TotalsVerified:
    """Recompute every site's total from its stored readings, in one statement (one
    snapshot, so batches committing meanwhile are either wholly in or wholly out)."""
    ids = None if site_ids is None else [str(pk) for pk in site_ids]
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT s.id, s.name, s.total_emissions_to_date, COALESCE(r.total, 0)
            FROM sites_site s
            LEFT JOIN (
                SELECT site_id, sum(value) AS total FROM sites_reading GROUP BY site_id
            ) r ON r.site_id = s.id
            WHERE %s::uuid[] IS NULL OR s.id = ANY(%s::uuid[])
            ORDER BY s.name
            """,
            [ids, ids],
        )
        rows = cursor.fetchall()
    drifts = tuple(SiteDrift(*row) for row in rows if row[2] != row[3])
    for drift in drifts:
        logger.error(
            "sites.total_drift",
            extra={"site_id": str(drift.site_id), "drift": str(drift.drift)},
        )
    return TotalsVerified(len(rows), drifts)


def idempotency_keys_purge() -> int:
    """Delete keys older than IDEMPOTENCY_KEY_TTL_HOURS (kept at least 24 hours)."""
    hours = max(settings.IDEMPOTENCY_KEY_TTL_HOURS, 24)
    cutoff = timezone.now() - timedelta(hours=hours)
    deleted, _ = IdempotencyKey.objects.filter(created_at__lt=cutoff).delete()
    logger.info("idempotency_keys.purged", extra={"deleted": deleted})
    return deleted
