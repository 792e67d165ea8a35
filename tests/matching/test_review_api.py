import pytest

from accounts.models import Role
from ingestion.models import Activity
from matching.models import MatchCacheEntry
from tests.conftest import assert_problem
from tests.ingestion.factories import UploadFactory
from tests.matching.ai_factories import ActivityFactory, EmissionFactorFactory

URL = "/api/v1/activities/review/"


@pytest.fixture
def queue(organization):
    upload = UploadFactory(organization=organization)
    factor = EmissionFactorFactory()
    pending = ActivityFactory.create_batch(3, upload=upload, factor=factor)
    matched = ActivityFactory(upload=upload, match_status="matched", factor=factor)
    return [*pending, matched]


def test_needs_review_filter_lists_the_review_queue(api, queue):
    response = api.get("/api/v1/activities/", {"match_status": "needs_review"})

    assert response.status_code == 200
    assert response.json()["count"] == 3
    assert {a["id"] for a in response.json()["results"]} == {
        str(a.pk) for a in queue[:3]
    }


def test_bulk_accept_marks_matched_and_feeds_the_cache(api, queue, organization):
    ids = [str(a.pk) for a in queue[:2]]

    response = api.post(URL, {"activity_ids": ids, "action": "accept"})

    assert response.status_code == 200, response.content
    assert response.json() == {
        "action": "accept",
        "updated": 2,
        "keys": 2,
        "rows": 2,
        "activity_ids": ids,
    }
    assert set(
        Activity.objects.filter(pk__in=ids).values_list("match__status", flat=True)
    ) == {"matched"}
    entries = MatchCacheEntry.objects.for_organization(organization)
    assert set(entries.values_list("key", "status", "method")) == {
        (a.match_key, "matched", "review_accepted") for a in queue[:2]
    }


def test_bulk_override_sets_factor_and_feeds_the_cache(api, queue, organization):
    factor = EmissionFactorFactory()
    ids = [str(a.pk) for a in queue[:3]]

    response = api.post(
        URL, {"activity_ids": ids, "action": "override", "factor_id": str(factor.pk)}
    )

    assert response.status_code == 200, response.content
    assert set(
        Activity.objects.filter(pk__in=ids).values_list(
            "match__factor_id", "match__status"
        )
    ) == {(factor.pk, "overridden")}
    entries = MatchCacheEntry.objects.for_organization(organization)
    assert set(entries.values_list("factor_id", "status")) == {
        (factor.pk, "overridden")
    }
    assert entries.count() == 3


def test_override_with_an_unconvertible_factor_names_each_activity(api, queue):
    factor = EmissionFactorFactory(unit="USD", unit_label="USD", dimension="currency")

    response = api.post(
        URL,
        {
            "activity_ids": [str(queue[0].pk), str(queue[1].pk)],
            "action": "override",
            "factor_id": str(factor.pk),
        },
    )

    body = assert_problem(response, 400, "validation_error")
    assert [e["field"] for e in body["errors"]] == [
        "activity_ids[0]",
        "activity_ids[1]",
    ]
    assert {e["code"] for e in body["errors"]} == {"unit_mismatch"}


def test_another_organizations_activity_is_not_found(api, queue, other_organization):
    foreign = ActivityFactory(upload=UploadFactory(organization=other_organization))

    response = api.post(
        URL, {"activity_ids": [str(queue[0].pk), str(foreign.pk)], "action": "accept"}
    )

    body = assert_problem(response, 400, "validation_error")
    assert body["errors"] == [
        {
            "field": "activity_ids[1]",
            "code": "not_found",
            "message": "No such activity in your organization.",
        }
    ]
    queue[0].refresh_from_db()
    assert queue[0].match_status == "needs_review"


def test_override_requires_a_factor(api, queue):
    response = api.post(URL, {"activity_ids": [str(queue[0].pk)], "action": "override"})

    body = assert_problem(response, 400, "validation_error")
    assert body["errors"][0]["field"] == "factor_id"


@pytest.mark.parametrize("role", [Role.SUPPLIER, Role.VIEWER, Role.VERIFIER])
def test_only_analysts_and_admins_review(api_client_for, member, queue, role):
    client = api_client_for(member(role))

    response = client.post(
        URL, {"activity_ids": [str(queue[0].pk)], "action": "accept"}
    )

    assert_problem(response, 403, "permission_denied")
