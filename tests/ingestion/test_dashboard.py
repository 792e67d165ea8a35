import pytest

from accounts.models import Role
from ingestion.models import Upload
from tests.ingestion.factories import UploadFactory
from tests.ingestion.helpers import csv_bytes, upload_file

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}
ROWS = [
    ["description", "quantity", "unit", "date", "category"],
    ["Electricity", "100", "kWh", "2026-01-15", "Energy"],
    ["Diesel", "20", "litres", "2026-02-10", "Fuel"],
    ["Broken", "not a number", "kWh", "2026-02-11", "Fuel"],
]


@pytest.fixture
def done_upload(client, member, factors, django_capture_on_commit_callbacks):
    client.force_login(member(Role.ANALYST))
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/uploads/", {"file": upload_file(csv_bytes(ROWS))})
    return Upload.objects.get()


def test_upload_page_shows_results_errors_and_downloads(client, done_upload):
    body = client.get(f"/uploads/{done_upload.pk}/").content.decode()
    assert done_upload.status == Upload.Status.DONE
    assert 'id="results-table"' in body
    assert "Energy" in body and "Fuel" in body
    assert "Row errors (1)" in body
    assert f"/api/v1/results/export/?upload={done_upload.pk}&amp;format=csv" in body
    assert 'id="by-month-data"' in body


def test_failed_upload_does_not_say_every_row_was_read(client, member, organization):
    client.force_login(member(Role.ANALYST))
    upload = UploadFactory(
        organization=organization,
        status=Upload.Status.FAILED,
        failure="The file has a header row but no rows.",
    )
    body = client.get(f"/uploads/{upload.pk}/").content.decode()
    assert "Every row was read" not in body
    assert "No row errors: the upload failed as a whole" in body
    assert upload.failure in body


def test_upload_without_row_errors_says_every_row_was_read(
    client, member, factors, django_capture_on_commit_callbacks
):
    client.force_login(member(Role.ANALYST))
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/uploads/", {"file": upload_file(csv_bytes(ROWS[:3]))})
    upload = Upload.objects.get()
    body = client.get(f"/uploads/{upload.pk}/").content.decode()
    assert upload.status == Upload.Status.DONE
    assert "Every row was read." in body


def test_upload_page_total_reads_as_rounded_kg(client, done_upload):
    from django.db.models import Sum

    from carbon.core.templatetags.display import amount
    from reporting.models import Emission

    total = Emission.objects.filter(upload=done_upload).aggregate(total=Sum("co2e_kg"))[
        "total"
    ]
    body = client.get(f"/uploads/{done_upload.pk}/").content.decode()
    footer = body.split("<tfoot")[1].split("</tfoot>")[0]
    assert f'<td class="num">{amount(total)}</td>' in footer
    assert f"{total:.3f}" not in body


def test_results_fragment_groups_by_month(client, done_upload):
    response = client.get(
        f"/uploads/{done_upload.pk}/?group_by=month", **HTMX, HTTP_HX_TARGET="results"
    )
    body = response.content.decode()
    assert body.lstrip().startswith('<section id="results"')
    assert "2026-01" in body and "2026-02" in body
    assert "Total" in body


def test_upload_list_polls_while_an_upload_is_unfinished(client, member, organization):
    UploadFactory(organization=organization, status=Upload.Status.PARSING)
    client.force_login(member(Role.ANALYST))
    response = client.get("/uploads/", **HTMX)
    body = response.content.decode()
    assert body.lstrip().startswith('<div id="uploads-live"')
    assert 'hx-trigger="every 2s"' in body
    assert "<progress" in body


def test_upload_list_stops_polling_when_done(client, done_upload):
    body = client.get("/uploads/", **HTMX).content.decode()
    assert "every 2s" not in body


@pytest.mark.parametrize("role", [Role.VIEWER, Role.VERIFIER])
def test_read_only_roles_see_no_upload_form_and_cannot_post(client, member, role):
    client.force_login(member(role))
    assert b"Upload</button>" not in client.get("/uploads/").content
    response = client.post("/uploads/", {"file": upload_file(csv_bytes(ROWS))})
    assert response.status_code == 403
    assert not Upload.objects.exists()


def test_supplier_sees_only_own_uploads(client, member, organization):
    supplier = member(Role.SUPPLIER)
    mine = UploadFactory(
        organization=organization, uploaded_by=supplier, filename="mine.csv"
    )
    UploadFactory(
        organization=organization, filename="theirs.csv", content=b"x,y\n1,2\n"
    )
    client.force_login(supplier)
    body = client.get("/uploads/").content.decode()
    assert "mine.csv" in body and "theirs.csv" not in body
    assert client.get(f"/uploads/{mine.pk}/").status_code == 200


@pytest.mark.parametrize("path", ["/sites/", "/jobs/", "/matching/review/"])
def test_supplier_cannot_open_operations_pages(client, member, path):
    client.force_login(member(Role.SUPPLIER))
    assert client.get(path).status_code == 403


def test_navigation_shows_only_what_the_role_may_do(client, member):
    client.force_login(member(Role.SUPPLIER))
    nav = client.get("/uploads/").content.decode().split("</nav>")[0]
    assert "Uploads" in nav
    assert "Sites" not in nav and "Review" not in nav and "Jobs" not in nav


def test_htmx_upload_redirects_the_page(
    client, member, django_capture_on_commit_callbacks
):
    client.force_login(member(Role.ANALYST))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/uploads/", {"file": upload_file(csv_bytes(ROWS))}, **HTMX
        )
    assert response.status_code == 200
    assert response["HX-Redirect"] == "/uploads/"


def test_htmx_upload_error_comes_back_beside_the_field(client, member):
    client.force_login(member(Role.ANALYST))
    response = client.post("/uploads/", {"file": upload_file(b"\x00\x01" * 50)}, **HTMX)
    body = response.content.decode()
    assert response.status_code == 400
    assert body.lstrip().startswith('<form id="upload-form"')
    assert "Only CSV and XLSX" in body
