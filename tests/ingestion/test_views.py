import pytest

from accounts.models import Role
from ingestion.models import Upload
from tests.ingestion.helpers import csv_bytes, upload_file

pytestmark = pytest.mark.django_db


def test_upload_form_stores_the_file_and_lists_it(
    client, member, factors, django_capture_on_commit_callbacks
):
    client.force_login(member(Role.ANALYST))
    content = csv_bytes(
        [["description", "quantity", "unit"], ["Electricity", "10", "kWh"]]
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/uploads/", {"file": upload_file(content)})
    assert response.status_code == 302
    page = client.get("/uploads/")
    assert b"activities.csv" in page.content
    assert Upload.objects.get().status == Upload.Status.DONE


def test_upload_form_shows_unsupported_file_as_form_error(client, member):
    client.force_login(member(Role.ANALYST))
    response = client.post("/uploads/", {"file": upload_file(b"\x00\x01" * 50)})
    assert response.status_code == 200
    assert b"Only CSV and XLSX" in response.content


def test_corrupt_xlsx_is_told_it_is_not_a_readable_workbook(client, member):
    client.force_login(member(Role.ANALYST))
    truncated = b"PK\x03\x04" + b"\x14\x00" * 40
    response = client.post(
        "/uploads/", {"file": upload_file(truncated, "activities.xlsx")}
    )
    body = response.content.decode()
    assert "The file is not a readable XLSX workbook" in body
    assert "Only CSV and XLSX" not in body


def test_binary_file_named_xlsx_is_told_it_is_not_a_readable_workbook(client, member):
    client.force_login(member(Role.ANALYST))
    response = client.post(
        "/uploads/", {"file": upload_file(b"\x00\x01" * 50, "activities.xlsx")}
    )
    assert "The file is not a readable XLSX workbook" in response.content.decode()


def test_upload_hint_names_amount_and_currency_as_an_alternative(client, member):
    client.force_login(member(Role.ANALYST))
    body = client.get("/uploads/").content.decode()
    assert "a quantity with its unit or an amount with its currency" in body
    assert "description, quantity and unit columns" not in body
