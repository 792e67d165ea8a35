import pytest

from tests.conftest import assert_problem
from tests.sites.factories import SiteFactory

pytestmark = pytest.mark.django_db


def test_malformed_json_is_400_malformed_request(api):
    response = api.post(
        "/api/v1/sites/", data="{not json", content_type="application/json"
    )
    assert_problem(response, 400, "malformed_request")


def test_validation_errors_name_each_field(api):
    response = api.post(
        "/api/v1/sites/",
        {"name": "", "emission_limit": "-1", "kind": "volcano", "colour": "red"},
        format="json",
    )
    body = assert_problem(response, 400, "validation_error")
    assert {e["field"] for e in body["errors"]} == {"colour"}
    response = api.post(
        "/api/v1/sites/",
        {"name": "", "emission_limit": "-1", "kind": "volcano"},
        format="json",
    )
    body = assert_problem(response, 400, "validation_error")
    assert {e["field"] for e in body["errors"]} == {"name", "emission_limit", "kind"}
    assert all(e["code"] and e["message"] for e in body["errors"])


def test_unknown_route_is_404_problem(api):
    assert_problem(api.get("/api/v1/no-such-thing/"), 404, "not_found")


def test_other_organizations_object_is_404(api, other_organization):
    site = SiteFactory(organization=other_organization)
    assert_problem(api.get(f"/api/v1/sites/{site.pk}/"), 404, "not_found")
    response = api.patch(
        f"/api/v1/sites/{site.pk}/", {"name": "mine now"}, format="json"
    )
    assert_problem(response, 404, "not_found")


def test_wrong_method_is_405_problem(api):
    response = api.delete("/api/v1/sites/")
    assert_problem(response, 405, "method_not_allowed")
    assert "GET" in response["Allow"]


def test_wrong_content_type_is_415_problem(api):
    response = api.post("/api/v1/sites/", data="name=x", content_type="text/plain")
    assert_problem(response, 415, "unsupported_media_type")


def test_oversized_body_is_413_problem(api, settings):
    settings.API_MAX_BODY_BYTES = 100
    response = api.post(
        "/api/v1/sites/", {"name": "x" * 200, "emission_limit": "1"}, format="json"
    )
    assert_problem(response, 413, "payload_too_large")


def test_unhandled_exception_is_500_without_internals(api, settings):
    settings.ROOT_URLCONF = "tests.carbon.core.boom_urls"
    api.raise_request_exception = False
    response = api.get("/api/v1/test/boom/")
    body = assert_problem(response, 500, "server_error")
    assert "secret" not in response.content.decode()
    assert set(body) == {"type", "title", "status", "detail", "code", "request_id"}


def test_request_id_is_echoed(api):
    response = api.get("/api/v1/me/", HTTP_X_REQUEST_ID="abc-123.def")
    assert response["X-Request-ID"] == "abc-123.def"


@pytest.mark.parametrize("supplied", ["", "has spaces", "x" * 200])
def test_unusable_request_id_is_replaced(api, supplied):
    response = api.get("/api/v1/me/", HTTP_X_REQUEST_ID=supplied)
    assert response["X-Request-ID"] != supplied
    assert len(response["X-Request-ID"]) == 32


def test_request_id_is_generated_on_html_too(client):
    assert len(client.get("/healthz")["X-Request-ID"]) == 32
