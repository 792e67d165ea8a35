import datetime as dt
import re
from urllib.parse import urlsplit

import pytest
from django.test import override_settings
from playwright.sync_api import expect

from accounts.models import Membership, MembershipStatus, Role
from reporting.mrv.models import Statement
from reporting.mrv.services import statement_create, statement_submit
from tests.browser.conftest import ARTIFACTS
from tests.reporting.mrv.factories import PlantFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "verifier-chooses-this-2026"
MRV_PAGE = "/mrv/?plant=PLANT_A&date_from=2025-05-01&date_to=2025-05-31"


def _submitted_statement(organization, admin) -> Statement:
    plant = PlantFactory(organization=organization, code="PLANT_A")
    statement = statement_create(
        organization=organization,
        plant=plant,
        start=dt.date(2025, 5, 1),
        end=dt.date(2025, 5, 31),
        user=admin,
    )
    return statement_submit(statement=statement, user=admin)


@override_settings(INVITATION_LINK_SHOWN=True)
def test_admin_invites_a_verifier_who_approves_an_mrv_statement(
    page, browser, login, browser_user, browser_org
):
    admin = browser_user(Role.ADMIN)
    statement = _submitted_statement(browser_org, admin)
    login(admin)
    page.get_by_role("navigation").get_by_role("link", name="Members").click()
    page.get_by_label("Email").fill("Verifier@MRV.test")
    page.get_by_label("Role:", exact=True).select_option("verifier")
    page.snap("invite-form")
    page.get_by_role("button", name="Invite", exact=True).click()
    link = page.get_by_label("Invitation link")
    expect(link).to_have_value(re.compile(r"/members/invitations/[\w-]+/$"))
    invite_url = link.input_value()
    row = page.locator('#members tr[data-member="verifier@mrv.test"]')
    expect(row).to_contain_text("Invited")
    page.snap("invited")

    # The verifier opens the link in a browser of their own.
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(invite_url))
    context = browser.new_context(
        base_url=origin, viewport={"width": 1280, "height": 900}
    )
    context.set_default_timeout(15_000)
    verifier = context.new_page()
    folder = ARTIFACTS / "test_admin_invites_a_verifier_who_approves_an_mrv_statement"
    verifier.goto(invite_url)
    expect(
        verifier.get_by_role("heading", name="Join Browser Test Energy")
    ).to_be_visible()
    verifier.get_by_label("Password:", exact=True).fill(PASSWORD)
    verifier.get_by_label("Password (again)").fill(PASSWORD)
    verifier.screenshot(path=str(folder / "90-verifier-accepts.png"), full_page=True)
    verifier.get_by_role("button", name="Accept invitation").click()
    expect(verifier.locator(".who")).to_contain_text("verifier@mrv.test")
    expect(verifier.locator(".who")).to_contain_text("verifier")

    verifier.goto(MRV_PAGE)
    statement_row = verifier.locator(f'#statements tr[data-statement="{statement.pk}"]')
    expect(statement_row).to_contain_text("Submitted")
    statement_row.get_by_role("button", name="Approve").click()
    expect(
        verifier.locator(f'#statements tr[data-statement="{statement.pk}"]')
    ).to_contain_text("Approved")
    verifier.screenshot(path=str(folder / "91-verifier-approved.png"), full_page=True)

    # The link was for one use only.
    assert verifier.goto(invite_url).status == 410
    context.close()

    statement.refresh_from_db()
    assert statement.status == Statement.Status.APPROVED
    assert statement.approved_by.email == "verifier@mrv.test"
    membership = Membership.objects.get(user__email="verifier@mrv.test")
    assert (membership.role, membership.status) == (
        Role.VERIFIER,
        MembershipStatus.ACTIVE,
    )
    page.reload()
    expect(row).to_contain_text("Active")
    page.snap("verifier-active")
