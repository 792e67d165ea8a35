import pytest

from accounts.models import Role
from tests.conftest import assert_problem
from tests.sites.factories import SiteFactory

pytestmark = pytest.mark.django_db

SITE = {
    "name": "Well Pad 7",
    "kind": "well_pad",
    "emission_limit": "1500",
    "metadata": {"operator": "Acme", "basin": "Permian"},
    "latitude": 31.9,
    "longitude": -102.1,
}


def test_create_site_answers_201_with_representation(api):
    response = api.post("/api/v1/sites/", SITE, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert set(body) == {
        "id",
        "name",
        "kind",
        "emission_limit",
        "total_emissions_to_date",
        "status",
        "metadata",
        "latitude",
        "longitude",
        "created_at",
        "updated_at",
    }
    assert body["emission_limit"] == "1500.000"
    assert body["total_emissions_to_date"] == "0.000"
    assert body["status"] == "within_limit"


def test_duplicate_name_is_validation_error(api):
    api.post("/api/v1/sites/", SITE, format="json")
    body = assert_problem(
        api.post("/api/v1/sites/", SITE, format="json"), 400, "validation_error"
    )
    assert body["errors"][0]["field"] == "name"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"emission_limit": "0"}, "emission_limit"),
        ({"emission_limit": "NaN"}, "emission_limit"),
        ({"kind": "volcano"}, "kind"),
        ({"metadata": ["not", "object"]}, "metadata"),
        ({"latitude": 91}, "latitude"),
        ({"total_emissions_to_date": "5"}, "total_emissions_to_date"),
    ],
)
def test_invalid_site_fields_are_named(api, change, field):
    response = api.post("/api/v1/sites/", {**SITE, **change}, format="json")
    body = assert_problem(response, 400, "validation_error")
    assert [e["field"] for e in body["errors"]] == [field]


def test_list_retrieve_and_patch(api, organization):
    site = SiteFactory(organization=organization)
    listing = api.get("/api/v1/sites/").json()
    assert listing["count"] == 1
    assert api.get(f"/api/v1/sites/{site.pk}/").json()["name"] == site.name
    response = api.patch(
        f"/api/v1/sites/{site.pk}/", {"emission_limit": "10"}, format="json"
    )
    assert response.status_code == 200
    assert response.json()["emission_limit"] == "10.000"


def test_other_organizations_site_is_404(api, other_organization):
    site = SiteFactory(organization=other_organization)
    assert_problem(api.get(f"/api/v1/sites/{site.pk}/"), 404, "not_found")
    assert_problem(api.get(f"/api/v1/sites/{site.pk}/metrics/"), 404, "not_found")


def test_viewer_may_read_but_not_create(api_client_for, member):
    client = api_client_for(member(Role.VIEWER))
    assert client.get("/api/v1/sites/").status_code == 200
    assert_problem(
        client.post("/api/v1/sites/", SITE, format="json"), 403, "permission_denied"
    )
