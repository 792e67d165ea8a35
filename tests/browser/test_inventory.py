import pytest
from playwright.sync_api import expect

from accounts.models import Role
from ingestion.models import Activity
from ingestion.services.uploads import upload_create
from matching.factors.loaders import factor_library_load
from matching.factors.models import EmissionFactor
from reporting.decisions import activity_match_override
from tests.ingestion.helpers import csv_bytes, upload_file

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ROWS = [
    ["description", "amount", "currency", "date", "category", "country"],
    ["shell kings 587", "58.00", "GBP", "2016-03-10", "Vehicle Fuel", "UK"],
    ["Electricity town hall", "1000.00", "GBP", "2016-03-31", "Electricity", "UK"],
    ["shell kings 587", "50.00", "GBP", "2017-01-10", "Vehicle Fuel", "UK"],
    ["Electricity town hall", "900.00", "GBP", "2017-03-31", "Electricity", "UK"],
    ["Office paper", "100.00", "GBP", "2017-02-01", "Stationery", "UK"],
]


def test_inventory_page_shows_a_year_by_scope_with_a_target_line(
    page, login, browser_user, browser_org
):
    factor_library_load()
    upload = upload_create(
        organization=browser_org, file=upload_file(csv_bytes(ROWS))
    ).upload
    grid = EmissionFactor.objects.current().get(
        source="desnz", external_id="7_400_4000_5_1"
    )
    activity_match_override(
        activity=Activity.objects.filter(
            upload=upload, description="Electricity town hall"
        ).first(),
        factor=grid,
    )
    login(browser_user(Role.ANALYST))
    page.get_by_role("navigation").get_by_role("link", name="Inventory").click()
    page.get_by_label("Reporting year", exact=True).fill("2017")
    page.get_by_role("button", name="Show").click()
    table = page.locator("#scope-table")
    expect(table).to_contain_text("Scope 1")
    expect(table).to_contain_text("Scope 2 (location-based)")
    expect(table).to_contain_text("Category 3: Fuel- and energy-related activities")
    expect(page.locator("#unreviewed-warning")).to_contain_text("Not reviewed")
    quality = page.locator("#data-quality")
    expect(quality).to_contain_text("Spend-based")
    expect(quality).not_to_contain_text("spend_based")
    page.snap("inventory-2017")

    page.locator("#id_base_year").fill("2016")
    page.locator("#id_reduction_1_2").fill("42")
    page.locator("#id_target_year_1_2").fill("2030")
    page.get_by_role("button", name="Save targets").click()
    page.get_by_label("Reporting year", exact=True).fill("2017")
    page.get_by_role("button", name="Show").click()
    progress = page.locator("#target-progress")
    expect(progress).to_contain_text("42% by 2030")
    expect(progress).to_contain_text("Scopes 1 and 2")
    expect(page.locator("#target-chart")).to_be_visible()
    page.snap("inventory-target")
