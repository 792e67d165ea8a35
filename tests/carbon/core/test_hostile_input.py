import json
from decimal import Decimal

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.views import APIView

from carbon.core.api.parsers import JSONObjectParser
from ingestion.models import Upload
from sites.models import Reading, Site
from tests.conftest import assert_problem
from tests.ingestion.helpers import csv_bytes, upload_file
from tests.sites.factories import SiteFactory
from tests.sites.helpers import INGEST, stamp

pytestmark = pytest.mark.django_db

# Raw JSON text: "\u0000" and a lone "\ud800" as a client would send them.
NUL = "\\u0000"
SURROGATE = "\\ud800"
DEEP = "[" * 10_000 + "]" * 10_000


@pytest.fixture
def site(organization):
    return SiteFactory(organization=organization, emission_limit=Decimal(10))


def _raw(client, method, path, text):
    return getattr(client, method)(path, data=text, content_type="application/json")


def _field_names(body):
    return [error["field"] for error in body["errors"]]


@pytest.mark.parametrize("bad", [NUL, SURROGATE])
def test_unstorable_device_id_is_a_validation_problem(api, site, bad):
    text = (
        f'{{"site_id": "{site.pk}", "readings": [{{"timestamp": "{stamp(5)}", '
        f'"value": "1", "device_id": "a{bad}"}}]}}'
    )
    body = assert_problem(_raw(api, "post", INGEST, text), 400, "validation_error")
    assert _field_names(body) == ["readings[0].device_id"]
    assert not Reading.objects.filter(site=site).exists()
    site.refresh_from_db()
    assert site.total_emissions_to_date == 0


@pytest.mark.parametrize("bad", [NUL, SURROGATE])
@pytest.mark.parametrize("where", ["value", "key"])
def test_unstorable_metadata_on_site_create_is_a_validation_problem(
    api, organization, bad, where
):
    pair = f'"operator": "Ac{bad}me"' if where == "value" else f'"op{bad}": "Acme"'
    text = f'{{"name": "Pad X", "emission_limit": "5", "metadata": {{{pair}}}}}'
    body = assert_problem(
        _raw(api, "post", "/api/v1/sites/", text), 400, "validation_error"
    )
    assert _field_names(body)[0].startswith("metadata.")
    assert not Site.objects.filter(name="Pad X").exists()


@pytest.mark.parametrize("bad", [NUL, SURROGATE])
def test_unstorable_metadata_on_site_patch_is_a_validation_problem(api, site, bad):
    text = f'{{"metadata": {{"operator": "x{bad}"}}}}'
    response = _raw(api, "patch", f"/api/v1/sites/{site.pk}/", text)
    body = assert_problem(response, 400, "validation_error")
    assert _field_names(body) == ["metadata.operator"]
    site.refresh_from_db()
    assert site.metadata == {}


@pytest.mark.parametrize(
    "path", ["/api/v1/sites/", INGEST, "/api/v1/auth/token/", "/api/v2/ingest/"]
)
def test_deeply_nested_json_is_malformed(api, path):
    assert_problem(_raw(api, "post", path, DEEP), 400, "malformed_request")
    wrapped = '{"metadata": ' + "[" * 40 + "]" * 40 + "}"
    assert_problem(_raw(api, "post", path, wrapped), 400, "malformed_request")


@pytest.mark.parametrize("text", ["[]", '"a string"', "42", "null", "true"])
@pytest.mark.parametrize(
    "path", ["/api/v1/sites/", INGEST, "/api/v1/auth/token/", "/api/v2/ingest/"]
)
def test_json_body_that_is_not_an_object_is_malformed(api, path, text):
    assert_problem(_raw(api, "post", path, text), 400, "malformed_request")
    assert not Site.objects.exists()


def test_non_object_patch_is_malformed(api, site):
    response = _raw(api, "patch", f"/api/v1/sites/{site.pk}/", "[]")
    assert_problem(response, 400, "malformed_request")


def _api_views(resolver=None):
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            yield from _api_views(entry)
        elif isinstance(entry, URLPattern):
            view = getattr(entry.callback, "cls", None)
            if isinstance(view, type) and issubclass(view, APIView):
                yield view


def test_every_api_view_parses_json_only_as_an_object():
    allowed = (JSONObjectParser, MultiPartParser, FormParser)
    views = set(_api_views())
    assert len(views) > 20
    for view in views:
        for parser in view.parser_classes:
            assert issubclass(parser, allowed), (view, parser)


def test_upload_with_overlong_filename_is_a_validation_problem(api):
    name = "é" * 125 + ".csv"
    content = csv_bytes([["Description", "Quantity", "Unit"], ["Gas", "1", "kWh"]])
    response = api.post(
        "/api/v1/uploads/", {"file": upload_file(content, name)}, format="multipart"
    )
    body = assert_problem(response, 400, "validation_error")
    assert _field_names(body) == ["file"]
    assert not Upload.objects.exists()


@pytest.mark.parametrize(
    "value", ["1_000", "\u0661\u0662", "\uff11\uff12", "1\u00a0000", "²"]
)
def test_reading_value_accepts_ascii_decimal_only(api, site, value):
    body = {
        "site_id": str(site.pk),
        "readings": [{"timestamp": stamp(5), "value": value}],
    }
    response = api.post(INGEST, body, format="json")
    problem = assert_problem(response, 400, "validation_error")
    assert _field_names(problem) == ["readings[0].value"]


@pytest.mark.parametrize("value", ["12", "1.5", "+3", "1e2", " 4 ", 7, 2.5])
def test_reading_value_accepts_plain_decimals(api, site, value):
    body = {
        "site_id": str(site.pk),
        "readings": [{"timestamp": stamp(5), "value": value}],
    }
    assert api.post(INGEST, body, format="json").status_code == 201


@pytest.mark.parametrize("limit", ["1_000", "\u0661\u0662", "\uff11\uff12"])
def test_site_limit_accepts_ascii_decimal_only(api, limit):
    response = api.post(
        "/api/v1/sites/", {"name": "Pad", "emission_limit": limit}, format="json"
    )
    body = assert_problem(response, 400, "validation_error")
    assert _field_names(body) == ["emission_limit"]


@pytest.mark.parametrize("site_id", [42, 0, 1.5])
def test_site_id_as_a_number_names_site_id(api, site, site_id):
    body = {"site_id": site_id, "readings": [{"timestamp": stamp(5), "value": "1"}]}
    problem = assert_problem(
        api.post(INGEST, body, format="json"), 400, "validation_error"
    )
    assert _field_names(problem) == ["site_id"]


def test_chunked_body_without_length_is_411_problem(api, site):
    body = json.dumps(
        {"site_id": str(site.pk), "readings": [{"timestamp": stamp(5), "value": "1"}]}
    )
    response = api.post(
        INGEST,
        data=body,
        content_type="application/json",
        HTTP_TRANSFER_ENCODING="chunked",
        CONTENT_LENGTH="",
    )
    assert_problem(response, 411, "length_required")
    assert not Reading.objects.exists()
