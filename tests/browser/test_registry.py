import re

import pytest
from playwright.sync_api import expect

from accounts.models import Role
from reporting.registry.checklists import checklist_for
from reporting.registry.models import Holding, Project, Retirement
from tests.accounts.factories import PASSWORD, MembershipFactory, OrganizationFactory
from tests.reporting.registry.conftest import PDF
from tests.reporting.registry.helpers import BASE, ok, published_project

# The pages print serial ranges with an en dash.
DASH = "\u2013"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def cast(transactional_db, settings):
    settings.REGISTRY_OPERATOR_ORGANIZATION = "CCX Browser Operator"
    operator = OrganizationFactory(name="CCX Browser Operator")
    supplier_org = OrganizationFactory(name="Basalt Browser Ltd")
    verifier_org = OrganizationFactory(name="Browser Verifiers")
    buyer_org = OrganizationFactory(name="Browser Buyer")

    def user(org, role):
        return MembershipFactory(organization=org, role=role).user

    return {
        "supplier": user(supplier_org, Role.SUPPLIER),
        "staff": user(operator, Role.ADMIN),
        "staff2": user(operator, Role.ADMIN),
        "verifier": user(verifier_org, Role.VERIFIER),
        "buyer": user(buyer_org, Role.BUYER),
    }


def as_user(page, login, user):
    page.context.clear_cookies()
    login(user)
    page.goto("/registry/work/")


def act(page, button: str, message: str):
    page.get_by_role("button", name=button).click()
    expect(page.get_by_role("status")).to_contain_text(message)


def supplier_creates_and_submits(page, login, cast) -> str:
    as_user(page, login, cast["supplier"])
    page.get_by_label("Name").fill("Browser Basalt")
    page.get_by_label("Methodology").select_option("enhanced_weathering")
    page.get_by_label("Country (ISO code)").fill("GB")
    page.get_by_label("Vintage").fill("2025")
    page.get_by_label("Public summary").fill("Rock dust on farms.")
    page.get_by_label("Monitoring plan (internal)").fill("Secret monitoring plan")
    page.snap("new-project")
    page.get_by_role("button", name="Create project").click()
    page.wait_for_url(re.compile(r"/registry/work/[0-9a-f-]{36}/$"))
    project_url = page.url
    page.get_by_label("Document").set_input_files(
        {"name": "lab.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    page.get_by_label("Title").fill("Lab report")
    page.get_by_label("Confidentiality").select_option("public")
    act(page, "Upload document", "Document stored")
    act(page, "Submit for verification", "Submitted")
    page.snap("submitted")
    return project_url


def verifier_assesses(page, login, cast) -> None:
    as_user(page, login, cast["verifier"])
    page.get_by_role("link", name="Browser Basalt").click()
    for criterion in checklist_for("enhanced_weathering"):
        page.locator(f"#{criterion}-finding").fill(f"Checked {criterion}")
        page.locator(f"#{criterion}-severity").select_option("observation")
    page.get_by_label("Public statement").fill("Removal claim verified.")
    page.get_by_label("Conclusion (buyers)").fill("Buyer conclusion.")
    page.get_by_label("Verified quantity (t CO2e)").fill("42.5")
    page.snap("assessment-form")
    act(page, "File assessment", "Assessment filed")


def transfer_on_holdings_page(page, *, quantity: int, to) -> None:
    page.get_by_role("link", name="Holdings", exact=True).click()
    page.get_by_label("Credits to transfer").fill(str(quantity))
    page.get_by_label("Receiving account id").fill(str(to.pk))
    page.snap("transfer-form")
    act(page, "Transfer credits", f"Transferred {quantity} credit(s)")


def test_project_from_submission_to_public_registry_and_retirement(page, login, cast):
    project_url = supplier_creates_and_submits(page, login, cast)
    as_user(page, login, cast["staff"])
    page.goto(project_url)
    page.get_by_label("Verifier email").fill(cast["verifier"].email)
    act(page, "Assign verifier", "may now verify")
    expect(page.get_by_test_id("state")).to_have_text("In verification")

    verifier_assesses(page, login, cast)

    as_user(page, login, cast["staff2"])
    page.goto(project_url)
    act(page, "Approve (second person)", "Approved")
    act(page, "Publish", "Published")
    act(page, "Issue credits", "Issued serials")
    page.snap("issued")

    # The buyer retires only what it holds: the supplier transfers first.
    as_user(page, login, cast["supplier"])
    transfer_on_holdings_page(page, quantity=1, to=cast["buyer"].organization)

    as_user(page, login, cast["buyer"])
    page.goto(project_url)
    page.get_by_label("Beneficiary").fill("Browser Buyer plc")
    page.get_by_label("Reason").fill("FY2025 claim")
    act(page, "Retire credits", "Retired 1 credit")
    assert Retirement.objects.count() == 1

    page.context.clear_cookies()
    page.goto("/registry/")
    page.snap("public-list")
    row = page.get_by_role("row", name=re.compile("Browser Basalt"))
    expect(row).to_contain_text("Active")
    page.get_by_role("searchbox", name="Search").fill("Basalt")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("link", name="Browser Basalt").click()
    project = Project.objects.get(name="Browser Basalt")
    page.wait_for_url(f"**/registry/projects/{project.registry_id}/")
    main = page.locator("main")
    expect(main).to_contain_text("Removal claim verified.")
    expect(main).to_contain_text("Browser Verifiers")
    expect(main).to_contain_text("42.5 t CO2e")
    expect(main).to_contain_text("Browser Buyer plc")
    expect(main).to_contain_text("Lab report")
    expect(main).not_to_contain_text("Secret monitoring plan")
    expect(main).not_to_contain_text("Buyer conclusion.")
    page.snap("public-project")


def test_buyer_receives_holds_and_retires_credits(page, login, cast, api_client_for):
    pid = published_project(cast, api_client_for, name="Browser Basalt")["id"]
    ok(api_client_for(cast["staff"]).post(f"{BASE}/projects/{pid}/issue/"), 201)
    project = Project.objects.get(pk=pid)
    buyer = cast["buyer"]

    # The supplier's account got the issued credits; it sells 25 to the buyer.
    as_user(page, login, cast["supplier"])
    transfer_on_holdings_page(page, quantity=25, to=buyer.organization)
    expect(page.locator("main")).to_contain_text("Browser Buyer")

    # The buyer finds the login link on the public registry.
    page.context.clear_cookies()
    page.goto("/registry/")
    page.get_by_role("link", name="Log in").click()
    page.get_by_label("Email").fill(buyer.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name=re.compile("sign in", re.I)).click()
    page.wait_for_url("**/registry/")
    expect(page.get_by_role("link", name="Log in")).to_have_count(0)

    # It holds the 25 lowest serials of the batch.
    page.get_by_role("link", name="Holdings", exact=True).click()
    batch = project.batches.get()
    first, last = batch.serial_start, batch.serial_start + 24
    holdings = page.get_by_role("table").first
    expect(holdings).to_contain_text(f"{first}{DASH}{last}")
    expect(holdings).to_contain_text("25")
    page.snap("buyer-holdings")

    # It retires 5 from the project page and gets the certificate.
    page.get_by_role("link", name=re.compile("Browser Basalt")).click()
    page.wait_for_url(f"**/registry/projects/{project.registry_id}/")
    retire = page.get_by_role("region", name="Retire your credits")
    retire.get_by_label("Credits to retire").fill("5")
    retire.get_by_label("Beneficiary").fill("Browser Buyer plc")
    retire.get_by_label("Reason").fill("FY2025 net-zero claim")
    page.snap("retire-form")
    retire.get_by_role("button", name="Retire credits").click()
    expect(page.get_by_role("status")).to_contain_text("Retired 5 credit(s)")
    retirement = Retirement.objects.get()
    page.wait_for_url(f"**/registry/retirements/{retirement.pk}/")
    expect(page.get_by_test_id("serials")).to_have_text(f"{first}{DASH}{first + 4}")
    page.snap("certificate")
    assert Holding.objects.get(organization=buyer.organization).quantity == 20

    # Anyone can open the certificate; it names no account or person.
    page.context.clear_cookies()
    page.goto(f"/registry/retirements/{retirement.pk}/")
    main = page.locator("main")
    expect(page.get_by_test_id("beneficiary")).to_have_text("Browser Buyer plc")
    expect(main).to_contain_text("FY2025 net-zero claim")
    expect(main).to_contain_text("Browser Basalt")
    expect(main).to_contain_text("Vintage")
    expect(main).not_to_contain_text(buyer.email)
    page.get_by_role("link", name="Browser Basalt").click()
    expect(page.get_by_role("link", name="Certificate")).to_have_attribute(
        "href", f"/registry/retirements/{retirement.pk}/"
    )
    page.snap("public-project-with-certificate")
