from datetime import timedelta
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.utils import timezone

from accounts.models import Role
from sites.api.idempotency import request_fingerprint
from sites.models import IdempotencyKey, OutboxEvent, Reading
from sites.services.ingest import _idempotency_claim
from tests.conftest import assert_problem
from tests.sites.factories import SiteFactory
from tests.sites.helpers import INGEST, INGEST_V2, batch, post, stamp

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(organization):
    return SiteFactory(organization=organization, emission_limit=Decimal(10))


def test_batch_is_stored_and_added_to_total(api, site):
    body = batch(
        site,
        [
            {"timestamp": stamp(10), "value": "2.5", "device_id": "sensor-a"},
            {"timestamp": stamp(5), "value": 1.25},
        ],
    )
    response = post(api, body)
    assert response.status_code == 201, response.content
    data = response.json()
    assert set(data) == {
        "batch_id",
        "site_id",
        "received",
        "accepted",
        "duplicates",
        "conflicts",
        "total_emissions_to_date",
        "status",
    }
    assert (data["received"], data["accepted"], data["duplicates"]) == (2, 2, 0)
    assert data["total_emissions_to_date"] == "3.750"
    assert data["status"] == "within_limit"
    site.refresh_from_db()
    assert site.total_emissions_to_date == Decimal("3.750")
    assert Reading.objects.filter(site=site).count() == 2


def test_resent_batch_without_key_does_not_move_total(api, site):
    body = batch(site, [{"timestamp": stamp(10), "value": "2.5"}])
    post(api, body)
    data = post(api, body).json()
    assert (data["accepted"], data["duplicates"], data["conflicts"]) == (0, 1, 0)
    assert data["total_emissions_to_date"] == "2.500"
    site.refresh_from_db()
    assert site.duplicates_rejected == 1


def test_same_identity_other_value_is_a_conflict_and_stored_value_wins(api, site):
    moment = stamp(10)
    post(api, batch(site, [{"timestamp": moment, "value": "2.5"}]))
    data = post(
        api,
        batch(
            site,
            [
                {"timestamp": moment, "value": "9"},
                {"timestamp": moment, "value": "2.500", "device_id": "b"},
            ],
        ),
    ).json()
    assert (data["accepted"], data["duplicates"], data["conflicts"]) == (1, 0, 1)
    assert data["total_emissions_to_date"] == "5.000"
    assert Reading.objects.get(site=site, device_id="").value == Decimal("2.5")


def test_repeats_inside_one_batch_are_counted_once(api, site):
    moment = stamp(10)
    data = post(
        api,
        batch(
            site,
            [
                {"timestamp": moment, "value": "1"},
                {"timestamp": moment, "value": "1"},
                {"timestamp": moment, "value": "2"},
            ],
        ),
    ).json()
    assert (data["accepted"], data["duplicates"], data["conflicts"]) == (1, 1, 1)
    assert data["total_emissions_to_date"] == "1.000"


def test_offsets_name_the_same_instant(api, site):
    post(api, batch(site, [{"timestamp": "2026-01-01T10:00:00Z", "value": "1"}]))
    data = post(
        api, batch(site, [{"timestamp": "2026-01-01T12:00:00+02:00", "value": "1"}])
    ).json()
    assert data["duplicates"] == 1


def test_replay_returns_original_response_with_header(api, site):
    body = batch(site, [{"timestamp": stamp(10), "value": "2.5"}])
    first = post(api, body, key="key-1")
    second = post(api, body, key="key-1")
    assert second.status_code == 201
    assert second.json() == first.json()
    assert second["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first
    assert Reading.objects.filter(site=site).count() == 1


def test_same_key_different_body_is_422(api, site):
    post(api, batch(site, [{"timestamp": stamp(10), "value": "2.5"}]), key="k")
    response = post(api, batch(site, [{"timestamp": stamp(10), "value": "3"}]), key="k")
    assert_problem(response, 422, "idempotency_key_reused")
    site.refresh_from_db()
    assert site.total_emissions_to_date == Decimal("2.5")


def test_key_in_flight_with_live_lease_is_409(api, site, organization):
    body = batch(site, [{"timestamp": stamp(10), "value": "2.5"}])
    post(api, body, key="k")
    IdempotencyKey.objects.filter(key="k").update(
        status=IdempotencyKey.Status.IN_PROGRESS,
        locked_until=timezone.now() + timedelta(seconds=30),
    )
    assert_problem(post(api, body, key="k"), 409, "idempotency_key_in_use")


def test_key_left_by_crashed_request_is_409_until_its_lease_expires(
    api, site, organization
):
    body = batch(site, [{"timestamp": stamp(10), "value": "2.5"}])
    request = SimpleNamespace(method="POST", path=INGEST, data=body)
    _idempotency_claim(  # a request that claimed the key, then its process died
        organization=organization, key="k", fingerprint=request_fingerprint(request)
    )
    assert_problem(post(api, body, key="k"), 409, "idempotency_key_in_use")

    IdempotencyKey.objects.filter(key="k").update(
        locked_until=timezone.now() - timedelta(seconds=1)
    )
    response = post(api, body, key="k")

    assert response.status_code == 201
    assert response.json()["accepted"] == 1
    assert IdempotencyKey.objects.get(key="k").status == "completed"


@pytest.mark.parametrize("key", ["x" * 256, "caf\u00e9", "tab\there", ""])
def test_invalid_idempotency_key_is_400(api, site, key):
    response = post(api, batch(site, [{"timestamp": stamp(), "value": 1}]), key=key)
    assert_problem(response, 400, "idempotency_key_invalid")


def test_invalid_readings_are_named_by_index_and_nothing_is_stored(api, site):
    readings = [{"timestamp": stamp(), "value": "1"} for _ in range(6)]
    readings[1]["value"] = "-1"
    readings[3]["value"] = "NaN"
    readings[3]["device_id"] = "d" * 65
    readings[4]["timestamp"] = stamp(-10)
    response = post(api, batch(site, readings))
    body = assert_problem(response, 400, "validation_error")
    assert body["detail"] == "3 readings are invalid."
    fields = sorted(e["field"] for e in body["errors"])
    assert fields == [
        "readings[1].value",
        "readings[3].device_id",
        "readings[3].value",
        "readings[4].timestamp",
    ]
    assert not Reading.objects.filter(site=site).exists()
    site.refresh_from_db()
    assert site.total_emissions_to_date == 0


@pytest.mark.parametrize(
    ("reading", "field"),
    [
        ({"timestamp": "2026-05-01T10:00:00", "value": 1}, "timestamp"),
        ({"timestamp": "2026-05-01", "value": 1}, "timestamp"),
        ({"timestamp": "yesterday", "value": 1}, "timestamp"),
        ({"timestamp": "2026-02-30T10:00:00Z", "value": 1}, "timestamp"),
        ({"timestamp": "2026-05-01T10:00:00Z", "value": "Infinity"}, "value"),
        ({"timestamp": "2026-05-01T10:00:00Z", "value": 1e12}, "value"),
        ({"timestamp": "2026-05-01T10:00:00Z", "value": "1.0001"}, "value"),
        ({"timestamp": "2026-05-01T10:00:00Z", "value": True}, "value"),
        ({"timestamp": "2026-05-01T10:00:00Z"}, "value"),
        ({"timestamp": "2026-05-01T10:00:00Z", "value": 1, "unit": "kg"}, "unit"),
    ],
)
def test_bad_reading_field_is_named(api, site, reading, field):
    body = assert_problem(post(api, batch(site, [reading])), 400, "validation_error")
    assert [e["field"] for e in body["errors"]] == [f"readings[0].{field}"]
    assert body["detail"] == "1 reading is invalid."


def test_absurd_value_above_configured_bound_is_refused(api, site, settings):
    settings.READING_MAX_KG = "100"
    reading = {"timestamp": stamp(), "value": "100.001"}
    body = assert_problem(post(api, batch(site, [reading])), 400, "validation_error")
    assert body["errors"][0]["field"] == "readings[0].value"


@pytest.mark.parametrize("count", [0, 101])
def test_batch_size_outside_1_to_100_is_refused(api, site, count):
    readings = [{"timestamp": stamp(i), "value": 1} for i in range(count)]
    body = assert_problem(post(api, batch(site, readings)), 400, "validation_error")
    assert body["errors"][0]["field"] == "readings"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (
            {"site_id": "nope", "readings": [{"timestamp": stamp(), "value": 1}]},
            "site_id",
        ),
        ({"readings": [{"timestamp": stamp(), "value": 1}]}, "site_id"),
        ({"site_id": "nope", "readings": [], "extra": 1}, "extra"),
    ],
)
def test_bad_top_level_fields_are_named(api, body, field):
    problem = assert_problem(post(api, body), 400, "validation_error")
    assert [e["field"] for e in problem["errors"]] == [field]


def test_body_not_an_object_is_malformed(api):
    response = api.post(INGEST, [1, 2], format="json")
    assert_problem(response, 400, "malformed_request")
    response = api.post(INGEST, "{nope", content_type="application/json")
    assert_problem(response, 400, "malformed_request")


def test_oversized_body_is_413(api, site, settings):
    settings.API_MAX_BODY_BYTES = 1000
    readings = [{"timestamp": stamp(i), "value": 1} for i in range(50)]
    assert_problem(post(api, batch(site, readings)), 413, "payload_too_large")


def test_site_of_another_organization_is_404_and_nothing_stored(
    api, other_organization
):
    foreign = SiteFactory(organization=other_organization)
    response = post(api, batch(foreign, [{"timestamp": stamp(), "value": 1}]))
    assert_problem(response, 404, "not_found")
    assert not Reading.objects.filter(site=foreign).exists()


def test_roles_without_operate_may_not_ingest(api_client_for, member, site):
    client = api_client_for(member(Role.VIEWER))
    response = post(client, batch(site, [{"timestamp": stamp(), "value": 1}]))
    assert_problem(response, 403, "permission_denied")


def test_unauthenticated_ingest_is_401(anonymous_api, site):
    response = post(anonymous_api, batch(site, [{"timestamp": stamp(), "value": 1}]))
    assert_problem(response, 401, "not_authenticated")


def test_crossing_the_limit_writes_one_limit_event(api, site):
    post(api, batch(site, [{"timestamp": stamp(30), "value": "10"}]))
    data = post(api, batch(site, [{"timestamp": stamp(20), "value": "0.001"}])).json()
    post(api, batch(site, [{"timestamp": stamp(10), "value": "5"}]))
    assert data["status"] == "limit_exceeded"
    topics = list(OutboxEvent.objects.values_list("topic", flat=True))
    assert topics.count("site.limit_exceeded") == 1
    assert topics.count("readings.ingested") == 3


def test_v2_converts_units_to_kg(api, site):
    readings = [
        {"timestamp": stamp(1), "value": "500", "unit": "g"},
        {"timestamp": stamp(2), "value": "1", "unit": "lb"},
        {"timestamp": stamp(3), "value": "100", "unit": "scf"},
        {"timestamp": stamp(4), "value": "1", "unit": "m3"},
        {"timestamp": stamp(5), "value": "0.001", "unit": "t"},
    ]
    response = post(api, batch(site, readings), path=INGEST_V2)
    assert response.status_code == 201, response.content
    values = sorted(Reading.objects.filter(site=site).values_list("value", flat=True))
    assert values == [
        Decimal("0.454"),
        Decimal("0.500"),
        Decimal("0.678"),
        Decimal("1.000"),
        Decimal("1.918"),
    ]
    assert response.json()["total_emissions_to_date"] == "4.550"


def test_v2_requires_a_known_unit(api, site):
    readings = [{"timestamp": stamp(1), "value": "1", "unit": "furlong"}]
    body = assert_problem(
        post(api, batch(site, readings), path=INGEST_V2), 400, "validation_error"
    )
    assert body["errors"][0]["field"] == "readings[0].unit"


def test_v1_and_v2_keys_are_different_requests(api, site):
    reading = {"timestamp": stamp(1), "value": "1"}
    post(api, batch(site, [reading]), key="k")
    response = post(
        api, batch(site, [{**reading, "unit": "kg"}]), key="k", path=INGEST_V2
    )
    assert_problem(response, 422, "idempotency_key_reused")
