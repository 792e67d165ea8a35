import io
from decimal import Decimal

import pytest
from openpyxl import Workbook

from ingestion.models import Activity, RowError, Upload
from ingestion.services import parse as parse_module
from tests.ingestion.factories import UploadFactory
from tests.ingestion.helpers import csv_bytes, upload_parse

pytestmark = pytest.mark.django_db

ROWS = [
    ["description", "quantity", "unit", "date", "supplier"],
    ["Électricité bureau", "1,200.5", "kWh", "31/01/2024", "Société £ Générale"],
    ["Diesel", "300", "litres", "15/02/2024", "Fuel Co"],
]


def _parse(organization, content: bytes, file_type="csv", filename="a.csv"):
    upload = UploadFactory(
        organization=organization,
        content=content,
        file_type=file_type,
        filename=filename,
    )
    upload_parse(upload_id=upload.pk)
    upload.refresh_from_db()
    return upload


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_encodings_and_delimiters_are_detected(organization, encoding, delimiter):
    rows = (
        ROWS
        if encoding != "latin-1"
        else [[c.replace("£", "") for c in r] for r in ROWS]
    )
    upload = _parse(
        organization, csv_bytes(rows, delimiter=delimiter, encoding=encoding)
    )
    assert upload.status == Upload.Status.PARSING, upload.failure
    assert upload.rows_failed == 0
    first = Activity.objects.get(upload=upload, row_number=2)
    assert first.description == "Électricité bureau"
    assert str(first.quantity) == "1200.500000"
    assert first.date.isoformat() == "2024-01-31"


def test_xlsx_header_is_found_below_title_rows(organization):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Q1 activity report"])
    sheet.append(["Prepared by finance"])
    sheet.append([])
    sheet.append(["Item description", "Qty", "UOM", "Transaction date"])
    sheet.append(["Natural gas", 5000, "kWh", None])
    sheet.append(["Diesel", 12.5, "litres", "2024-03-01"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    upload = _parse(
        organization, buffer.getvalue(), file_type="xlsx", filename="a.xlsx"
    )
    assert upload.header_row == 4
    assert upload.rows_parsed == 2
    rows = list(
        Activity.objects.filter(upload=upload).values_list("row_number", "description")
    )
    assert rows == [(5, "Natural gas"), (6, "Diesel")]


def test_real_birmingham_purchase_card_excerpt(organization, settings):
    path = (
        settings.BASE_DIR
        / "tests/ingestion/data/birmingham_cc_purchase_card_2017_01_excerpt.csv"
    )
    upload = _parse(organization, path.read_bytes())
    assert upload.failure == ""
    activities = Activity.objects.filter(upload=upload)
    assert activities.count() + upload.rows_failed == upload.rows_parsed
    assert activities.filter(unit="GBP", category="Vehicle Fuel").exists()
    # Refunds are negative amounts: loaded as activities with a negative quantity.
    refunds = activities.filter(quantity__lt=0)
    assert refunds.exists()
    assert all(activity.is_refund for activity in refunds)
    assert not RowError.objects.filter(upload=upload, column="quantity").exists()


def test_crash_mid_file_and_rerun_give_the_same_activities(
    organization, settings, monkeypatch
):
    settings.PARSE_CHUNK_ROWS = 3
    rows = [["description", "quantity", "unit"]] + [
        [f"Item {i}", str(i), "kg"] for i in range(1, 11)
    ]
    content = csv_bytes(rows)
    clean = _parse(organization, content)
    expected = list(
        Activity.objects.filter(upload=clean).values_list(
            "row_number", "description", "quantity"
        )
    )

    crashing = UploadFactory(organization=organization, content=content + b"\n")
    real_flush = parse_module._flush
    calls = {"n": 0}

    def flaky_flush(upload, result, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("worker killed")
        return real_flush(upload, result, **kwargs)

    monkeypatch.setattr(parse_module, "_flush", flaky_flush)
    with pytest.raises(RuntimeError):
        upload_parse(upload_id=crashing.pk)
    crashing.refresh_from_db()
    assert crashing.checkpoint_row == 7
    monkeypatch.setattr(parse_module, "_flush", real_flush)
    upload_parse(upload_id=crashing.pk)
    upload_parse(upload_id=crashing.pk)
    crashing.refresh_from_db()
    resumed = list(
        Activity.objects.filter(upload=crashing).values_list(
            "row_number", "description", "quantity"
        )
    )
    assert resumed == expected
    assert crashing.rows_parsed == 10


def test_card_statement_takes_the_billed_amount_in_the_organizations_currency(
    organization,
):
    rows = [
        [
            "TRANS DATE",
            "ORIGINAL GROSS AMT",
            "ORIGINAL CUR",
            "BILLING GROSS AMT",
            "BILLING CUR CODE",
            "MERCHANT NAME",
            "TRANS CAC DESC 1",
        ],
        ["24/01/2017", "291.15", "DKK", "34.58", "GBP", "7eleven b 056", "Food"],
    ]
    upload = _parse(organization, csv_bytes(rows))
    assert upload.rows_failed == 0
    activity = Activity.objects.get(upload=upload)
    assert (activity.quantity, activity.unit, activity.currency) == (
        Decimal("34.58"),
        "GBP",
        "GBP",
    )
