from datetime import timedelta

import pytest
from django.utils import timezone

from reporting.registry.api.serializers import PublicProjectSerializer
from reporting.registry.models import Methodology, ProjectState
from reporting.registry.policy import CONFIGURABLE_FIELDS, PUBLIC_SURFACE_FIELDS
from reporting.registry.views import EXPORT_COLUMNS
from tests.conftest import assert_problem
from tests.reporting.registry.factories import ProjectFactory
from tests.reporting.registry.helpers import ok, published_project

pytestmark = pytest.mark.django_db
URL = "/api/public/v1/projects/"


@pytest.fixture
def catalogue(db):
    now = timezone.now()
    rows = [
        ("Alpha Basalt", "GB", Methodology.ENHANCED_WEATHERING, 2024, 10, 0),
        ("Bravo Wastewater", "US", Methodology.WASTEWATER_ALKALINITY, 2025, 5, 5),
        ("Charlie Char", "US", Methodology.BIOCHAR, 2025, 0, 0),
        ("Delta Rock", "KE", Methodology.ENHANCED_WEATHERING, 2023, 8, 2),
    ]
    projects = [
        ProjectFactory(
            name=name,
            country=country,
            methodology=methodology,
            vintage=vintage,
            credits_issued=issued,
            credits_retired=retired,
            state=ProjectState.PUBLISHED,
            published_at=now - timedelta(days=index),
        )
        for index, (name, country, methodology, vintage, issued, retired) in enumerate(
            rows
        )
    ]
    ProjectFactory(name="Echo Draft", country="GB")
    return projects


def names(response):
    assert response.status_code == 200, response.content
    return [p["name"] for p in response.json()["results"]]


def test_list_is_paginated_published_only_newest_first(anonymous_api, catalogue):
    response = anonymous_api.get(URL, {"page_size": 2})
    body = response.json()
    assert set(body) == {"count", "next", "previous", "results"}
    assert body["count"] == 4
    assert [p["name"] for p in body["results"]] == ["Alpha Basalt", "Bravo Wastewater"]
    assert "page=2" in body["next"]
    assert set(body["results"][0]) >= {
        "id",
        "registry_id",
        "name",
        "methodology",
        "country",
        "vintage",
        "status",
        "credits_issued",
        "credits_retired",
        "url",
    }
    assert "monitoring_plan" not in body["results"][0]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"country": "us"}, ["Bravo Wastewater", "Charlie Char"]),
        ({"methodology": "enhanced_weathering"}, ["Alpha Basalt", "Delta Rock"]),
        ({"vintage": 2025}, ["Bravo Wastewater", "Charlie Char"]),
        ({"status": "registered"}, ["Charlie Char"]),
        ({"status": "active"}, ["Alpha Basalt", "Delta Rock"]),
        ({"status": "retired"}, ["Bravo Wastewater"]),
        ({"search": "rock"}, ["Delta Rock"]),
        (
            {"ordering": "name"},
            ["Alpha Basalt", "Bravo Wastewater", "Charlie Char", "Delta Rock"],
        ),
        (
            {"ordering": "-vintage", "country": "US"},
            ["Bravo Wastewater", "Charlie Char"],
        ),
        (
            {"ordering": "vintage"},
            ["Delta Rock", "Alpha Basalt", "Charlie Char", "Bravo Wastewater"],
        ),
    ],
)
def test_filters_search_and_sort(anonymous_api, catalogue, query, expected):
    assert names(anonymous_api.get(URL, query)) == expected


def test_search_by_registry_id_and_uuid(anonymous_api, catalogue):
    delta = catalogue[3]
    assert names(anonymous_api.get(URL, {"search": delta.registry_id})) == [
        "Delta Rock"
    ]
    assert names(anonymous_api.get(URL, {"search": str(delta.id)})) == ["Delta Rock"]


def test_bad_filter_is_a_validation_problem(anonymous_api, catalogue):
    body = assert_problem(
        anonymous_api.get(URL, {"status": "nope"}), 400, "validation_error"
    )
    assert body["errors"][0]["field"] == "status"


def test_filters_endpoint_lists_facets_of_published_projects(anonymous_api, catalogue):
    body = anonymous_api.get("/api/public/v1/filters/").json()
    assert body["country"] == [
        {"value": "GB", "count": 1},
        {"value": "KE", "count": 1},
        {"value": "US", "count": 2},
    ]
    assert {f["value"]: f["count"] for f in body["status"]} == {
        "registered": 1,
        "active": 2,
        "retired": 1,
    }
    assert [v["value"] for v in body["vintage"]] == ["2023", "2024", "2025"]


def test_detail_by_id_and_registry_id_and_unknown_is_404(anonymous_api, catalogue):
    alpha = catalogue[0]
    assert anonymous_api.get(f"{URL}{alpha.id}/").json()["name"] == "Alpha Basalt"
    assert anonymous_api.get(f"{URL}{alpha.registry_id}/").json()["id"] == str(alpha.id)
    assert_problem(anonymous_api.get(f"{URL}not-a-project/"), 404, "not_found")
    draft = ProjectFactory()
    assert_problem(anonymous_api.get(f"{URL}{draft.id}/"), 404, "not_found")


def test_etag_and_cache_control_and_304(anonymous_api, catalogue):
    first = anonymous_api.get(URL)
    etag = first["ETag"]
    assert etag.startswith('"')
    assert "public" in first["Cache-Control"]
    assert "max-age=60" in first["Cache-Control"]
    assert "Cookie" in first["Vary"]
    again = anonymous_api.get(URL, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    ProjectFactory(
        name="Foxtrot", state=ProjectState.PUBLISHED, published_at=timezone.now()
    )
    changed = anonymous_api.get(URL, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag


def test_logged_in_answers_are_private(api_client_for, member, catalogue):
    response = api_client_for(member("buyer")).get(URL)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("path", ["", "{id}/", "{id}/credits/"])
def test_writes_are_405(anonymous_api, catalogue, method, path):
    url = URL + path.format(id=catalogue[0].id)
    assert_problem(getattr(anonymous_api, method)(url, {}), 405, "method_not_allowed")


def test_filters_write_is_405(anonymous_api):
    assert_problem(
        anonymous_api.post("/api/public/v1/filters/", {}), 405, "method_not_allowed"
    )


def test_anonymous_requests_are_rate_limited_with_retry_after(
    anonymous_api, catalogue, settings, api_client_for, member
):
    settings.REGISTRY_PUBLIC_RATE = "3/min"
    for _ in range(3):
        assert anonymous_api.get(URL).status_code == 200
    throttled = anonymous_api.get("/api/public/v1/filters/")
    assert_problem(throttled, 429, "rate_limited")
    assert int(throttled["Retry-After"]) >= 1
    # Authenticated callers are not the anonymous bucket.
    assert api_client_for(member("buyer")).get(URL).status_code == 200


def test_fields_hidden_from_the_public_are_absent_not_null(
    people, api_client_for, anonymous_api
):
    pid = published_project(people, api_client_for)["id"]
    detail = ok(anonymous_api.get(f"{URL}{pid}/"))
    row = ok(anonymous_api.get(URL))["results"][0]
    hidden = {"latitude", "longitude", "description", "methodology_details"}
    assert hidden & set(detail) == set()
    assert hidden & set(row) == set()
    assert detail["region"] == "Scottish Highlands"


def test_public_surface_fields_are_the_ones_the_public_serializer_and_export_show():
    columns = {"location": {"latitude", "longitude"}}
    serializer = set(PublicProjectSerializer().fields)
    export = set(EXPORT_COLUMNS)
    assert {
        name
        for name in CONFIGURABLE_FIELDS
        if columns.get(name, {name}) <= serializer & export
    } == PUBLIC_SURFACE_FIELDS
