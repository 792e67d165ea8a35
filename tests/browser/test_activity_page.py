import re

import pytest
from playwright.sync_api import expect

from accounts.models import Role
from ingestion.models import Activity
from matching.factors.loaders import factor_library_load

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CSV = (
    "description,amount,currency,date,category,country\n"
    'Office paper,"1,250.00",GBP,2023-05-01,Office supplies,UK\n'
    "Taxi,40,USD,2022-02-01,Travel,US\n"
)


def test_upload_row_opens_its_activity_page(page, login, browser_user, tmp_path):
    factor_library_load()
    login(browser_user(Role.ANALYST))
    page.get_by_role("navigation").get_by_role("link", name="Uploads").click()
    path = tmp_path / "spend.csv"
    path.write_text(CSV)
    page.get_by_label(re.compile("Activity file")).set_input_files(str(path))
    page.get_by_role("button", name="Upload").click()
    row = page.locator("#uploads-table tr", has_text="spend.csv")
    expect(row).to_contain_text("Done", timeout=30_000)
    page.get_by_role("link", name="spend.csv").click()

    rows = page.locator("#rows-table")
    expect(rows).to_contain_text("Office paper")
    page.snap("upload-rows")
    rows.locator("tr", has_text="Office paper").get_by_role("link", name="2").click()
    activity = Activity.objects.get(description="Office paper")
    page.wait_for_url(f"**/activities/{activity.pk}/")

    expect(page.get_by_role("heading", level=1)).to_have_text("Office paper")
    expect(page.locator("#trail-source")).to_contain_text("spend.csv")
    expect(page.locator("#trail-row")).to_contain_text("2")
    expect(page.locator("#trail-raw")).to_contain_text("1,250.00")
    factor = activity.emission.factor
    expect(page.locator("#trail-factor")).to_contain_text(factor.name)
    expect(page.locator("#trail-factor-version")).to_contain_text(factor.version)
    expect(page.locator("#trail-fx")).to_contain_text(
        "GBP per US dollar, the average of 2023"
    )
    expect(page.locator("#trail-price-index")).to_contain_text("2022 dollars")
    co2e = f"{activity.emission.co2e_kg:,.3f} kg CO2e"
    expect(page.locator("#trail-co2e")).to_contain_text(co2e)
    page.snap("activity-page")

    page.get_by_role("link", name="← spend.csv").click()
    expect(page.locator("#rows-table")).to_be_visible()
