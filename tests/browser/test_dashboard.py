import re
from decimal import Decimal
from pathlib import Path

import pytest
from playwright.sync_api import expect

from accounts.models import Role
from ingestion.models import Activity, Upload
from matching.factors.loaders import factor_library_load
from sites.models import Reading, Site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CSV = (
    "description,quantity,unit,date,category\n"
    "Electricity,1200,kWh,2026-01-15,Energy\n"
    "Diesel,300,litres,2026-02-10,Fuel\n"
    "Natural gas,5000,kWh,2026-02-20,Energy\n"
    "Broken line,not a number,kWh,2026-03-01,Fuel\n"
)


def test_manual_ingestion_lost_response_retry_counts_once(page, login, browser_user):
    login(browser_user(Role.ANALYST))
    page.get_by_role("navigation").get_by_role("link", name="Sites").click()
    page.snap("sites-empty")
    page.get_by_label("Name").fill("Pad 7")
    page.get_by_label("Emission limit (kg CH4)").fill("100")
    page.get_by_role("button", name="Create site").click()
    page.wait_for_url(re.compile(r"/sites/[0-9a-f-]{36}/$"))
    page.snap("site-created")

    page.get_by_label("Reading 1 Timestamp (UTC)").fill("2026-05-01T10:00:00")
    page.get_by_label("Reading 1 Value (kg CH4)").fill("2.5")
    page.get_by_label("Reading 1 Device id").fill("sensor-a")
    page.get_by_label("Reading 2 Timestamp (UTC)").fill("2026-05-01T10:05:00")
    page.get_by_label("Reading 2 Value (kg CH4)").fill("1.25")
    page.get_by_role("button", name="Add a reading").click()
    page.get_by_role("button", name="Add a reading").click()
    page.get_by_label("Reading 5 Timestamp (UTC)").fill("2026-05-01T10:10:00")
    page.get_by_label("Reading 5 Value (kg CH4)").fill("0.5")
    page.get_by_label("Simulate a lost response").check()
    page.snap("ingest-form")
    page.get_by_role("button", name="Send readings").click()

    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("The response was lost")
    page.snap("response-lost")
    site = Site.objects.get(name="Pad 7")
    assert site.total_emissions_to_date == Decimal("4.250")

    page.get_by_role("button", name="Retry").click()
    outcome = page.locator("#ingest-outcome")
    expect(outcome).to_contain_text("Replayed")
    expect(page.locator("#outcome-accepted")).to_have_text("3")
    expect(page.locator("#site-total")).to_have_text("4.25")
    page.snap("retry-replayed")

    site.refresh_from_db()
    assert site.total_emissions_to_date == Decimal("4.250")
    assert Reading.objects.filter(site=site).count() == 3

    page.get_by_role("navigation").get_by_role("link", name="Sites").click()
    row = page.locator("#sites-table tr", has_text="Pad 7")
    expect(row).to_contain_text("4.25")
    page.snap("sites-table-total")


def test_ingest_validation_errors_beside_fields(page, login, browser_user):
    from tests.sites.factories import SiteFactory

    user = browser_user(Role.ANALYST)
    site = SiteFactory(organization=user.membership.organization, name="Pad 9")
    login(user)
    page.goto(f"/sites/{site.pk}/")
    page.get_by_label("Reading 1 Timestamp (UTC)").fill("2026-05-01T10:00:00")
    page.get_by_label("Reading 1 Value (kg CH4)").fill("-4")
    page.get_by_role("button", name="Send readings").click()
    expect(page.locator("#id_readings-0-value-error")).to_be_visible()
    page.snap("validation-error")
    assert Reading.objects.count() == 0


def test_upload_progress_results_group_by_month_and_download(
    page, login, browser_user, tmp_path
):
    factor_library_load()
    login(browser_user(Role.ANALYST))
    page.get_by_role("navigation").get_by_role("link", name="Uploads").click()
    page.snap("uploads-empty")
    path = tmp_path / "q1-activities.csv"
    path.write_text(CSV)
    page.get_by_label(re.compile("Activity file")).set_input_files(str(path))
    page.snap("upload-chosen")
    page.get_by_role("button", name="Upload").click()

    row = page.locator("#uploads-table tr", has_text="q1-activities.csv")
    expect(row).to_contain_text("Done", timeout=30_000)
    page.snap("upload-done")
    assert Upload.objects.get().status == Upload.Status.DONE

    page.get_by_role("link", name="q1-activities.csv").click()
    expect(page.locator("#results-table")).to_contain_text("Energy")
    expect(page.locator("#row-errors")).to_contain_text("quantity")
    page.wait_for_function("document.querySelector('#month-chart') !== null")
    page.snap("upload-results")

    page.get_by_label("Group by").select_option("month")
    expect(page.locator("#results-table")).to_contain_text("2026-02")
    expect(page).to_have_url(re.compile(r"group_by=month"))
    page.snap("grouped-by-month")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV").click()
    download = download_info.value
    saved = tmp_path / "results.csv"
    download.save_as(saved)
    text = Path(saved).read_text()
    assert download.suggested_filename == "results.csv"
    assert text.splitlines()[0].startswith("activity_id,")
    assert len(text.splitlines()) == 4

    page.get_by_role("navigation").get_by_role("link", name="Jobs").click()
    expect(page.locator("#jobs-table")).to_contain_text("upload")
    page.snap("jobs")


def test_supplier_sees_uploads_only(page, login, browser_user):
    login(browser_user(Role.SUPPLIER))
    page.snap("supplier-uploads")
    assert "/uploads/" in page.url
    nav = page.get_by_role("navigation")
    for name in ("Sites", "Review", "Jobs"):
        assert nav.get_by_role("link", name=name).count() == 0
    response = page.goto("/sites/")
    page.snap("supplier-sites-forbidden")
    assert response.status == 403


def test_viewer_reads_sites_without_forms(page, login, browser_user):
    from tests.sites.factories import SiteFactory

    user = browser_user(Role.VIEWER)
    site = SiteFactory(organization=user.membership.organization, name="Pad 3")
    login(user)
    page.goto("/sites/")
    expect(page.locator("#sites-table")).to_contain_text("Pad 3")
    assert page.get_by_role("button", name="Create site").count() == 0
    page.snap("viewer-sites")
    page.goto(f"/sites/{site.pk}/")
    assert page.get_by_role("button", name="Send readings").count() == 0
    page.snap("viewer-site")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/sites/")
    page.snap("viewer-sites-phone")


def test_password_reset_pages_render(page):
    page.goto("/accounts/password/reset/")
    expect(page.get_by_role("heading").first).to_be_visible()
    page.snap("password-reset")


def test_review_queue_accept_one_and_override_in_bulk(page, login, browser_user):
    from tests.ingestion.factories import UploadFactory
    from tests.matching.ai_factories import ActivityFactory, EmissionFactorFactory

    user = browser_user(Role.ANALYST)
    upload = UploadFactory(organization=user.membership.organization)
    grid = EmissionFactorFactory(name="Electricity grid average")
    ActivityFactory.create_batch(3, upload=upload, factor=grid)
    login(user)
    page.get_by_role("navigation").get_by_role("link", name="Review").click()
    expect(page.locator("#review-table tbody tr")).to_have_count(3)
    page.snap("review-queue")

    page.get_by_role("button", name="Accept").first.click()
    expect(page.get_by_role("status")).to_contain_text("Accepted 1 row.")
    expect(page.locator("#review-table tbody tr")).to_have_count(2)
    page.snap("accepted-one")

    for box in page.get_by_role("checkbox").all():
        box.check()
    bulk = page.locator(".bulk")
    bulk.get_by_text("Factors suggested on this page").click()
    bulk.get_by_role("radio", name=re.compile("Electricity grid average")).check()
    page.get_by_role("button", name="Override selected").click()
    expect(page.get_by_role("status")).to_contain_text("Overrode 2 rows.")
    expect(page.locator(".empty")).to_contain_text("Nothing to review")
    page.snap("queue-empty")


def test_upload_list_progress_updates_live(page, login, browser_user):
    from tests.ingestion.factories import UploadFactory

    user = browser_user(Role.ANALYST)
    upload = UploadFactory(
        organization=user.membership.organization,
        uploaded_by=user,
        filename="big.csv",
        status=Upload.Status.PARSING,
        bytes_parsed=20,
    )
    login(user)
    page.goto("/uploads/")
    expect(page.locator("#uploads-table")).to_contain_text("stage parsing")
    page.snap("upload-parsing")
    Upload.objects.filter(pk=upload.pk).update(
        status=Upload.Status.DONE, rows_total=1, rows_parsed=1
    )
    expect(page.locator("#uploads-table")).to_contain_text("Done", timeout=10_000)
    expect(page.locator("#uploads-live")).not_to_have_attribute(
        "hx-trigger", "every 2s"
    )
    page.snap("upload-done-live")


def test_file_without_currency_is_read_in_the_organizations_and_corrected(
    page, login, browser_user, browser_org, tmp_path
):
    factor_library_load()
    browser_org.default_currency = "USD"
    browser_org.save(update_fields=["default_currency"])
    login(browser_user(Role.ANALYST))
    page.goto("/uploads/")
    path = tmp_path / "card-export.csv"
    path.write_text(
        "TRANS DATE,ORIGINAL GROSS AMT,MERCHANT NAME,TRANS CAC DESC 1\n"
        "28/06/2016,67.63,shell kings 587,Vehicle Fuel\n"
        "16/06/2016,-12.00,shell kings 587,Vehicle Fuel\n"
    )
    page.get_by_label(re.compile("Activity file")).set_input_files(str(path))
    page.get_by_role("button", name="Upload").click()
    row = page.locator("#uploads-table tr", has_text="card-export.csv")
    expect(row).to_contain_text("Done", timeout=30_000)

    page.get_by_role("link", name="card-export.csv").click()
    expect(page.locator("#reading-currency")).to_contain_text("Assumed currency: USD")
    expect(page.locator(".reading-dates").first).to_contain_text("day first")
    page.snap("read-with-assumed-currency")
    page.get_by_role("link", name="Correct the reading").click()
    expect(page.get_by_label("MERCHANT NAME")).to_have_value("description")
    expect(page.get_by_label("ORIGINAL GROSS AMT")).to_have_value("amount")
    page.get_by_label("Default currency").fill("XYZ")
    page.get_by_role("button", name="Save mapping and continue").click()
    expect(page.locator("#mapping-form")).to_contain_text("not a known currency")
    page.snap("mapping-error")
    page.get_by_label("Default currency").fill("GBP")
    page.get_by_role("button", name="Save mapping and continue").click()
    expect(page.locator("#upload-live")).to_contain_text("Done", timeout=30_000)
    page.snap("corrected-done")
    upload = Upload.objects.get()
    assert upload.status == Upload.Status.DONE
    assert upload.activities_calculated == 2
    assert set(
        Activity.objects.filter(upload=upload).values_list("unit", flat=True)
    ) == {"GBP"}


def test_review_by_group_decides_a_merchant_in_one_click(
    page, login, browser_user, tmp_path
):
    factor_library_load()
    login(browser_user(Role.ANALYST))
    page.goto("/uploads/")
    path = tmp_path / "card-jan.csv"
    path.write_text(
        "description,amount,currency,date,category\n"
        "the furnishing service 12,150.00,GBP,2017-01-03,Equip Operational\n"
        "the furnishing service 40,90.00,GBP,2017-01-09,Equip Operational\n"
        "zed widgets,10.00,GBP,2017-01-09,Equip Operational\n"
    )
    page.get_by_label(re.compile("Activity file")).set_input_files(str(path))
    page.get_by_role("button", name="Upload").click()
    row = page.locator("#uploads-table tr", has_text="card-jan.csv")
    expect(row).to_contain_text("Done", timeout=30_000)
    page.goto("/matching/review/")
    page.get_by_role("link", name="Review by group").click()
    first = page.locator("#groups-table tbody tr").first
    expect(first).to_contain_text("the furnishing service")
    expect(first).to_contain_text("2")
    page.snap("review-groups")
    first.get_by_role("button", name="Use chosen for group").click()
    expect(page.get_by_role("status")).to_contain_text("Decided 2 rows")
    expect(page.locator("#groups-table")).not_to_contain_text("the furnishing service")
    page.snap("review-groups-decided")


def test_recalculation_preview_then_apply_on_the_upload_page(
    page, login, browser_user, tmp_path
):
    from matching.factors.models import EmissionFactor
    from reporting.models import Emission

    factor_library_load()
    user = browser_user(Role.ANALYST)
    login(user)
    page.goto("/uploads/")
    path = tmp_path / "fleet.csv"
    path.write_text(
        "description,quantity,unit,date,category\n"
        "Diesel for company vans,100,litres,2024-03-01,Fleet fuel\n"
    )
    page.get_by_label(re.compile("Activity file")).set_input_files(str(path))
    page.get_by_role("button", name="Upload").click()
    expect(page.locator("#uploads-table tr", has_text="fleet.csv")).to_contain_text(
        "Done", timeout=30_000
    )
    emission = Emission.objects.get()
    old = EmissionFactor.objects.get(pk=emission.factor_id)
    EmissionFactor.objects.filter(source=old.source).update(is_current=False)
    new = EmissionFactor.objects.get(pk=old.pk)
    new.pk, new.version, new.is_current = None, "2025-test", True
    new.kg_co2e_per_unit = old.kg_co2e_per_unit * 2
    new.save()

    page.get_by_role("link", name="fleet.csv").click()
    page.get_by_role("button", name="Preview").click()
    expect(page.locator("#recalc-summary")).to_contain_text("1 of 1 rows change")
    expect(page.locator("#recalc-diff")).to_contain_text("Fleet fuel")
    page.snap("recalculation-preview")
    assert Emission.objects.get().factor_id == old.pk
    page.get_by_role("button", name="Apply the recalculation").click()
    expect(page.locator("#recalc-summary")).to_contain_text("Applied")
    page.snap("recalculation-applied")
    assert Emission.objects.get().factor_id == new.pk
