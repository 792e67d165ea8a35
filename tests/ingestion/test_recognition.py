"""Reading a ledger without a person (ARCHITECTURE.md, ADR-4.2c): columns are
recognized from headers and values, amounts without a currency column are read
in the organization's currency, and each date column's day/month order is
decided once, from its values or else the organization's country."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings

from ingestion.models import Activity, ActivityKey, RowError, Upload
from ingestion.recognition import PROFILE_ROWS, recognize
from tests.accounts.factories import OrganizationFactory
from tests.ingestion.helpers import csv_bytes, upload_file

pytestmark = pytest.mark.django_db

URL = "/api/v1/uploads/"
DATA = Path(__file__).resolve().parent / "data"
SAMPLES = Path(settings.BASE_DIR).parent / "shared/data/samples"


@pytest.fixture
def upload_as(member, api_client_for, factors, django_capture_on_commit_callbacks):
    """upload_as(content, country=, currency=) -> the upload, parsed and done."""

    def make(content: bytes, *, country: str, currency: str, name="ledger.csv"):
        organization = OrganizationFactory(country=country, default_currency=currency)
        client = api_client_for(member(org=organization))
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                URL, {"file": upload_file(content, name)}, format="multipart"
            )
        assert response.status_code in (200, 202), response.content
        return Upload.objects.get(pk=response.json()["id"])

    return make


def _row(upload: Upload, number: int) -> Activity:
    return Activity.objects.get(upload=upload, row_number=number)


def _sample(relative: str) -> bytes:
    path = SAMPLES / relative
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared/data/samples)")
    return path.read_bytes()


def test_file_without_currency_column_is_read_in_the_organizations_currency(
    upload_as,
):
    # Oxford City Council purchase cards, Jan 2017 (OGL v3.0; data/README.md).
    content = (DATA / "oxford_city_council_gpc_2017_q1_excerpt.csv").read_bytes()
    upload = upload_as(content, country="GB", currency="GBP")
    assert upload.status == Upload.Status.DONE, upload.failure
    assert upload.assumed_currency == "GBP"
    assert upload.reading["currency"] == {"code": "GBP", "source": "organization"}
    first = _row(upload, 2)
    assert (first.description, first.amount, first.currency, first.unit) == (
        "insightly crm",
        Decimal("147.16"),
        "GBP",
        "GBP",
    )
    assert first.date == date(2017, 1, 1)
    # Nothing in the excerpt settles the order: a GB organization reads day first.
    assert _row(upload, 19).date == date(2017, 1, 4)
    assert upload.reading["dates"]["date"]["source"] == "country"


def test_day_first_file_is_read_right_by_a_us_organization(upload_as):
    # Birmingham City Council purchase cards, August 2017 (OGL v3.0).
    content = (DATA / "birmingham_cc_purchase_card_2017_08_excerpt.csv").read_bytes()
    upload = upload_as(content, country="US", currency="USD")
    assert upload.status == Upload.Status.DONE, upload.failure
    assert upload.rows_failed == 0
    assert _row(upload, 2).date == date(2017, 8, 11)  # 11/08/2017
    assert upload.reading["dates"]["date"] == {
        "column": "TRANS DATE",
        "day_first": True,
        "source": "values",
        "example": "25/08/2017",
    }
    # The file names its currency: nothing is assumed.
    assert upload.assumed_currency == ""
    assert _row(upload, 2).currency == "GBP"


def test_month_first_values_are_read_month_first_in_a_gb_organization(upload_as):
    rows = [
        ["Date", "Description", "Amount", "Currency"],
        ["03/04/2024", "Taxi", "12.50", "USD"],
        ["08/25/2024", "Hotel", "180.00", "USD"],
    ]
    upload = upload_as(csv_bytes(rows), country="GB", currency="GBP")
    assert upload.status == Upload.Status.DONE, upload.failure
    assert _row(upload, 2).date == date(2024, 3, 4)
    assert upload.reading["dates"]["date"]["day_first"] is False


def test_value_contradicting_the_columns_order_is_a_row_error(upload_as):
    rows = [
        ["Date", "Description", "Amount"],
        ["25/08/2024", "Taxi", "12.50"],
        ["26/08/2024", "Taxi", "13.50"],
        ["08/27/2024", "Hotel", "180.00"],
    ]
    upload = upload_as(csv_bytes(rows), country="US", currency="USD")
    assert upload.status == Upload.Status.DONE, upload.failure
    assert _row(upload, 2).date == date(2024, 8, 25)
    assert not Activity.objects.filter(upload=upload, row_number=4).exists()
    error = RowError.objects.get(upload=upload, row=4)
    assert error.column == "date"
    assert "day/month order (day first)" in error.message


def test_meter_export_takes_its_description_from_the_quantity_header(upload_as):
    # University of Cambridge Estates, building b0, 2023 (MIT; ../shared).
    content = _sample("ledgers/cambridge_estates_b0_electricity_2023.csv")
    upload = upload_as(content, country="GB", currency="GBP")
    assert upload.status == Upload.Status.DONE, upload.failure
    first = _row(upload, 2)
    assert (first.description, first.quantity, first.unit) == (
        "equipment load",
        Decimal("7.7"),
        "kWh",
    )
    assert first.date == date(2023, 1, 1)
    assert upload.rows_parsed == 8760 and upload.rows_failed == 0


# Each sample ledger (../shared/data/samples; publishers and licences in its
# SOURCES.md files), read as it is by an organization of its country: rows, rows
# failed, and a row checked against the file (number, description, amount, sign
# included, currency, date).
LEDGERS = [
    (
        "spend/birmingham_cc_purchase_card_2016_06.csv",
        ("GB", "GBP"),
        (4889, 0),
        (3, "tex sussex sstn", "56.00", "GBP", date(2016, 6, 16)),
    ),
    (
        "spend/birmingham_cc_purchase_card_2017_08.csv",
        ("US", "USD"),
        (2306, 0),
        (3, "mrh six ways", "60.00", "GBP", date(2017, 8, 23)),
    ),
    (
        "spend/usaid_scms_delivery_history.csv",
        ("US", "USD"),
        (10324, 0),
        (3, "Nevirapine 10mg/ml, oral suspension, Bottle, 240 ml", "6200", "USD",
         date(2006, 11, 14)),
    ),
    (
        "travel/canada_proactive_disclosure_travelq_sample.csv",
        ("CA", "CAD"),
        (1999, 0),
        (3, "Board members meeting", "2597.14", "CAD", None),
    ),
    (
        "ledgers/trafford_council_gpc_2026_27.csv",
        ("GB", "GBP"),
        (2024, 0),
        (2, "Purchase Dunsters Farm Limited for catering provisions", "181.56",
         "GBP", date(2026, 5, 29)),
    ),
    (
        "ledgers/oxford_city_council_gpc_2017_q1.csv",
        ("GB", "GBP"),
        (1141, 0),
        (3, "facebk  z9uj3aep92", "72.84", "GBP", date(2017, 1, 1)),
    ),
    (
        "ledgers/epsrc_all_transactions_2016_12.csv",
        ("GB", "GBP"),
        (3813, 0),
        (2, "University of Nottingham", "36337.96", "GBP", date(2016, 12, 1)),
    ),
    (
        # The last line is the file's total: no description, a row error.
        "ledgers/craven_dc_payments_2017_03.csv",
        ("GB", "GBP"),
        (172, 1),
        (2, "Harrogate Borough Council", "1000.00", "GBP", date(2017, 3, 6)),
    ),
    (
        # Semicolons, Latin-1 and decimal commas (`"200,42"`).
        "ledgers/brazil_cgu_cpgf_2021_10.csv",
        ("BR", "BRL"),
        (8621, 0),
        (3, "AMORIM & CIA LTDA.", "200.42", "BRL", date(2021, 9, 8)),
    ),
    (
        "ledgers/act_government_contracts_2025.csv",
        ("AU", "AUD"),
        (1296, 0),
        (3, "Belconnen High School Northern Territory Trip 2026", "216150.0",
         "AUD", date(2025, 11, 11)),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("relative", "organization", "counts", "row"), LEDGERS)
def test_sample_ledger_reads_without_a_person(
    upload_as, relative, organization, counts, row
):
    country, currency = organization
    upload = upload_as(_sample(relative), country=country, currency=currency)
    assert upload.status == Upload.Status.DONE, upload.failure
    assert (upload.rows_parsed, upload.rows_failed) == counts
    number, description, amount, unit, when = row
    activity = _row(upload, number)
    assert (activity.description, activity.amount, activity.currency) == (
        description,
        Decimal(amount),
        unit,
    )
    assert activity.date == when


@pytest.mark.parametrize(
    "relative",
    [
        "ledgers/oxford_city_council_gpc_2017_q1.csv",
        "ledgers/trafford_council_gpc_2026_27.csv",
    ],
)
def test_refunds_keep_their_sign(upload_as, relative):
    upload = upload_as(_sample(relative), country="GB", currency="GBP")
    refund = Activity.objects.filter(upload=upload, amount__lt=0).first()
    assert refund is not None
    assert refund.quantity == refund.amount < 0


def test_merchant_category_code_beside_a_category_is_read_as_the_merchant_type(
    upload_as,
):
    # Trafford Council's purchase cards (OGL; ../shared): a category column and an
    # MCC column; each is read as its own field and both reach the activity key.
    upload = upload_as(
        _sample("ledgers/trafford_council_gpc_2026_27.csv"),
        country="GB",
        currency="GBP",
    )
    fields = upload.reading["fields"]
    activity = _row(upload, 2)
    assert (activity.category, activity.merchant_type, activity.supplier) == (
        "Other Nondurable Goods",
        "5199",
        "Dunsters Farm Limited",
    )
    key = ActivityKey.objects.get(
        organization=upload.organization, key=activity.match_key
    )
    assert (key.category, key.merchant_type, key.supplier) == (
        "Other Nondurable Goods",
        "5199",
        "Dunsters Farm Limited",
    )
    assert {"merchant_type", "category", "description", "supplier"} <= set(fields)


def test_fields_no_column_gives_are_left_to_the_database(upload_as):
    # COPY leaves out the date, amount and merchant type columns a file does not
    # have: the database fills them (NULL, '').
    rows = [["description", "quantity", "unit"]] + [
        [f"Electricity office {n}", str(10 + n), "kWh"] for n in range(50)
    ]

    upload = upload_as(csv_bytes(rows), country="GB", currency="GBP")

    assert upload.status == Upload.Status.DONE, upload.failure
    activity = _row(upload, 2)
    assert (activity.quantity, activity.unit) == (Decimal(10), "kWh")
    assert (activity.date, activity.amount, activity.merchant_type) == (None, None, "")
    key = ActivityKey.objects.get(
        organization=upload.organization, key=activity.match_key
    )
    assert (key.merchant_type, key.supplier) == ("", "")


def test_a_column_of_four_digit_numbers_is_no_merchant_type_without_its_header():
    samples = [[str(2010 + n % 9), f"shop {n}", f"{n}.50"] for n in range(40)]

    columns, _readings, _profiles = recognize(("Year", "Merchant", "Amount"), samples)

    assert "merchant_type" not in columns


def test_upload_page_shows_how_each_column_was_read(upload_as, client):
    content = (DATA / "birmingham_cc_purchase_card_2017_08_excerpt.csv").read_bytes()
    upload = upload_as(content, country="US", currency="USD")
    client.force_login(upload.uploaded_by)
    body = client.get(f"/uploads/{upload.pk}/").content.decode()
    assert "How the file was read" in body
    assert "day first (dd/mm)" in body and "25/08/2017" in body
    assert "from the column “BILLING CUR CODE”" in body
    assert "MERCHANT NAME" in body and "Correct the reading" in body
    form = client.get(f"/uploads/{upload.pk}/mapping/")
    assert form.status_code == 200
    assert "BILLING GROSS AMT" in form.content.decode()


def test_upload_page_states_the_assumed_currency(upload_as, client):
    content = (DATA / "oxford_city_council_gpc_2017_q1_excerpt.csv").read_bytes()
    upload = upload_as(content, country="GB", currency="GBP")
    client.force_login(upload.uploaded_by)
    body = client.get(f"/uploads/{upload.pk}/").content.decode()
    assert "Assumed currency: GBP" in body


def test_order_settled_after_the_sample_applies_to_the_whole_column(upload_as):
    rows = [["Date", "Description", "Amount", "Currency"]]
    rows += [["03/04/2024", "Taxi", "12.50", "GBP"]] * PROFILE_ROWS
    rows += [["25/04/2024", "Hotel", "180.00", "GBP"]]
    upload = upload_as(csv_bytes(rows), country="US", currency="USD")
    assert upload.status == Upload.Status.DONE, upload.failure
    assert upload.rows_failed == 0
    assert _row(upload, 2).date == date(2024, 4, 3)
    assert upload.reading["dates"]["date"]["example"] == "25/04/2024"
