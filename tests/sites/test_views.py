import uuid
from decimal import Decimal

import pytest
from django.utils import timezone

from accounts.models import Role
from sites.models import IdempotencyKey, Reading, Site
from tests.sites.factories import SiteFactory

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def ingest_post(key: str, *, lost: bool = False, value: str = "2.5") -> dict:
    stamp = (timezone.now() - timezone.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
    data = {
        "idempotency_key": key,
        "readings-TOTAL_FORMS": "3",
        "readings-INITIAL_FORMS": "0",
        "readings-MIN_NUM_FORMS": "0",
        "readings-MAX_NUM_FORMS": "100",
        "readings-0-timestamp": stamp,
        "readings-0-value": value,
        "readings-0-device_id": "sensor-a",
        "readings-1-timestamp": stamp,
        "readings-1-value": "1.25",
        "readings-1-device_id": "sensor-b",
    }
    if lost:
        data["simulate_lost_response"] = "on"
    return data


@pytest.fixture
def site(organization):
    return SiteFactory(organization=organization, emission_limit=Decimal("100"))


def test_sites_table_fragment_is_the_partial_only(client, member, site):
    client.force_login(member(Role.VIEWER))
    response = client.get("/sites/", **HTMX, HTTP_HX_TARGET="sites-live")
    body = response.content.decode()
    assert response.status_code == 200
    assert body.lstrip().startswith('<div id="sites-live"')
    assert site.name in body
    assert "<html" not in body


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ("status=within_limit", True),
        ("status=limit_exceeded", False),
        ("name=zz", False),
    ],
)
def test_sites_table_filters(client, member, site, query, shown):
    client.force_login(member(Role.ANALYST))
    response = client.get(f"/sites/?{query}")
    assert (site.name in response.content.decode()) is shown


def test_sites_table_sorts_by_status(client, member, organization):
    SiteFactory(
        organization=organization,
        name="Alpha",
        total_emissions_to_date=5,
        emission_limit=1,
    )
    SiteFactory(organization=organization, name="Beta")
    client.force_login(member(Role.ANALYST))
    body = client.get("/sites/?sort=-status").content.decode()
    assert body.index("Alpha") < body.index("Beta")


def test_viewer_sees_no_forms_and_posts_are_refused(client, member, site):
    client.force_login(member(Role.VIEWER))
    page = client.get(f"/sites/{site.pk}/").content.decode()
    assert "Create site" not in client.get("/sites/").content.decode()
    assert "Send readings" not in page
    assert (
        client.post(
            "/sites/", {"name": "X", "kind": "well_pad", "emission_limit": "1"}
        ).status_code
        == 403
    )
    response = client.post(f"/sites/{site.pk}/ingest/", ingest_post(str(uuid.uuid4())))
    assert response.status_code == 403
    assert not Site.objects.filter(name="X").exists()
    assert Reading.objects.count() == 0


def test_site_page_shows_metrics_and_a_fresh_key(client, member, site):
    client.force_login(member(Role.ANALYST))
    body = client.get(f"/sites/{site.pk}/").content.decode()
    assert "Manual ingestion" in body
    assert 'name="idempotency_key"' in body
    assert "Within Limit" in body
    assert 'id="monthly-data"' in body


def test_site_live_fragment(client, member, site):
    client.force_login(member(Role.VIEWER))
    response = client.get(f"/sites/{site.pk}/", **HTMX, HTTP_HX_TARGET="site-live")
    assert response.content.decode().lstrip().startswith('<div id="site-live"')


def test_lost_response_commits_then_retry_replays_and_counts_once(client, member, site):
    client.force_login(member(Role.ANALYST))
    key = str(uuid.uuid4())
    url = f"/sites/{site.pk}/ingest/"

    lost = client.post(url, ingest_post(key, lost=True), **HTMX)
    site.refresh_from_db()
    assert lost.status_code == 504
    assert "The response was lost" in lost.content.decode()
    assert f'value="{key}"' in lost.content.decode()
    assert site.total_emissions_to_date == Decimal("3.750")

    retry = client.post(url, ingest_post(key), **HTMX)
    body = retry.content.decode()
    site.refresh_from_db()
    assert retry.status_code == 200
    assert "Replayed" in body
    assert 'id="outcome-accepted">2<' in body
    assert site.total_emissions_to_date == Decimal("3.750")
    assert Reading.objects.count() == 2
    assert 'hx-swap-oob="true"' in body


def test_same_key_with_other_readings_is_shown_as_reused(client, member, site):
    client.force_login(member(Role.ANALYST))
    key = str(uuid.uuid4())
    client.post(f"/sites/{site.pk}/ingest/", ingest_post(key), **HTMX)
    response = client.post(
        f"/sites/{site.pk}/ingest/", ingest_post(key, value="9"), **HTMX
    )
    assert response.status_code == 422
    assert "Idempotency key reused" in response.content.decode()


def test_form_key_matches_the_api_fingerprint(client, api, member, site):
    client.force_login(member(Role.ANALYST))
    key = str(uuid.uuid4())
    client.post(f"/sites/{site.pk}/ingest/", ingest_post(key), **HTMX)
    stored = IdempotencyKey.objects.get(key=key)
    data = ingest_post(key)
    body = {
        "site_id": str(site.pk),
        "readings": [
            {
                "timestamp": data["readings-0-timestamp"] + ":00Z",
                "value": "2.5",
                "device_id": "sensor-a",
            },
            {
                "timestamp": data["readings-1-timestamp"] + ":00Z",
                "value": "1.25",
                "device_id": "sensor-b",
            },
        ],
    }
    response = api.post(
        "/api/v1/ingest/", body, format="json", HTTP_IDEMPOTENCY_KEY=key
    )
    assert response.status_code == 201
    assert response["Idempotent-Replayed"] == "true"
    assert stored.fingerprint


def test_validation_errors_show_beside_the_fields(client, member, site):
    client.force_login(member(Role.ANALYST))
    data = ingest_post(str(uuid.uuid4()), value="-3")
    response = client.post(f"/sites/{site.pk}/ingest/", data, **HTMX)
    body = response.content.decode()
    assert response.status_code == 400
    assert 'id="id_readings-0-value-error"' in body
    assert Reading.objects.count() == 0


def test_empty_form_asks_for_a_reading(client, member, site):
    client.force_login(member(Role.ANALYST))
    data = ingest_post(str(uuid.uuid4()))
    for name in ("timestamp", "value", "device_id"):
        data[f"readings-0-{name}"] = data[f"readings-1-{name}"] = ""
    response = client.post(f"/sites/{site.pk}/ingest/", data, **HTMX)
    assert response.status_code == 400
    assert "at least 1 reading" in response.content.decode()


def test_sites_table_updated_moves_when_readings_arrive(client, member, site):
    stale = timezone.now() - timezone.timedelta(days=3)
    Site.objects.filter(pk=site.pk).update(updated_at=stale)
    client.force_login(member(Role.ANALYST))
    client.post(f"/sites/{site.pk}/ingest/", ingest_post(str(uuid.uuid4())), **HTMX)
    site.refresh_from_db()
    assert site.total_emissions_to_date == Decimal("3.750")
    assert site.updated_at > stale + timezone.timedelta(days=2)
    body = client.get("/sites/").content.decode()
    assert timezone.localtime(stale).strftime("%Y-%m-%d %H:%M") not in body
    assert timezone.localtime(site.updated_at).strftime("%Y-%m-%d %H:%M") in body
