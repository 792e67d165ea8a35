from datetime import UTC, date, datetime

import pytest
from django.utils import timezone

from sites.services.partitions import (
    month_add,
    month_start,
    partition_name,
    readings_partition_months,
    readings_partition_of,
    readings_partitions_ensure,
)
from tests.sites.factories import SiteFactory
from tests.sites.helpers import batch, post

pytestmark = pytest.mark.django_db


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def test_readings_of_three_months_land_in_three_partitions_and_old_in_default(
    api, organization
):
    site = SiteFactory(organization=organization)
    this_month = month_start(timezone.now())
    months = [month_add(this_month, -n) for n in (1, 2, 3)]
    moments = [datetime(m.year, m.month, 15, 12, tzinfo=UTC) for m in months]
    ancient = datetime(2001, 3, 4, 5, 6, tzinfo=UTC)
    readings = [{"timestamp": _iso(m), "value": "1"} for m in [*moments, ancient]]
    assert post(api, batch(site, readings)).status_code == 201

    for month, moment in zip(months, moments, strict=True):
        assert readings_partition_of(
            site_id=site.pk, device_id="", timestamp=moment
        ) == partition_name(month)
    assert (
        readings_partition_of(site_id=site.pk, device_id="", timestamp=ancient)
        == "sites_reading_default"
    )


def test_creating_a_partition_moves_its_rows_out_of_default(api, organization):
    site = SiteFactory(organization=organization)
    moment = datetime(2001, 3, 4, 5, 6, tzinfo=UTC)
    post(api, batch(site, [{"timestamp": _iso(moment), "value": "1"}]))
    assert date(2001, 3, 1) not in readings_partition_months()

    ensured = readings_partitions_ensure(months={date(2001, 3, 1)})

    assert ensured.created == ("sites_reading_p2001_03",)
    assert ensured.rows_moved == 1
    assert (
        readings_partition_of(site_id=site.pk, device_id="", timestamp=moment)
        == "sites_reading_p2001_03"
    )


def test_scheduled_ensure_creates_the_coming_months(settings):
    settings.READINGS_PARTITIONS_AHEAD = 3
    readings_partitions_ensure()
    this_month = month_start(timezone.now())
    assert {month_add(this_month, n) for n in range(4)} <= readings_partition_months()
    assert readings_partitions_ensure().created == ()


def test_partitions_command_splits_a_backfill_out_of_default(api, organization):
    from io import StringIO

    from django.core.management import call_command

    site = SiteFactory(organization=organization)
    moment = datetime(2001, 3, 4, 5, 6, tzinfo=UTC)
    post(api, batch(site, [{"timestamp": _iso(moment), "value": "1"}]))
    out = StringIO()
    call_command("readings_partitions", "--from", "2001-02", stdout=out)
    assert "1 rows moved" in out.getvalue()
    assert (
        readings_partition_of(site_id=site.pk, device_id="", timestamp=moment)
        == "sites_reading_p2001_03"
    )
