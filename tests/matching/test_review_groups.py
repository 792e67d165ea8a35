"""Review by group (issue: matching an analyst trusts): one decision per merchant and
category, or per ledger account, remembered for the next uploads."""

import pytest

from ingestion.models import Activity, Upload
from matching.factors.models import EmissionFactor
from tests.ingestion.helpers import csv_bytes, upload_file

pytestmark = pytest.mark.django_db
HEADER = ["description", "amount", "currency", "date", "category"]


def _upload(api, rows, captured, name):
    with captured(execute=True):
        response = api.post(
            "/api/v1/uploads/",
            {"file": upload_file(csv_bytes([HEADER, *rows]), name)},
            format="multipart",
        )
    upload = Upload.objects.get(pk=response.json()["id"])
    assert upload.status == Upload.Status.DONE, upload.failure
    return upload


@pytest.fixture
def factor(factors):
    return EmissionFactor.objects.current().get(
        source="epa_supply_chain", external_id="337214"
    )


def test_a_group_decision_covers_its_rows_and_the_next_store(
    api, factor, django_capture_on_commit_callbacks
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
    upload = _upload(api, rows, django_capture_on_commit_callbacks, "jan.csv")
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

    # Next month, another store of the same merchant needs no review.
    later = _upload(
        api,
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
    api, factor, django_capture_on_commit_callbacks
):
    rows = [
        ["quux traders", "20.00", "GBP", "2017-01-03", "Equip Operational"],
        ["blorp ltd", "30.00", "GBP", "2017-01-04", "Equip Operational"],
    ]
    upload = _upload(api, rows, django_capture_on_commit_callbacks, "acct.csv")
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
    later = _upload(
        api,
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
    _upload(api, rows, django_capture_on_commit_callbacks, "page.csv")
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
