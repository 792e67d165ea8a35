"""Review by group (issue: matching an analyst trusts): one decision per merchant and
category, or per ledger account, remembered for the next uploads."""

import threading
from functools import partial

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test import Client

from ingestion.models import Activity, Upload
from ingestion.services.uploads import upload_create
from matching.factors.models import EmissionFactor
from matching.models import MatchCacheEntry
from tests.conftest import assert_problem
from tests.ingestion.helpers import csv_bytes, upload_file

pytestmark = pytest.mark.django_db
HEADER = ["description", "amount", "currency", "date", "category"]
GROUPS_URL = "/api/v1/activities/review-groups/"
FURNISHING = [
    ["the furnishing service 12", "150.00", "GBP", "2017-01-03", "Equip Operational"],
    ["the furnishing service 40", "90.00", "GBP", "2017-01-09", "Equip Operational"],
]


def _upload(user, rows, captured, name):
    with captured(execute=True):
        result = upload_create(
            organization=user.organization,
            file=upload_file(csv_bytes([HEADER, *rows]), name),
            user=user,
        )
    upload = Upload.objects.get(pk=result.upload.pk)
    assert upload.status == Upload.Status.DONE, upload.failure
    return upload


@pytest.fixture
def factor(factors):
    return EmissionFactor.objects.current().get(
        source="epa_supply_chain", external_id="337214"
    )


def test_a_group_decision_covers_its_rows_and_the_next_store(
    api, admin_user, factor, django_capture_on_commit_callbacks
):
    rows = [
        [
            "the furnishing service 12",
            "150.00",
            "GBP",
            "2017-01-03",
            "Equip Operational",
        ],
        [
            "the furnishing service 40",
            "90.00",
            "GBP",
            "2017-01-09",
            "Equip Operational",
        ],
        ["zed widgets", "10.00", "GBP", "2017-01-09", "Equip Operational"],
    ]
    upload = _upload(admin_user, rows, django_capture_on_commit_callbacks, "jan.csv")
    groups = api.get("/api/v1/activities/review-groups/", {"upload": upload.pk}).json()
    first = groups["results"][0]
    assert first["merchant"] == "the furnishing service"
    assert len(first["candidates"]) in {1, 2, 3}
    assert all(candidate["reason"] for candidate in first["candidates"])
    assert first["rows"] == 2  # most material first: 240 GBP before 10 GBP
    response = api.post(
        "/api/v1/activities/review-groups/",
        {"group": first["key"], "action": "override", "factor_id": str(factor.pk)},
        format="json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["updated"] == 2
    decided = Activity.objects.filter(pk__in=first["activity_ids"])
    assert {a.match_status for a in decided} == {"overridden"}
    assert {a.factor_id for a in decided} == {factor.pk}
    assert {a.match_method for a in decided} == {"review_group"}

    # Next month, another store of the same merchant needs no review.
    later = _upload(
        admin_user,
        [
            [
                "The Furnishing Service 77",
                "60.00",
                "GBP",
                "2017-02-01",
                "Equip Operational",
            ]
        ],
        django_capture_on_commit_callbacks,
        "feb.csv",
    )
    activity = Activity.objects.get(upload=later)
    assert activity.factor_id == factor.pk
    assert activity.match_status == "matched"
    assert activity.match_method == "review_group"


def test_mapping_a_whole_account_covers_future_lines_of_it(
    api, admin_user, factor, django_capture_on_commit_callbacks
):
    rows = [
        ["quux traders", "20.00", "GBP", "2017-01-03", "Equip Operational"],
        ["blorp ltd", "30.00", "GBP", "2017-01-04", "Equip Operational"],
    ]
    upload = _upload(admin_user, rows, django_capture_on_commit_callbacks, "acct.csv")
    response = api.post(
        "/api/v1/activities/review-accounts/",
        {
            "category": "equip operational",
            "factor_id": str(factor.pk),
            "upload": str(upload.pk),
        },
        format="json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["updated"] == 2
    decided = Activity.objects.filter(upload=upload)
    assert {a.match_method for a in decided} == {"review_account"}
    later = _upload(
        admin_user,
        [["never seen before", "5.00", "GBP", "2017-02-02", "Equip Operational"]],
        django_capture_on_commit_callbacks,
        "acct-feb.csv",
    )
    activity = Activity.objects.get(upload=later)
    assert (activity.factor_id, activity.match_method) == (factor.pk, "review_account")


def test_unknown_group_is_a_validation_error(api, factors):
    response = api.post(
        "/api/v1/activities/review-groups/",
        {"group": "g:nope", "action": "accept"},
        format="json",
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "group"


def test_groups_page_decides_a_group(
    client, admin_user, factor, api, django_capture_on_commit_callbacks
):
    rows = [
        [
            "the furnishing service 12",
            "150.00",
            "GBP",
            "2017-01-03",
            "Equip Operational",
        ],
        [
            "the furnishing service 40",
            "90.00",
            "GBP",
            "2017-01-09",
            "Equip Operational",
        ],
    ]
    _upload(admin_user, rows, django_capture_on_commit_callbacks, "page.csv")
    client.force_login(admin_user)
    page = client.get("/matching/review/groups/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "the furnishing service" in html and "Map a whole account" in html
    group = api.get("/api/v1/activities/review-groups/").json()["results"][0]
    response = client.post(
        "/matching/review/groups/",
        {"group": f"{group['key']}|override", f"factor-{group['key']}": str(factor.pk)},
    )
    assert response.status_code == 302
    assert set(
        Activity.objects.filter(pk__in=group["activity_ids"]).values_list(
            "match__factor_id", flat=True
        )
    ) == {factor.pk}


def _all_at_once(calls):
    """Each call in its own thread and database connection, released together."""
    barrier = threading.Barrier(len(calls))
    results = [None] * len(calls)

    def run(index):
        try:
            barrier.wait(10)
            results[index] = calls[index]()
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


@pytest.fixture
def contested_group(api, admin_user, factors, django_capture_on_commit_callbacks):
    _upload(admin_user, FURNISHING, django_capture_on_commit_callbacks, "race.csv")
    return api.get(GROUPS_URL).json()["results"][0]


@pytest.fixture
def five_factors(factor):
    return list(
        EmissionFactor.objects.current()
        .filter(source=factor.source, dimension=factor.dimension)
        .order_by("external_id")[:5]
    )


def _group_factors(group) -> set:
    return set(
        Activity.objects.filter(pk__in=group["activity_ids"]).values_list(
            "match__factor_id", flat=True
        )
    )


@pytest.mark.django_db(transaction=True)
def test_concurrent_group_decisions_let_exactly_one_win(
    api_client_for, admin_user, contested_group, five_factors
):
    key = contested_group["key"]
    calls = [
        partial(
            api_client_for(admin_user).post,
            GROUPS_URL,
            {"group": key, "action": "override", "factor_id": str(factor.pk)},
            format="json",
        )
        for factor in five_factors
    ]
    results = _all_at_once(calls)
    statuses = [response.status_code for response in results]
    assert sorted(statuses) == [200, 409, 409, 409, 409], [r.content for r in results]
    for response in results:
        if response.status_code == 409:
            assert_problem(response, 409, "review_group_changed")
    winner = five_factors[statuses.index(200)]
    assert _group_factors(contested_group) == {winner.pk}
    remembered = MatchCacheEntry.objects.get(key=key)
    assert remembered.factor_id == winner.pk


@pytest.mark.django_db(transaction=True)
def test_concurrent_group_decisions_on_the_page_let_exactly_one_win(
    admin_user, contested_group, five_factors
):
    key = contested_group["key"]
    clients = [Client() for _ in five_factors]
    for client in clients:
        client.force_login(admin_user)
    calls = [
        partial(
            client.post,
            "/matching/review/groups/",
            {"group": f"{key}|override", f"factor-{key}": str(factor.pk)},
        )
        for client, factor in zip(clients, five_factors, strict=True)
    ]
    results = _all_at_once(calls)
    levels = [
        [message.level_tag for message in get_messages(response.wsgi_request)]
        for response in results
    ]
    assert sorted(levels) == [["error"]] * 4 + [["success"]], levels
    winner = five_factors[levels.index(["success"])]
    assert _group_factors(contested_group) == {winner.pk}


def test_deciding_a_decided_group_again_is_a_conflict(api, contested_group, factor):
    body = {
        "group": contested_group["key"],
        "action": "override",
        "factor_id": str(factor.pk),
    }
    assert api.post(GROUPS_URL, body, format="json").status_code == 200
    assert_problem(
        api.post(GROUPS_URL, body, format="json"), 409, "review_group_changed"
    )
