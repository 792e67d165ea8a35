import pytest

from accounts.models import Role
from sites.models import DeviceKey
from tests.conftest import assert_problem
from tests.sites.factories import SiteFactory
from tests.sites.helpers import batch, post, stamp

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(organization):
    return SiteFactory(organization=organization)


@pytest.fixture
def device(api, site):
    response = api.post(
        f"/api/v1/sites/{site.pk}/device-keys/", {"name": "sensor-a"}, format="json"
    )
    assert response.status_code == 201, response.content
    from rest_framework.test import APIClient

    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Device {response.json()['key']}")
    return client


def test_device_key_ingests_for_its_site(device, site):
    response = post(device, batch(site, [{"timestamp": stamp(), "value": "1"}]))
    assert response.status_code == 201, response.content
    assert DeviceKey.objects.get().last_used_at is not None


def test_device_key_cannot_touch_another_site(device, organization, other_organization):
    for other in (
        SiteFactory(organization=organization),
        SiteFactory(organization=other_organization),
    ):
        response = post(device, batch(other, [{"timestamp": stamp(), "value": "1"}]))
        assert_problem(response, 404, "not_found")
        other.refresh_from_db()
        assert other.total_emissions_to_date == 0


def test_device_key_is_refused_outside_ingest(device, site):
    assert_problem(device.get("/api/v1/sites/"), 401, "not_authenticated")
    assert_problem(
        device.get(f"/api/v1/sites/{site.pk}/metrics/"), 401, "not_authenticated"
    )


def test_revoked_or_wrong_key_is_401(api, device, site):
    key_id = DeviceKey.objects.get().pk
    assert (
        api.delete(f"/api/v1/sites/{site.pk}/device-keys/{key_id}/").status_code == 204
    )
    response = post(device, batch(site, [{"timestamp": stamp(), "value": "1"}]))
    assert_problem(response, 401, "not_authenticated")
    device.credentials(HTTP_AUTHORIZATION="Device dk_nope_nope")
    response = post(device, batch(site, [{"timestamp": stamp(), "value": "1"}]))
    assert_problem(response, 401, "not_authenticated")


def test_only_admins_manage_device_keys(api_client_for, member, site):
    analyst = api_client_for(member(Role.ANALYST))
    response = analyst.post(
        f"/api/v1/sites/{site.pk}/device-keys/", {"name": "x"}, format="json"
    )
    assert_problem(response, 403, "permission_denied")


def test_listing_never_shows_the_secret(api, device, site):
    results = api.get(f"/api/v1/sites/{site.pk}/device-keys/").json()["results"]
    assert len(results) == 1
    assert "key" not in results[0]
    assert "secret_hash" not in results[0]
