from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from uuid import UUID

from django.db import connection
from django.db.models import QuerySet
from django.utils import timezone

from carbon.core.filters import filter_queryset
from sites.filters import SiteFilter
from sites.models import Alert, DeviceKey, Reading, Site

PLACES = Decimal("0.001")


def site_list(*, organization) -> QuerySet[Site]:
    return Site.objects.for_organization(organization).order_by("name")


def site_get(*, organization, site_id: UUID | str) -> Site:
    """Raises Site.DoesNotExist for another organization's site (answered as 404)."""
    return site_list(organization=organization).get(pk=site_id)


@dataclass(frozen=True)
class MonthTotal:
    month: str
    total: Decimal
    readings: int


@dataclass(frozen=True)
class SiteMetrics:
    site_id: UUID
    name: str
    emission_limit: Decimal
    total_emissions_to_date: Decimal
    remaining: Decimal
    percent_of_limit: Decimal
    status: str
    status_label: str
    reading_count: int
    first_reading_at: datetime | None
    last_reading_at: datetime | None
    last_30_days: Decimal
    monthly: tuple[MonthTotal, ...]
    duplicates_rejected: int


def site_metrics_get(*, organization, site_id: UUID | str) -> SiteMetrics:
    """Raises Site.DoesNotExist. Aggregated in SQL over the site's readings (index
    sites_reading_site_time serves it with index-only scans)."""
    site = site_get(organization=organization, site_id=site_id)
    since = timezone.now() - timedelta(days=30)
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT count(*), min("timestamp"), max("timestamp"),
                   COALESCE(sum(value) FILTER (WHERE "timestamp" >= %s), 0)
            FROM sites_reading WHERE site_id = %s
            """,
            [since, site.pk],
        )
        count, first, last, last_30 = cursor.fetchone()
        cursor.execute(
            """
            SELECT to_char(date_trunc('month', "timestamp" AT TIME ZONE 'UTC'),
                           'YYYY-MM'),
                   sum(value), count(*)
            FROM sites_reading WHERE site_id = %s
            GROUP BY 1 ORDER BY 1
            """,
            [site.pk],
        )
        monthly = tuple(MonthTotal(*row) for row in cursor.fetchall())
    total, limit = site.total_emissions_to_date, site.emission_limit
    return SiteMetrics(
        site_id=site.pk,
        name=site.name,
        emission_limit=limit,
        total_emissions_to_date=total,
        remaining=max(limit - total, Decimal(0)).quantize(PLACES),
        percent_of_limit=(total * 100 / limit).quantize(Decimal("0.01")),
        status=site.status,
        status_label=Site.Status(site.status).label,
        reading_count=count,
        first_reading_at=first,
        last_reading_at=last,
        last_30_days=Decimal(last_30).quantize(PLACES),
        monthly=monthly,
        duplicates_rejected=site.duplicates_rejected,
    )


def reading_list(
    *,
    organization,
    site_id: UUID | str,
    start: datetime | None = None,
    end: datetime | None = None,
) -> QuerySet[Reading]:
    """Raises Site.DoesNotExist. Newest first; `start` inclusive, `end` exclusive."""
    site = site_get(organization=organization, site_id=site_id)
    readings = Reading.objects.filter(site=site)
    if start is not None:
        readings = readings.filter(timestamp__gte=start)
    if end is not None:
        readings = readings.filter(timestamp__lt=end)
    return readings.order_by("-timestamp")


def device_key_list(*, organization, site_id: UUID | str) -> QuerySet[DeviceKey]:
    site = site_get(organization=organization, site_id=site_id)
    return DeviceKey.objects.for_organization(organization).filter(site=site)


def device_key_get(*, organization, site_id: UUID | str, key_id: UUID) -> DeviceKey:
    return device_key_list(organization=organization, site_id=site_id).get(pk=key_id)


def site_list_filtered(*, organization, filters: dict | None = None) -> QuerySet[Site]:
    """site_list narrowed by SiteFilter (dashboard table). Raises ValidationError."""
    return filter_queryset(SiteFilter, filters, site_list(organization=organization))


def alert_list(*, organization, site_id: UUID | str) -> QuerySet[Alert]:
    site = site_get(organization=organization, site_id=site_id)
    return Alert.objects.for_organization(organization).filter(site=site)
