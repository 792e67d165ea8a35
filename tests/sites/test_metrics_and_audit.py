from datetime import timedelta
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from sites.models import IdempotencyKey, Site
from sites.services.maintenance import idempotency_keys_purge
from tests.sites.factories import SiteFactory
from tests.sites.helpers import batch, post

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(organization):
    return SiteFactory(organization=organization, emission_limit=Decimal("1500"))


def test_metrics_aggregate_readings(api, site):
    post(
        api,
        batch(
            site,
            [
                {"timestamp": "2026-05-01T10:00:00Z", "value": "2.5", "device_id": "a"},
                {"timestamp": "2026-05-01T10:05:00Z", "value": "1.25"},
                {"timestamp": "2026-04-30T10:05:00Z", "value": "12.5"},
            ],
        ),
    )
    post(api, batch(site, [{"timestamp": "2026-05-01T10:05:00Z", "value": "1.25"}]))
    body = api.get(f"/api/v1/sites/{site.pk}/metrics/").json()
    assert body["total_emissions_to_date"] == "16.250"
    assert body["remaining"] == "1483.750"
    assert body["percent_of_limit"] == "1.08"
    assert body["status"] == "within_limit"
    assert body["status_label"] == "Within Limit"
    assert body["reading_count"] == 3
    assert body["first_reading_at"] == "2026-04-30T10:05:00Z"
    assert body["last_reading_at"] == "2026-05-01T10:05:00Z"
    assert body["monthly"] == [
        {"month": "2026-04", "total": "12.500", "readings": 1},
        {"month": "2026-05", "total": "3.750", "readings": 2},
    ]
    assert body["duplicates_rejected"] == 1
    assert set(body) >= {"site_id", "name", "emission_limit", "last_30_days"}


def test_total_exactly_at_limit_is_within_and_remaining_never_negative(
    api, organization
):
    site = SiteFactory(organization=organization, emission_limit=Decimal("2"))
    post(api, batch(site, [{"timestamp": "2026-05-01T10:00:00Z", "value": "2"}]))
    body = api.get(f"/api/v1/sites/{site.pk}/metrics/").json()
    assert (body["status"], body["remaining"]) == ("within_limit", "0.000")
    post(api, batch(site, [{"timestamp": "2026-05-01T11:00:00Z", "value": "3"}]))
    body = api.get(f"/api/v1/sites/{site.pk}/metrics/").json()
    assert body["status"] == "limit_exceeded"
    assert body["status_label"] == "Limit Exceeded"
    assert body["remaining"] == "0.000"
    assert body["percent_of_limit"] == "250.00"


def test_readings_are_listed_newest_first_with_cursor(api, site):
    readings = [
        {"timestamp": f"2026-05-01T10:{m:02d}:00Z", "value": str(m)} for m in range(5)
    ]
    post(api, batch(site, readings))
    url = f"/api/v1/sites/{site.pk}/readings/?page_size=2"
    first = api.get(url).json()
    assert set(first) == {"next", "previous", "results"}
    assert [r["value"] for r in first["results"]] == ["4.000", "3.000"]
    assert set(first["results"][0]) == {
        "timestamp",
        "value",
        "device_id",
        "ingested_at",
        "batch_id",
    }
    second = api.get(first["next"]).json()
    assert [r["value"] for r in second["results"]] == ["2.000", "1.000"]
    window = api.get(
        f"/api/v1/sites/{site.pk}/readings/"
        "?from=2026-05-01T10:01:00Z&to=2026-05-01T10:03:00Z"
    ).json()
    assert [r["value"] for r in window["results"]] == ["2.000", "1.000"]


def test_verify_totals_passes_then_reports_drift(api, site):
    post(api, batch(site, [{"timestamp": "2026-05-01T10:00:00Z", "value": "2"}]))
    out = StringIO()
    call_command("verify_totals", stdout=out)
    assert "OK" in out.getvalue()

    Site.objects.filter(pk=site.pk).update(total_emissions_to_date=Decimal("3"))
    out = StringIO()
    with pytest.raises(CommandError):
        call_command("verify_totals", stdout=out)
    assert str(site.pk) in out.getvalue()
    assert "drift 1.000" in out.getvalue()


def test_admin_verify_totals_action(client, site, admin_user):
    admin_user.is_staff = admin_user.is_superuser = True
    admin_user.save()
    client.force_login(admin_user)
    Site.objects.filter(pk=site.pk).update(total_emissions_to_date=Decimal("3"))
    response = client.post(
        "/admin/sites/site/",
        {"action": "verify_totals", "_selected_action": [str(site.pk)]},
        follow=True,
    )
    assert "readings sum to 0" in response.content.decode()


def test_expired_idempotency_keys_are_purged(api, site):
    post(api, batch(site, [{"timestamp": "2026-05-01T10:00:00Z", "value": "2"}]), "old")
    post(api, batch(site, [{"timestamp": "2026-05-01T11:00:00Z", "value": "2"}]), "new")
    IdempotencyKey.objects.filter(key="old").update(
        created_at=timezone.now() - timedelta(days=3)
    )
    assert idempotency_keys_purge() == 1
    assert list(IdempotencyKey.objects.values_list("key", flat=True)) == ["new"]
