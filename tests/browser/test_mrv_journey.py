import re

import pytest
from playwright.sync_api import expect

from accounts.models import Role
from tests.reporting.mrv.conftest import CALCIUM, PLANT_B_FILES, require_samples

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DMR = {
    "Header rows": "7",
    "Date column": "DATE",
    "Effluent flow (MGD) column": "EFFLUENT DATA\nFIN\nEFF\nFLOW\nMGD",
    "Influent flow (MGD) column": "INFLUENT DATA\nRAW\nINF\nFLOW\nMGD",
    "Generated-at cell: row": "4",
    "Generated-at cell: column": "1",
}


def _go(page, link):
    page.get_by_role("navigation", name="CO2 removal").get_by_role(
        "link", name=link
    ).click()


def _files(page):
    _go(page, "Files")


def _show_plant_b(page):
    page.get_by_label("Plant", exact=True).select_option("PLANT_B")
    page.get_by_label("From", exact=True).fill("2025-04-01")
    page.get_by_label("To", exact=True).fill("2025-06-30")
    page.get_by_role("button", name="Show").click()


def _upload(page, path, *, kind, plant=""):
    _files(page)
    page.get_by_label("Kind").select_option(kind)
    page.get_by_label("Plant of the file").select_option(plant)
    page.get_by_label("MRV file").set_input_files(str(path))
    page.get_by_role("button", name="Upload").click()


def _create_plant_from_the_upload_page(page, code):
    page.get_by_role("link", name=f"create plant {code}").click()
    expect(page.get_by_label("Code")).to_have_value(code)
    page.get_by_label("Name", exact=True).fill(f"Plant {code[-1]}")
    page.get_by_role("button", name="Create plant").click()
    expect(page.locator(f'[data-unknown-plant="{code}"]')).to_contain_text(
        "created since"
    )


def test_mrv_from_an_empty_organization_to_an_approved_statement(
    page, login, browser_user, browser_org
):
    require_samples()
    login(browser_user(Role.ADMIN))
    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="CO2 removal"
    ).click()
    _files(page)
    expect(page.locator("#no-plants")).to_contain_text("No plants yet")

    # The lab file names plants that do not exist yet: the page says which.
    _upload(page, CALCIUM, kind="lab_results")
    expect(page.locator("#upload-status")).to_have_text("Done")
    expect(page.locator("#upload-rows")).to_have_text("574 read, 574 failed")
    expect(page.locator("#unknown-plants")).to_contain_text("PLANT_A")
    page.snap("lab-names-unknown-plants")
    _create_plant_from_the_upload_page(page, "PLANT_A")
    _create_plant_from_the_upload_page(page, "PLANT_B")
    page.snap("plants-created")

    # The same file again is the same upload, which is re-processed.
    _upload(page, CALCIUM, kind="lab_results")
    expect(page.locator(".messages")).to_contain_text("Already uploaded")
    page.get_by_role("button", name="Re-process").click()
    expect(page.locator("#upload-status")).to_have_text("Done")
    expect(page.locator("#upload-rows")).to_have_text("574 read, 0 failed")
    expect(page.locator("#unknown-plants")).to_have_count(0)
    page.snap("lab-reprocessed")

    # PLANT_B's own column mapping (the layout of its DMR summary workbooks).
    _go(page, "Plants")
    page.get_by_role("link", name="PLANT_B").click()
    page.get_by_label("Use the built-in layouts").uncheck()
    for label, value in DMR.items():
        page.get_by_label(label, exact=True).fill(value)
    page.get_by_role("button", name="Save plant").click()
    expect(page.locator("#plant-mapping-summary")).to_contain_text(
        "effluent_flow_mgd = EFFLUENT DATA / FIN / EFF / FLOW / MGD"
    )
    page.snap("plant-b-mapping")

    # An operations workbook does not name its plant: the form asks for one.
    _upload(page, PLANT_B_FILES[0], kind="plant_operations")
    expect(page.locator("#plant-error")).to_contain_text("plant code is required")
    page.snap("operations-needs-a-plant")
    for path in PLANT_B_FILES:
        _upload(page, path, kind="plant_operations", plant="PLANT_B")
        expect(page.locator("#upload-status")).to_have_text("Done")
    page.snap("operations-uploaded")

    _go(page, "Figures and statements")
    _show_plant_b(page)
    expect(page.locator('[data-plant-total="PLANT_B"]')).to_have_text("42.6 t CO2")
    page.get_by_role("button", name=re.compile("Compute statement")).click()
    row = page.locator("#statements tbody tr").first
    expect(row).to_contain_text("Computed")
    expect(row).to_contain_text("42.580")
    row.get_by_role("button", name="Submit").click()
    expect(page.locator("#statements tbody tr").first).to_contain_text("Submitted")
    page.snap("statement-submitted")

    page.context.clear_cookies()
    login(browser_user(Role.VERIFIER))
    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="CO2 removal"
    ).click()
    _show_plant_b(page)
    page.locator("#statements tbody tr").first.get_by_role(
        "button", name="Approve"
    ).click()
    expect(page.locator("#statements tbody tr").first).to_contain_text("Approved")
    page.snap("statement-approved")
