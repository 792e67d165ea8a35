import re

import pytest
from django.core.files import File
from playwright.sync_api import expect

from accounts.models import Role
from ingestion.models import Upload
from ingestion.plants.services import plant_create
from ingestion.services.uploads import upload_create
from reporting.mrv.models import DailyRemoval
from tests.reporting.mrv.conftest import CALCIUM, PLANT_B_FILES, require_samples

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _load(organization):
    require_samples()
    plant_create(organization=organization, code="PLANT_A")
    plant_create(organization=organization, code="PLANT_B")
    for path in [CALCIUM, *PLANT_B_FILES]:
        kind = "lab_results" if path == CALCIUM else "plant_operations"
        with path.open("rb") as handle:
            upload_create(
                organization=organization,
                file=File(handle, name=path.name),
                kind=kind,
                plant=None if path == CALCIUM else "PLANT_B",
            )
    assert set(Upload.objects.values_list("status", flat=True)) == {"done"}


def test_mrv_dashboard_review_and_approval(page, login, browser_user, browser_org):
    _load(browser_org)
    login(browser_user(Role.ADMIN))
    page.get_by_role("navigation").get_by_role("link", name="CO2 removal").click()
    page.get_by_label("Plant", exact=True).select_option("PLANT_B")
    page.get_by_label("From", exact=True).fill("2025-04-01")
    page.get_by_label("To", exact=True).fill("2025-06-30")
    page.get_by_role("button", name="Show").click()
    expect(page.locator('[data-plant-total="PLANT_B"]')).to_have_text("42.6 t CO2")
    expect(page.locator("#co2-chart")).to_have_attribute("data-points", "91")
    expect(page.locator("#issues")).to_contain_text("duplicate_conflict")
    page.snap("dashboard-plant-b")

    page.get_by_label("INVALID_FLOW").check()
    expect(page.locator("#removals tbody tr")).to_have_count(0 + 1)  # "No plant-days."
    page.get_by_label("INVALID_FLOW").uncheck()
    page.get_by_label("INVALID", exact=True).check()
    expect(page.locator("#removals tbody tr")).to_have_count(1)
    expect(page.locator("#removals")).to_contain_text("2025-05-12")
    page.snap("flag-filter")

    page.get_by_role("button", name=re.compile("Compute statement")).click()
    row = page.locator("#statements tbody tr").first
    expect(row).to_contain_text("Computed")
    row.get_by_role("button", name="Submit").click()
    expect(page.locator("#statements tbody tr").first).to_contain_text("Submitted")
    page.snap("submitted")

    page.context.clear_cookies()
    login(browser_user(Role.VERIFIER))
    page.goto("/mrv/?plant=PLANT_B&date_from=2025-04-01&date_to=2025-06-30")
    page.locator("#statements tbody tr").first.get_by_role(
        "button", name="Approve"
    ).click()
    expect(page.locator("#statements tbody tr").first).to_contain_text("Approved")
    expect(page.locator("#statements")).to_contain_text("approve")
    page.snap("approved")

    page.context.clear_cookies()
    login(browser_user(Role.VIEWER))
    page.goto("/mrv/?plant=PLANT_B&date_from=2025-04-01&date_to=2025-06-30")
    expect(page.locator('[data-plant-total="PLANT_B"]')).to_have_text("42.6 t CO2")
    expect(page.locator("#issues")).to_have_count(0)
    expect(page.locator("#statements")).to_contain_text("Approved")
    page.snap("stakeholder-view")


# Measured with both plants' sample files at 1280x900: 3,964 px (the QA/QC and
# daily tables at 25 rows are ~1,070 px each, the charts 722, the totals 202).
# 4,500 leaves ~13% for fonts and wrapping; one more page of either table
# (~1,000 px) breaks it, and the unpaginated page was 26,900 px.
MAX_HEIGHT = 4500


def test_mrv_dashboard_is_paged_and_marks_negative_days(
    page, login, browser_user, browser_org
):
    _load(browser_org)
    negative = (
        DailyRemoval.objects.filter(plant__code="PLANT_B", is_current=True)
        .exclude(co2_t=None)
        .order_by("date")
        .first()
    )
    negative.co2_t = -abs(negative.co2_t)
    negative.save(update_fields=["co2_t"])
    login(browser_user(Role.ADMIN))
    page.goto("/mrv/")
    expect(page.locator("#removals tbody tr")).to_have_count(25)
    height = page.evaluate("document.body.scrollHeight")
    assert height < MAX_HEIGHT
    legend = page.locator("#co2-negative-legend")
    expect(legend).to_be_visible()
    expect(legend).to_contain_text("Negative: more CO2 released than removed")
    labels = page.evaluate(
        "Chart.getChart(document.getElementById('co2-chart'))"
        ".data.datasets.map(d => d.label)"
    )
    assert "Negative: more CO2 released than removed" in labels
    page.snap("dashboard-paged")

    page.get_by_role("navigation", name="Daily removal pages").get_by_role(
        "link", name="Next"
    ).click()
    expect(page).to_have_url(re.compile(r"days_page=2"))
    expect(page.locator("#removals tbody tr")).to_have_count(25)
    expect(page.locator("#issues")).to_be_visible()
