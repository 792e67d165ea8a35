"""Choosing any factor of the library in review (issue #22, item 2): line by line,
in bulk, for a group and for a whole account; a factor of another unit family is
refused with a reason naming both units, through the API and the pages."""

import re
import uuid

import pytest
from django.contrib.messages import get_messages

from accounts.models import Role
from ingestion.models import Activity, Upload
from ingestion.services.uploads import upload_create
from matching.factors.models import EmissionFactor
from tests.conftest import assert_problem
from tests.ingestion.factories import UploadFactory
from tests.ingestion.helpers import csv_bytes, upload_file
from tests.matching.ai_factories import ActivityFactory, EmissionFactorFactory

pytestmark = pytest.mark.django_db

REVIEW = "/matching/review/"
GROUPS = "/matching/review/groups/"
HTMX = {"HTTP_HX_REQUEST": "true"}
KWH_REASON = "A kWh line cannot take a factor per kg: kWh is energy, kg is mass."
GBP_REASON = "A GBP line cannot take a factor per kg: GBP is money, kg is mass."
PHARMA = "Pharmaceutical Preparation Manufacturing"
HEADER = ["description", "amount", "currency", "date", "category"]
SPEND = [
    ["the furnishing service 12", "150.00", "GBP", "2017-01-03", "Equip Operational"],
    ["the furnishing service 40", "90.00", "GBP", "2017-01-09", "Equip Operational"],
]
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


@pytest.fixture
def queue(organization, factors):
    upload = UploadFactory(organization=organization)
    factor = EmissionFactorFactory(name="Wire manufacturing")
    return ActivityFactory.create_batch(
        3, upload=upload, factor=factor, description="Electricity supplier"
    )


@pytest.fixture
def per_kg():
    return EmissionFactorFactory(
        name="Some material", unit="kilogram", unit_label="kg", dimension="[mass]"
    )


@pytest.fixture
def analyst(client, member):
    client.force_login(member(Role.ANALYST))
    return client


def _match(activity_id) -> tuple:
    activity = Activity.objects.select_related("match").get(pk=activity_id)
    return activity.factor_id, activity.match_status


def _picked(client, *, field: str, unit: str, words: str) -> list[str]:
    html = client.get(
        "/factors/pick/", {"field": field, "compatible_with": unit, "search": words}
    ).content.decode()
    return re.findall(rf'type="radio" name="{re.escape(field)}" value="({UUID})"', html)


def _suggested(html: str, field: str) -> set[str]:
    return set(re.findall(rf'name="{re.escape(field)}" value="({UUID})"', html))


def test_review_line_takes_a_factor_found_by_words(analyst, queue):
    line = queue[0]
    field = f"factor-{line.pk}"
    page = analyst.get(REVIEW).content.decode()
    assert 'class="factor-picker-q"' in page
    assert f"field={field}&amp;compatible_with=kWh" in page
    found = _picked(analyst, field=field, unit="kWh", words="natural gas")
    assert found
    assert found[0] not in _suggested(page, field)

    response = analyst.post(REVIEW, {"row": f"{line.pk}:override", field: found[0]})

    assert response.status_code == 302
    assert _match(line.pk) == (uuid.UUID(found[0]), "overridden")


def test_bulk_sets_a_factor_not_on_the_page(analyst, queue):
    page = analyst.get(REVIEW).content.decode()
    found = _picked(analyst, field="bulk_factor", unit="kWh", words="natural gas")
    assert found[0] not in _suggested(page, "bulk_factor")
    ids = [str(a.pk) for a in queue[:2]]

    analyst.post(
        REVIEW, {"bulk": "override", "activity_ids": ids, "bulk_factor": found[0]}
    )

    assert {_match(pk) for pk in ids} == {(uuid.UUID(found[0]), "overridden")}


def test_review_page_refuses_another_unit_family_with_the_reason(
    analyst, queue, per_kg
):
    line = queue[0]
    response = analyst.post(
        REVIEW,
        {"row": f"{line.pk}:override", f"factor-{line.pk}": str(per_kg.pk)},
        **HTMX,
    )

    assert response.status_code == 200
    assert KWH_REASON in response.content.decode()
    assert _match(line.pk)[1] == "needs_review"


def test_override_api_refuses_another_unit_family_with_the_reason(api, queue, per_kg):
    response = api.post(
        f"/api/v1/activities/{queue[0].pk}/match/", {"factor_id": str(per_kg.pk)}
    )

    body = assert_problem(response, 400, "validation_error")
    assert body["detail"] == KWH_REASON
    assert body["errors"] == [
        {"field": "factor_id", "code": "unit_mismatch", "message": KWH_REASON}
    ]


def test_review_api_refuses_another_unit_family_with_the_reason(api, queue, per_kg):
    response = api.post(
        "/api/v1/activities/review/",
        {
            "activity_ids": [str(queue[0].pk)],
            "action": "override",
            "factor_id": str(per_kg.pk),
        },
    )

    body = assert_problem(response, 400, "validation_error")
    assert KWH_REASON in body["detail"]
    assert body["errors"] == [
        {"field": "activity_ids[0]", "code": "unit_mismatch", "message": KWH_REASON}
    ]


def test_a_spend_line_may_take_an_energy_factor_in_review(api, organization, factors):
    spend = ActivityFactory(
        upload=UploadFactory(organization=organization),
        description="Electricity supplier",
        unit="GBP",
        unit_normalized="GBP",
        factor=EmissionFactor.objects.current().filter(dimension="currency").first(),
    )
    grid = EmissionFactor.objects.current().filter(energy_kind="electricity").first()

    response = api.post(
        "/api/v1/activities/review/",
        {
            "activity_ids": [str(spend.pk)],
            "action": "override",
            "factor_id": str(grid.pk),
        },
    )

    assert response.status_code == 200, response.content
    assert _match(spend.pk) == (grid.pk, "overridden")


def _upload(user, captured, rows=SPEND):
    with captured(execute=True):
        result = upload_create(
            organization=user.organization,
            file=upload_file(csv_bytes([HEADER, *rows]), "spend.csv"),
            user=user,
        )
    upload = Upload.objects.get(pk=result.upload.pk)
    assert upload.status == Upload.Status.DONE, upload.failure
    return upload


@pytest.fixture
def spend_group(api, admin_user, factors, django_capture_on_commit_callbacks):
    _upload(admin_user, django_capture_on_commit_callbacks)
    return api.get("/api/v1/activities/review-groups/").json()["results"][0]


@pytest.fixture
def pharma(factors):
    return EmissionFactor.objects.current().get(name=PHARMA)


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def _rows(group) -> set:
    return set(
        Activity.objects.filter(pk__in=group["activity_ids"]).values_list(
            "match__factor_id", flat=True
        )
    )


def test_group_takes_a_factor_found_by_words(admin_client, spend_group, pharma):
    field = f"factor-{spend_group['key']}"
    page = admin_client.get(GROUPS).content.decode()
    assert str(pharma.pk) not in _suggested(page, field)
    assert str(pharma.pk) in _picked(
        admin_client, field=field, unit="GBP", words="pharmaceutical preparation"
    )

    response = admin_client.post(
        GROUPS, {"group": f"{spend_group['key']}|override", field: str(pharma.pk)}
    )

    assert response.status_code == 302
    assert _rows(spend_group) == {pharma.pk}


def test_account_takes_a_factor_found_by_words(admin_client, spend_group, pharma):
    page = admin_client.get(GROUPS).content.decode()
    assert str(pharma.pk) not in _suggested(page, "account_factor")
    assert 'name="search"' in page.split('id="map-account"')[1]

    admin_client.post(
        GROUPS, {"account": "Equip Operational", "account_factor": str(pharma.pk)}
    )

    assert _rows(spend_group) == {pharma.pk}


@pytest.mark.parametrize(
    "data",
    [
        lambda g, f: {"group": f"{g['key']}|override", f"factor-{g['key']}": f},
        lambda g, f: {"account": "Equip Operational", "account_factor": f},
    ],
    ids=["group", "account"],
)
def test_groups_page_refuses_another_unit_family_with_the_reason(
    admin_client, spend_group, per_kg, data
):
    response = admin_client.post(GROUPS, data(spend_group, str(per_kg.pk)))

    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert len(messages) == 1
    assert GBP_REASON in messages[0]
    assert per_kg.pk not in _rows(spend_group)


@pytest.mark.parametrize(
    ("url", "body"),
    [
        (
            "/api/v1/activities/review-groups/",
            lambda g, f: {"group": g["key"], "action": "override", "factor_id": f},
        ),
        (
            "/api/v1/activities/review-accounts/",
            lambda g, f: {"category": "Equip Operational", "factor_id": f},
        ),
    ],
    ids=["group", "account"],
)
def test_group_and_account_api_refuse_another_unit_family_with_the_reason(
    api, spend_group, per_kg, url, body
):
    response = api.post(url, body(spend_group, str(per_kg.pk)), format="json")

    problem = assert_problem(response, 400, "validation_error")
    assert GBP_REASON in problem["detail"]
    assert {e["message"] for e in problem["errors"]} == {GBP_REASON}
    assert per_kg.pk not in _rows(spend_group)
