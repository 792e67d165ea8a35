import datetime as dt
from decimal import Decimal as D

import pytest

from accounts.models import Role
from reporting.mrv.models import DailyRemoval, Statement
from reporting.mrv.services import removals_recalculate
from tests.accounts.factories import MembershipFactory
from tests.conftest import assert_problem

pytestmark = pytest.mark.django_db

URL = "/api/v1/mrv/periods/"
MAY = {"plant": "PLANT_A", "from": "2025-05-01", "to": "2025-05-31"}


@pytest.fixture
def verifier(api_client_for, member):
    user = member(Role.VERIFIER)
    return user, api_client_for(user)


@pytest.fixture
def statement(api, uploaded):
    response = api.post(URL, MAY, format="json")
    assert response.status_code == 201, response.content
    return response.json()


def test_a_period_is_computed_with_totals_of_valid_days(statement):
    assert statement["status"] == "computed"
    assert statement["version"] == 1
    assert (statement["from"], statement["to"]) == ("2025-05-01", "2025-05-31")
    assert statement["days_by_flag"]["INVALID"] == 3
    valid = DailyRemoval.objects.filter(
        plant__code="PLANT_A",
        date__month=5,
        is_current=True,
        quality_flag="VALID",
    )
    assert D(statement["total_co2_t"]) == sum(r.co2_t for r in valid)
    assert [e["action"] for e in statement["events"]] == ["created"]


def test_submit_then_a_verifier_approves_with_an_audit_trail(api, statement, verifier):
    user, client = verifier
    submitted = api.post(f"{URL}{statement['id']}/submit/").json()
    assert submitted["status"] == "submitted"
    response = client.post(
        f"{URL}{statement['id']}/approve/", {"note": "Checked"}, format="json"
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["status"] == "approved"
    assert body["approved_by"] == user.email
    assert [
        (e["action"], e["from_status"], e["to_status"]) for e in body["events"]
    ] == [
        ("created", "", "computed"),
        ("submit", "computed", "submitted"),
        ("approve", "submitted", "approved"),
    ]
    assert body["events"][2]["actor"] == user.email


def test_only_a_verifier_approves(api, api_client_for, member, statement):
    api.post(f"{URL}{statement['id']}/submit/")
    for role in (Role.ADMIN, Role.ANALYST, Role.VIEWER):
        client = api_client_for(member(role))
        assert_problem(
            client.post(f"{URL}{statement['id']}/approve/"), 403, "permission_denied"
        )


def test_the_submitter_never_approves(organization, statement):
    from reporting.mrv.exceptions import SelfApprovalForbidden
    from reporting.mrv.services import statement_approve, statement_submit

    submitter = MembershipFactory(organization=organization, role=Role.VERIFIER).user
    record = Statement.objects.get(pk=statement["id"])
    statement_submit(statement=record, user=submitter)
    with pytest.raises(SelfApprovalForbidden):
        statement_approve(statement=record, user=submitter)


def test_approving_an_unsubmitted_statement_is_409(statement, verifier):
    _, client = verifier
    assert_problem(
        client.post(f"{URL}{statement['id']}/approve/"), 409, "transition_not_allowed"
    )
    assert Statement.objects.get(pk=statement["id"]).status == "computed"


def test_request_changes_needs_a_note_and_returns_to_the_submitter(
    api, statement, verifier
):
    _, client = verifier
    api.post(f"{URL}{statement['id']}/submit/")
    path = f"{URL}{statement['id']}/request-changes/"
    assert_problem(client.post(path, {}, format="json"), 400, "validation_error")
    body = client.post(path, {"note": "Check 5/9 delta"}, format="json").json()
    assert body["status"] == "changes_requested"
    assert body["note"] == "Check 5/9 delta"
    again = api.post(f"{URL}{statement['id']}/submit/").json()
    assert again["status"] == "submitted"


def test_new_data_for_an_approved_period_adds_a_version_beside_it(
    api, statement, verifier
):
    _, client = verifier
    api.post(f"{URL}{statement['id']}/submit/")
    client.post(f"{URL}{statement['id']}/approve/")
    approved = Statement.objects.get(pk=statement["id"])
    approved_rows = set(approved.removals.values_list("pk", flat=True))
    approved_total = approved.total_co2_t
    # New data: a corrected effluent flow for 5/2 (a later record of the same plant).
    day = DailyRemoval.objects.get(
        plant__code="PLANT_A", date="2025-05-02", is_current=True
    )
    record = day.plant.operations_records.get(date="2025-05-02")
    record.effluent_flow_mgd = D("40")
    record.save(update_fields=["effluent_flow_mgd"])
    removals_recalculate(plant=day.plant, dates=[dt.date(2025, 5, 2)])

    approved.refresh_from_db()
    assert approved.status == "approved"
    assert approved.total_co2_t == approved_total
    assert set(approved.removals.values_list("pk", flat=True)) == approved_rows
    newer = Statement.objects.get(previous=approved)
    assert (newer.version, newer.status) == (2, "computed")
    assert newer.total_co2_t != approved_total
    assert DailyRemoval.objects.get(pk=day.pk).co2_t == day.co2_t  # never edited
    assert (
        DailyRemoval.objects.get(
            plant__code="PLANT_A", date="2025-05-02", is_current=True
        ).version
        == day.version + 1
    )
    listed = api.get(f"{URL}?plant=PLANT_A").json()["results"]
    assert [(s["version"], s["status"]) for s in listed] == [
        (2, "computed"),
        (1, "approved"),
    ]
    # The superseded version cannot move any more.
    assert_problem(
        api.post(f"{URL}{approved.pk}/submit/"), 409, "transition_not_allowed"
    )


def test_another_organizations_statement_is_404(
    api_client_for, other_organization, statement
):
    outsider = api_client_for(MembershipFactory(organization=other_organization).user)
    assert_problem(outsider.get(f"{URL}{statement['id']}/"), 404, "not_found")


def test_duplicate_period_and_unknown_plant_are_400(api, statement):
    assert_problem(api.post(URL, MAY, format="json"), 400, "validation_error")
    body = assert_problem(
        api.post(URL, {**MAY, "plant": "NOPE"}, format="json"), 400, "validation_error"
    )
    assert body["errors"][0]["field"] == "plant"


def test_level_5_expert_review_passes_once_approved(api, statement, verifier):
    _, client = verifier
    day = "/api/v1/mrv/removals/?plant=PLANT_A&from=2025-05-02&to=2025-05-02"
    assert api.get(day).json()["results"][0]["qa_levels"]["5"]["status"] == "pending"
    api.post(f"{URL}{statement['id']}/submit/")
    client.post(f"{URL}{statement['id']}/approve/")
    levels = api.get(day).json()["results"][0]["qa_levels"]
    assert levels["5"]["status"] == "pass"
    assert [levels[str(n)]["status"] for n in range(1, 5)] == ["pass"] * 4
