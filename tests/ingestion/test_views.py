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
