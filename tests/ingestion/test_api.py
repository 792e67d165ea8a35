import pytest
from django.urls import reverse

from accounts.models import Role
from ingestion.models import Activity, Upload
from tests.conftest import assert_problem
from tests.ingestion.helpers import csv_bytes, upload_file

pytestmark = pytest.mark.django_db

URL = "/api/v1/uploads/"
ROWS = [
    ["Description", "Quantity", "Unit", "Date", "Category", "Supplier", "Site"],
    ["Electricity", "1200", "kWh", "2024-01-31", "Utilities", "Grid Co", "HQ"],
    ["Diesel", "300", "litres", "2024-02-15", "Fleet", "Fuel Co", "Depot"],
    ["Office paper", "250", "USD", "2022-05-01", "Office supplies", "Staples", "HQ"],
]


def _post(client, content: bytes, name="activities.csv", captured=None):
    return client.post(URL, {"file": upload_file(content, name)}, format="multipart")


def test_upload_is_accepted_and_runs_to_done(
    api, factors, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _post(api, csv_bytes(ROWS))
    assert response.status_code == 202, response.content
    body = response.json()
    assert set(body) >= {
        "id",
        "kind",
        "filename",
        "status",
        "rows_total",
        "rows_parsed",
        "rows_failed",
        "activities_matched",
        "activities_calculated",
        "progress",
        "created_at",
        "finished_at",
        "links",
    }
    assert body["kind"] == "activities"
    assert set(body["links"]) == {"errors", "activities", "results", "export"}
    detail = api.get(f"{URL}{body['id']}/").json()
    assert detail["status"] == "done"
    assert detail["rows_total"] == 3
    assert detail["rows_parsed"] == 3
    assert detail["rows_failed"] == 0
    assert detail["activities_calculated"] == 3
    assert detail["progress"] == 1.0
    assert detail["finished_at"] is not None


def test_identical_file_answers_200_with_the_existing_upload(
    api, factors, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = _post(api, csv_bytes(ROWS))
        second = _post(api, csv_bytes(ROWS), name="renamed.csv")
    assert second.status_code == 200
    assert second.json()["id"] == first.json()["id"]
    assert Upload.objects.count() == 1


def test_binary_renamed_csv_is_415(api):
    response = _post(api, b"\x00\x01\x02\x89PNG\r\n\x1a\n" * 100, name="data.csv")
    assert_problem(response, 415, "unsupported_media_type")


def test_zip_that_is_not_a_workbook_is_415(api):
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<x/>")
    response = _post(api, buffer.getvalue(), name="report.xlsx")
    assert_problem(response, 415, "unsupported_media_type")


def test_file_over_the_limit_is_413(api, settings):
    settings.UPLOAD_MAX_BYTES = 100
    response = _post(api, csv_bytes(ROWS * 10))
    assert_problem(response, 413, "payload_too_large")


def test_missing_file_is_400(api):
    response = api.post(URL, {"kind": "activities"}, format="multipart")
    body = assert_problem(response, 400, "validation_error")
    assert body["errors"][0]["field"] == "file"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The file is empty."),
        (b"description,quantity,unit\n", "header row but no data rows"),
    ],
)
def test_unusable_files_fail_with_a_clear_message(
    api, factors, django_capture_on_commit_callbacks, content, message
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _post(api, content)
    upload = Upload.objects.get(pk=response.json()["id"])
    assert upload.status == Upload.Status.FAILED
    assert message in upload.failure
    assert api.get(f"{URL}{upload.pk}/").json()["failure"] == upload.failure


def test_bad_rows_are_listed_and_the_rest_goes_on(
    api, factors, django_capture_on_commit_callbacks
):
    rows = [
        *ROWS,
        ["Gas", "1e20", "kWh", "2024-01-01", "", "", ""],
        ["Widgets", "12", "blorps", "2024-01-01", "", "", ""],
        ["Diesel", "lots", "litres", "2024-01-01", "", "", ""],
        ["Diesel", "10", "litres", "31/02/2024", "", "", ""],
        ["", "10", "kWh", "2024-01-01", "", "", ""],
    ]
    with django_capture_on_commit_callbacks(execute=True):
        response = _post(api, csv_bytes(rows))
    upload_id = response.json()["id"]
    detail = api.get(f"{URL}{upload_id}/").json()
    assert detail["status"] == "done"
    assert detail["rows_parsed"] == 8
    assert detail["rows_failed"] == 5
    errors = api.get(f"{URL}{upload_id}/errors/").json()
    assert errors["count"] == 5
    assert {(e["row"], e["column"]) for e in errors["results"]} == {
        (5, "quantity"),
        (6, "unit"),
        (7, "quantity"),
        (8, "date"),
        (9, "description"),
    }
    assert Activity.objects.filter(upload_id=upload_id).count() == 3


def test_another_organizations_upload_is_404(
    api_client_for,
    member,
    other_organization,
    factors,
    django_capture_on_commit_callbacks,
):
    owner = api_client_for(member(Role.ADMIN, org=other_organization))
    with django_capture_on_commit_callbacks(execute=True):
        upload_id = _post(owner, csv_bytes(ROWS)).json()["id"]
    stranger = api_client_for(member(Role.ADMIN))
    assert_problem(stranger.get(f"{URL}{upload_id}/"), 404, "not_found")
    assert_problem(stranger.get(f"{URL}{upload_id}/errors/"), 404, "not_found")


def test_supplier_sees_only_own_uploads(
    api_client_for, member, factors, django_capture_on_commit_callbacks
):
    supplier = api_client_for(member(Role.SUPPLIER))
    analyst = api_client_for(member(Role.ANALYST))
    with django_capture_on_commit_callbacks(execute=True):
        mine = _post(supplier, csv_bytes(ROWS)).json()["id"]
        theirs = _post(analyst, csv_bytes([*ROWS, ROWS[1]])).json()["id"]
    listed = [u["id"] for u in supplier.get(URL).json()["results"]]
    assert listed == [mine]
    assert_problem(supplier.get(f"{URL}{theirs}/"), 404, "not_found")
    activities = supplier.get(reverse("activity-list")).json()
    assert {a["upload_id"] for a in activities["results"]} == {mine}


def test_viewer_may_not_upload(api_client_for, member):
    viewer = api_client_for(member(Role.VIEWER))
    assert_problem(_post(viewer, csv_bytes(ROWS)), 403, "permission_denied")


@pytest.mark.parametrize("role", [Role.ADMIN, Role.ANALYST, Role.SUPPLIER])
def test_roles_that_upload_activities_still_do(role, api_client_for, member):
    client = api_client_for(member(role))
    response = client.post(
        URL,
        {"file": upload_file(csv_bytes(ROWS)), "kind": "activities"},
        format="multipart",
    )
    assert response.status_code == 202, response.content
    assert Upload.objects.get(pk=response.json()["id"]).kind == "activities"


def test_activity_list_shows_match_and_result(
    api, factors, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload_id = _post(api, csv_bytes(ROWS)).json()["id"]
    body = api.get(f"/api/v1/activities/?upload={upload_id}&search=diesel").json()
    assert body["count"] == 1
    activity = body["results"][0]
    assert activity["quantity"] == "300.000000"
    assert activity["match"]["status"] in {"matched", "needs_review"}
    # The organization's default region is US: EPA's per-gallon diesel factor.
    assert activity["match"]["factor"]["source"] == "epa_hub"
    assert activity["match"]["factor"]["unit"] == "gallon"
    assert activity["result"]["multiplier"].startswith("0.264172")
    assert activity["result"]["co2e_kg"] is not None
    assert_problem(
        api.get("/api/v1/activities/?match_status=bogus"), 400, "validation_error"
    )


def test_a_step_that_keeps_crashing_fails_the_upload(
    api, factors, django_capture_on_commit_callbacks, monkeypatch
):
    def broken(*args, **kwargs):
        raise RuntimeError("matcher exploded")

    monkeypatch.setattr("matching.services.pipeline.upload_match", broken)
    with django_capture_on_commit_callbacks(execute=True):
        response = _post(api, csv_bytes(ROWS))
    upload = Upload.objects.get(pk=response.json()["id"])
    assert upload.status == Upload.Status.FAILED
    assert "matcher exploded" in upload.failure
