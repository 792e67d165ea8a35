import importlib

import pytest
from django.apps import apps
from django.db.backends.postgresql.psycopg_any import NumericRange
from django.test import Client
from django.urls import reverse

from accounts.models import Role
from reporting.registry.models import CreditBatch, Holding, Retirement, Transfer
from tests.accounts.factories import MembershipFactory
from tests.conftest import assert_problem
from tests.reporting.registry.helpers import (
    BASE,
    issued_and_sold,
    ok,
    published_project,
)

# The pages print serial ranges with an en dash.
DASH = "\u2013"

pytestmark = pytest.mark.django_db

HOLDING_FIELDS = {
    "id",
    "project",
    "registry_id",
    "project_name",
    "batch",
    "vintage",
    "serial_start",
    "serial_end",
    "quantity",
}
CERTIFICATE_FIELDS = {
    "id",
    "project",
    "registry_id",
    "name",
    "methodology",
    "methodology_label",
    "country",
    "vintage",
    "serial_start",
    "serial_end",
    "quantity",
    "beneficiary",
    "reason",
    "retired_at",
    "url",
}


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def issued(people, client_for) -> tuple[str, dict]:
    pid = published_project(people, client_for)["id"]
    return pid, ok(
        client_for(people["staff"]).post(f"{BASE}/projects/{pid}/issue/"), 201
    )


def transfer_body(holding, quantity, to):
    return {"holding": holding, "quantity": quantity, "to_organization": str(to.pk)}


def retire_body(holding, quantity=1, beneficiary="Buyer Corp plc"):
    return {
        "holding": holding,
        "quantity": quantity,
        "beneficiary": beneficiary,
        "reason": "FY2025 net-zero claim",
    }


def test_issued_credits_are_held_in_the_project_owners_account(people, api_client_for):
    _, batch = issued(people, api_client_for)
    (held,) = ok(api_client_for(people["supplier_admin"]).get(f"{BASE}/holdings/"))[
        "results"
    ]
    assert set(held) == HOLDING_FIELDS
    assert held["batch"] == batch["id"]
    assert (held["serial_start"], held["serial_end"], held["quantity"]) == (
        batch["serial_start"],
        batch["serial_end"],
        120,
    )
    assert ok(api_client_for(people["buyer"]).get(f"{BASE}/holdings/"))["count"] == 0


def test_a_buyer_cannot_retire_serials_it_does_not_hold(people, api_client_for):
    _, batch = issued(people, api_client_for)
    body = {
        "batch": batch["id"],
        "serial_start": batch["serial_start"],
        "serial_end": batch["serial_start"] + 4,
        "beneficiary": "Anyone",
        "reason": "Not mine",
    }
    assert_problem(
        api_client_for(people["buyer"]).post(f"{BASE}/retirements/", body),
        409,
        "serials_not_held",
    )
    assert not Retirement.objects.exists()
    assert Holding.objects.get().quantity == 120


def test_a_buyer_cannot_retire_serials_another_buyer_holds(people, api_client_for):
    sold = issued_and_sold(people, api_client_for, quantity=10)
    other = MembershipFactory(role=Role.BUYER).user
    batch = sold["batch"]
    body = {
        "batch": batch["id"],
        "serial_start": batch["serial_start"],
        "serial_end": batch["serial_start"],
        "beneficiary": "Other",
        "reason": "Not theirs",
    }
    assert_problem(
        api_client_for(other).post(f"{BASE}/retirements/", body),
        409,
        "serials_not_held",
    )
    assert_problem(
        api_client_for(other).post(
            f"{BASE}/retirements/", retire_body(sold["holding"]["id"])
        ),
        404,
        "not_found",
    )
    assert not Retirement.objects.exists()


def test_transfer_moves_the_lowest_serials_to_the_receiving_account(
    people, api_client_for
):
    sold = issued_and_sold(people, api_client_for, quantity=30)
    batch, transfer = sold["batch"], sold["transfer"]
    start = batch["serial_start"]
    assert set(transfer) == {
        "id",
        "project",
        "registry_id",
        "batch",
        "vintage",
        "serial_start",
        "serial_end",
        "quantity",
        "from_organization",
        "to_organization",
        "created_at",
    }
    assert (transfer["serial_start"], transfer["serial_end"]) == (start, start + 29)
    assert transfer["from_organization"] == str(people["supplier_org"].pk)
    assert transfer["to_organization"] == str(people["buyer"].organization.pk)
    assert (sold["holding"]["serial_start"], sold["holding"]["quantity"]) == (start, 30)
    (left,) = ok(api_client_for(people["supplier"]).get(f"{BASE}/holdings/"))["results"]
    assert (left["serial_start"], left["serial_end"]) == (start + 30, start + 119)
    for user in (people["supplier"], people["buyer"]):
        listed = ok(api_client_for(user).get(f"{BASE}/transfers/"))
        assert [t["id"] for t in listed["results"]] == [transfer["id"]]
    assert (
        ok(api_client_for(people["outsider"]).get(f"{BASE}/transfers/"))["count"] == 0
    )


def test_transfers_to_one_account_join_adjacent_serials(people, api_client_for):
    sold = issued_and_sold(people, api_client_for, quantity=5)
    supplier = api_client_for(people["supplier"])
    (left,) = ok(supplier.get(f"{BASE}/holdings/"))["results"]
    ok(
        supplier.post(
            f"{BASE}/transfers/",
            transfer_body(left["id"], 5, people["buyer"].organization),
        ),
        201,
    )
    (held,) = ok(api_client_for(people["buyer"]).get(f"{BASE}/holdings/"))["results"]
    assert held["id"] == sold["holding"]["id"]
    assert (held["serial_start"], held["quantity"]) == (
        sold["batch"]["serial_start"],
        10,
    )


@pytest.mark.parametrize(
    ("role", "status", "code"),
    [
        (Role.VIEWER, 403, "permission_denied"),
        (Role.ANALYST, 403, "permission_denied"),
    ],
)
def test_only_an_accounts_traders_transfer(people, api_client_for, role, status, code):
    issued(people, api_client_for)
    member = MembershipFactory(organization=people["supplier_org"], role=role).user
    (held,) = ok(api_client_for(member).get(f"{BASE}/holdings/"))["results"]
    body = transfer_body(held["id"], 1, people["buyer"].organization)
    assert_problem(
        api_client_for(member).post(f"{BASE}/transfers/", body), status, code
    )
    assert not Transfer.objects.exists()


def test_another_organizations_holding_is_404(people, api_client_for):
    issued(people, api_client_for)
    held = Holding.objects.get()
    body = transfer_body(str(held.pk), 1, people["buyer"].organization)
    assert_problem(
        api_client_for(people["buyer"]).post(f"{BASE}/transfers/", body),
        404,
        "not_found",
    )


def test_transfer_of_more_than_held_is_409(people, api_client_for):
    issued(people, api_client_for)
    held = Holding.objects.get()
    body = transfer_body(str(held.pk), 121, people["buyer"].organization)
    assert_problem(
        api_client_for(people["supplier"]).post(f"{BASE}/transfers/", body),
        409,
        "insufficient_credits",
    )


def test_transfer_needs_another_existing_account(people, api_client_for):
    issued(people, api_client_for)
    held = Holding.objects.get()
    supplier = api_client_for(people["supplier"])
    body = assert_problem(
        supplier.post(
            f"{BASE}/transfers/", transfer_body(str(held.pk), 1, people["supplier_org"])
        ),
        400,
        "validation_error",
    )
    assert [e["field"] for e in body["errors"]] == ["to_organization"]
    unknown = {**transfer_body(str(held.pk), 1, people["supplier_org"])}
    unknown["to_organization"] = "00000000-0000-4000-8000-000000000000"
    body = assert_problem(
        supplier.post(f"{BASE}/transfers/", unknown), 400, "validation_error"
    )
    assert [e["field"] for e in body["errors"]] == ["to_organization"]


def test_an_emptied_holding_answers_409(people, api_client_for):
    sold = issued_and_sold(people, api_client_for, quantity=3)
    buyer = api_client_for(people["buyer"])
    body = retire_body(sold["holding"]["id"], quantity=3)
    ok(buyer.post(f"{BASE}/retirements/", body), 201)
    assert_problem(buyer.post(f"{BASE}/retirements/", body), 409, "serials_not_held")
    assert ok(buyer.get(f"{BASE}/holdings/"))["count"] == 0


def test_retiring_from_the_middle_splits_the_holding(people, api_client_for):
    sold = issued_and_sold(people, api_client_for, quantity=10)
    start = sold["batch"]["serial_start"]
    buyer = api_client_for(people["buyer"])
    ok(
        buyer.post(
            f"{BASE}/retirements/",
            {
                "batch": sold["batch"]["id"],
                "serial_start": start + 3,
                "serial_end": start + 4,
                "beneficiary": "B",
                "reason": "R",
            },
        ),
        201,
    )
    held = ok(buyer.get(f"{BASE}/holdings/"))["results"]
    assert [(h["serial_start"], h["serial_end"]) for h in held] == [
        (start, start + 2),
        (start + 5, start + 9),
    ]


def test_retire_input_is_one_of_two_forms(people, api_client_for):
    sold = issued_and_sold(people, api_client_for, quantity=3)
    both = {**retire_body(sold["holding"]["id"]), "batch": sold["batch"]["id"]}
    buyer = api_client_for(people["buyer"])
    assert_problem(buyer.post(f"{BASE}/retirements/", both), 400, "validation_error")
    half = {"holding": sold["holding"]["id"], "beneficiary": "B", "reason": "R"}
    body = assert_problem(
        buyer.post(f"{BASE}/retirements/", half), 400, "validation_error"
    )
    assert [e["field"] for e in body["errors"]] == ["quantity"]


def test_retirement_issues_a_public_certificate(people, api_client_for, anonymous_api):
    sold = issued_and_sold(people, api_client_for, quantity=10)
    buyer = api_client_for(people["buyer"])
    retired = ok(
        buyer.post(f"{BASE}/retirements/", retire_body(sold["holding"]["id"], 4)), 201
    )
    assert retired["quantity"] == 4
    assert retired["serial_start"] == sold["batch"]["serial_start"]
    url = f"/registry/retirements/{retired['id']}/"
    assert retired["certificate_url"] == url
    listed = ok(buyer.get(f"{BASE}/retirements/"))
    assert [r["id"] for r in listed["results"]] == [retired["id"]]
    assert (
        ok(api_client_for(people["outsider"]).get(f"{BASE}/retirements/"))["count"] == 0
    )
    certificate = ok(anonymous_api.get(f"/api/public/v1/retirements/{retired['id']}/"))
    assert set(certificate) == CERTIFICATE_FIELDS
    assert certificate["beneficiary"] == "Buyer Corp plc"
    assert certificate["reason"] == "FY2025 net-zero claim"
    assert certificate["quantity"] == 4
    assert certificate["vintage"] == 2025
    assert certificate["url"] == url
    credits = ok(
        anonymous_api.get(f"/api/public/v1/projects/{sold['project']}/credits/")
    )
    assert credits["results"][0]["retirements"][0]["certificate_url"] == url
    (left,) = ok(buyer.get(f"{BASE}/holdings/"))["results"]
    assert left["quantity"] == 6


def test_certificate_page_shows_the_claim_and_nobody_who_retired(
    people, api_client_for
):
    sold = issued_and_sold(people, api_client_for, quantity=10)
    retired = ok(
        api_client_for(people["buyer"]).post(
            f"{BASE}/retirements/", retire_body(sold["holding"]["id"], 2)
        ),
        201,
    )
    response = Client().get(retired["certificate_url"])
    assert response.status_code == 200
    page = response.content.decode()
    start = sold["batch"]["serial_start"]
    for text in (
        "Retirement certificate",
        "Buyer Corp plc",
        "FY2025 net-zero claim",
        f"{start}{DASH}{start + 1}",
        "Highland Basalt Spreading",
        "Log in",
    ):
        assert text in page
    for hidden in (people["buyer"].email, "Buyer Corp<", "Ops@rock.test".lower()):
        assert hidden not in page


def test_unknown_certificate_is_404(anonymous_api):
    missing = "00000000-0000-4000-8000-000000000000"
    assert Client().get(f"/registry/retirements/{missing}/").status_code == 404
    assert_problem(
        anonymous_api.get(f"/api/public/v1/retirements/{missing}/"), 404, "not_found"
    )


def test_holdings_pages_transfer_and_retire(people, api_client_for):
    _, batch = issued(people, api_client_for)
    supplier = logged_in(people["supplier_admin"])
    page = supplier.get(reverse("registry:holdings")).content.decode()
    assert "Transfer credits" in page
    assert "Retire credits" not in page
    held = Holding.objects.get()
    response = supplier.post(
        reverse("registry:transfer"),
        transfer_body(str(held.pk), 7, people["buyer"].organization),
        follow=True,
    )
    assert "Transferred 7 credit(s)" in response.content.decode()
    buyer = logged_in(people["buyer"])
    page = buyer.get(reverse("registry:holdings")).content.decode()
    assert str(people["buyer"].organization.pk) in page
    assert f"{batch['serial_start']}{DASH}{batch['serial_start'] + 6}" in page
    bought = Holding.objects.get(organization=people["buyer"].organization)
    response = buyer.post(reverse("registry:retire"), retire_body(str(bought.pk), 2))
    retirement = Retirement.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/registry/retirements/{retirement.pk}/"
    assert retirement.quantity == 2
    assert retirement.buyer_organization == people["buyer"].organization


def test_holdings_page_errors_become_messages(people, api_client_for):
    issued(people, api_client_for)
    held = Holding.objects.get()
    response = logged_in(people["supplier"]).post(
        reverse("registry:transfer"),
        transfer_body(str(held.pk), 500, people["buyer"].organization),
        follow=True,
    )
    assert "The holding has 120 credits; 500 were asked for." in (
        response.content.decode()
    )
    response = logged_in(people["buyer"]).post(
        reverse("registry:retire"), retire_body(str(held.pk))
    )
    assert response.status_code == 404
    assert not Transfer.objects.exists()
    assert not Retirement.objects.exists()


def test_project_page_offers_retire_only_to_a_buyer_holding_its_credits(
    people, api_client_for
):
    sold = issued_and_sold(people, api_client_for, quantity=10)
    project = reverse("registry:project", kwargs={"project_id": sold["project"]})
    page = logged_in(people["buyer"]).get(project).content.decode()
    assert "Retire your credits" in page
    assert reverse("registry:retire") in page
    assert sold["holding"]["id"] in page
    other_buyer = MembershipFactory(role=Role.BUYER).user
    for client in (logged_in(other_buyer), logged_in(people["supplier"]), Client()):
        assert "Retire your credits" not in client.get(project).content.decode()


@pytest.mark.parametrize("name", ["registry:list", "registry:project"])
def test_public_registry_pages_offer_a_login_link_to_anonymous_visitors(
    people, api_client_for, name
):
    pid = published_project(people, api_client_for)["id"]
    kwargs = {"project_id": pid} if name == "registry:project" else {}
    url = reverse(name, kwargs=kwargs)
    anonymous = Client().get(url).content.decode()
    assert f'href="/accounts/login/?next={url}">Log in</a>' in anonymous
    assert "Log in" not in logged_in(people["buyer"]).get(url).content.decode()


def test_migration_puts_unretired_issued_credits_in_the_owners_account(
    people, api_client_for
):
    _, batch_json = issued(people, api_client_for)
    batch = CreditBatch.objects.get(pk=batch_json["id"])
    start = batch.serial_start
    # Before holdings: retired serials straight from the batch, nothing held.
    Holding.objects.all().delete()
    for lower, upper in ((start + 10, start + 20), (start, start + 3)):
        Retirement.objects.create(
            batch=batch,
            serials=NumericRange(lower, upper, "[)"),
            quantity=upper - lower,
            beneficiary="Before",
            reason="Before holdings",
            retired_by=people["buyer"],
            buyer_organization=people["buyer"].organization,
        )
    migration = importlib.import_module(
        "reporting.registry.migrations.0005_holdings_and_transfers"
    )
    migration.holdings_for_issued_credits(apps, None)
    held = Holding.objects.order_by("serials")
    assert [(h.serial_start, h.serial_end, h.quantity) for h in held] == [
        (start + 3, start + 9, 7),
        (start + 20, start + 119, 100),
    ]
    assert {h.organization_id for h in held} == {people["supplier_org"].pk}
