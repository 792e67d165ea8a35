import csv
import io
from decimal import Decimal as D

import pytest

from accounts.models import Role
from ingestion.models import LabResult, OperationsRecord, Plant
from tests.conftest import assert_problem
from tests.reporting.mrv.conftest import (
    CALCIUM,
    PLANT_A_FILES,
    PLANT_B_FILES,
    post_file,
)
from tests.reporting.mrv.factories import PlantFactory

pytestmark = pytest.mark.django_db

REMOVAL_FIELDS = {
    "plant",
    "date",
    "ca_upstream_mg_l",
    "ca_downstream_mg_l",
    "ca_delta_mg_l",
    "flow_mgd",
    "co2_t",
    "co2_t_uncertainty",
    "quality_flag",
    "message",
    "sources",
    "version",
}


def test_plants_are_created_and_listed_per_organization(api, other_organization):
    PlantFactory(organization=other_organization, code="THEIRS")
    response = api.post(
        "/api/v1/mrv/plants/", {"code": "PLANT_A", "name": "A"}, format="json"
    )
    assert response.status_code == 201, response.content
    assert response.json()["mapping"] == {}
    codes = [p["code"] for p in api.get("/api/v1/mrv/plants/").json()["results"]]
    assert codes == ["PLANT_A"]
    assert_problem(api.get("/api/v1/mrv/plants/THEIRS/"), 404, "not_found")


def test_duplicate_plant_code_is_400(api, organization):
    PlantFactory(organization=organization, code="PLANT_A")
    response = api.post("/api/v1/mrv/plants/", {"code": "PLANT_A"}, format="json")
    body = assert_problem(response, 400, "validation_error")
    assert body["errors"][0]["field"] == "code"


def test_viewer_cannot_create_plants(api_client_for, member):
    client = api_client_for(member(Role.VIEWER))
    response = client.post("/api/v1/mrv/plants/", {"code": "X"}, format="json")
    assert_problem(response, 403, "permission_denied")


def test_a_plant_mapping_reads_a_renamed_effluent_column(
    api, organization, samples, django_capture_on_commit_callbacks
):
    mapping = {
        "header_rows": 1,
        "columns": {
            "date": ["OPERATOR DATA"],
            "effluent_flow_mgd": ["East Shore Q"],
        },
    }
    response = api.post(
        "/api/v1/mrv/plants/",
        {"code": "PLANT_A", "mapping": mapping},
        format="json",
    )
    assert response.status_code == 201, response.content
    with django_capture_on_commit_callbacks(execute=True):
        post_file(api, PLANT_A_FILES[0], kind="plant_operations", plant="PLANT_A")
    record = OperationsRecord.objects.get(date="2025-04-01")
    assert record.effluent_flow_mgd == D("14.3")  # East Shore Q, not Plnt Ef 36.8


def test_upload_with_unknown_plant_is_400_naming_plant(api, samples):
    response = post_file(api, PLANT_A_FILES[0], kind="plant_operations", plant="NOPE")
    body = assert_problem(response, 400, "validation_error")
    assert body["errors"][0]["field"] == "plant"


def test_operations_upload_without_plant_is_400(api, samples):
    response = post_file(api, PLANT_A_FILES[0], kind="plant_operations")
    body = assert_problem(response, 400, "validation_error")
    assert body["errors"][0]["field"] == "plant"


def test_xls_is_refused_for_activity_uploads(api, samples):
    xls = next(p for p in PLANT_A_FILES if p.suffix == ".xls")
    assert_problem(
        post_file(api, xls, kind="activities"), 415, "unsupported_media_type"
    )


def test_lab_upload_names_its_plants_and_keeps_source_rows(
    api, plants, samples, upload_path
):
    response = upload_path(api, CALCIUM)
    assert response.status_code == 202
    body = api.get(f"/api/v1/uploads/{response.json()['id']}/").json()
    assert body["status"] == "done"
    assert body["kind"] == "lab_results"
    assert body["plant"] is None
    assert LabResult.objects.count() == 574
    row = LabResult.objects.get(row_number=2)
    assert (row.plant.code, str(row.date), row.value) == (
        "PLANT_A",
        "2025-04-02",
        D("43.2626502"),
    )
    assert f"{row.organization_id}/plants/_multi/" in row.upload.file.name


def test_operations_raw_file_is_stored_under_the_plant_prefix(
    api, plants, samples, upload_path
):
    response = upload_path(api, PLANT_B_FILES[0])
    record = OperationsRecord.objects.filter(upload_id=response.json()["id"]).first()
    assert "/plants/PLANT_B/" in record.upload.file.name
    assert record.upload.plant == Plant.objects.get(code="PLANT_B")


def test_removals_list_contract_and_filters(api, uploaded):
    response = api.get(
        "/api/v1/mrv/removals/?plant=PLANT_B&from=2025-04-07&to=2025-04-07"
    )
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    item = body["results"][0]
    assert set(item) >= REMOVAL_FIELDS
    assert item["plant"] == "PLANT_B"
    assert item["date"] == "2025-04-07"
    assert item["co2_t"] == "0.676442809128"
    assert item["flow_mgd"] == "9.194000000000"
    assert item["quality_flag"] == "VALID"
    assert item["version"] >= 1
    flagged = api.get("/api/v1/mrv/removals/?flag=INVALID,INVALID_FLOW").json()
    assert {(r["plant"], r["date"]) for r in flagged["results"]} == {
        ("PLANT_A", "2025-05-09"),
        ("PLANT_A", "2025-05-10"),
        ("PLANT_A", "2025-05-15"),
        ("PLANT_B", "2025-05-12"),
        ("PLANT_B", "2025-07-06"),
    }


def test_bad_filter_is_400(api):
    assert_problem(api.get("/api/v1/mrv/removals/?flag=NOPE"), 400, "validation_error")


def test_summary_counts_days_per_flag_and_totals_valid_days(api, uploaded):
    body = api.get(
        "/api/v1/mrv/removals/summary/?plant=PLANT_B&from=2025-05-12&to=2025-05-12"
    ).json()
    assert body["days_by_flag"]["INVALID"] == 1
    assert body["co2_t"] == "0.000000000000"  # INVALID days are not counted
    full = api.get("/api/v1/mrv/removals/summary/?from=2025-04-01&to=2025-06-30").json()
    assert full["days"] == sum(full["days_by_flag"].values())
    by_plant = {p["plant"]: p for p in full["plants"]}
    assert set(by_plant) == {"PLANT_A", "PLANT_B"}
    total = sum(D(p["co2_t"]) for p in full["plants"])
    assert D(full["co2_t"]) == total


def test_viewer_sees_summary_but_not_daily_rows(api_client_for, member, uploaded):
    viewer = api_client_for(member(Role.VIEWER))
    assert viewer.get("/api/v1/mrv/removals/summary/").status_code == 200
    assert_problem(viewer.get("/api/v1/mrv/removals/"), 403, "permission_denied")


def test_analyst_exports_csv(api_client_for, member, uploaded):
    analyst = api_client_for(member(Role.ANALYST))
    response = analyst.get("/api/v1/mrv/removals/export/?plant=PLANT_A")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv"
    rows = list(
        csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    )
    assert len(rows) == 91
    april_2 = next(r for r in rows if r["date"] == "2025-04-02")
    assert april_2["co2_t"] == "1.314863567065"
    assert april_2["operations_file"] == "PLANT_A-OPS DATA-APR25.xlsx"


def test_issues_list_the_duplicate_conflict_with_its_source(api, uploaded):
    body = api.get("/api/v1/mrv/issues/?code=duplicate_conflict").json()
    dates = {(i["plant"], i["date"]) for i in body["results"]}
    assert dates == {
        ("PLANT_B", d)
        for d in (
            "2025-04-11",
            "2025-04-25",
            "2025-05-23",
            "2025-06-07",
            "2025-06-23",
        )
    }
    issue = body["results"][0]
    assert issue["level"] == 1
    assert issue["file"].startswith("PLANT_B-MPOR_Crew_")
    assert issue["row"] > 0


def test_file_checks_record_levels_1_to_3_per_file(api, uploaded):
    body = api.get("/api/v1/mrv/file-checks/?plant=PLANT_A&page_size=100").json()
    codes = {(c["file"], c["level"], c["code"]) for c in body["results"]}
    for name in ("PLANT_A-OPS DATA-MAY25.xls",):
        assert {
            (name, 1, "file_format"),
            (name, 1, "parsing"),
            (name, 2, "completeness"),
            (name, 3, "schema_ranges"),
        } <= codes


def test_openapi_schema_documents_the_mrv_endpoints(api):
    schema = api.get("/api/v1/schema/?format=json").json()
    for path in (
        "/api/v1/mrv/plants/",
        "/api/v1/mrv/removals/",
        "/api/v1/mrv/removals/summary/",
        "/api/v1/mrv/removals/export/",
        "/api/v1/mrv/periods/",
        "/api/v1/mrv/periods/{statement_id}/approve/",
    ):
        assert path in schema["paths"]


def test_ph_sensor_upload_puts_the_daily_mean_on_the_plant_day(
    api, uploaded, django_capture_on_commit_callbacks
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    day_url = "/api/v1/mrv/removals/?plant=PLANT_A&from=2025-04-02&to=2025-04-02"
    before = api.get(day_url).json()["results"][0]["version"]
    content = b"timestamp,value\n2025-04-02 00:00,7.0\n2025-04-02 00:01,7.3\n"
    with django_capture_on_commit_callbacks(execute=True):
        response = api.post(
            "/api/v1/uploads/",
            {
                "file": SimpleUploadedFile("ph.csv", content),
                "kind": "sensor_readings",
                "plant": "PLANT_A",
            },
            format="multipart",
        )
    assert response.status_code == 202, response.content
    item = api.get(day_url).json()["results"][0]
    assert item["intermediates"]["ph_mean"] == "7.150000"
    assert item["co2_t"] == "1.314863567065"  # pH does not enter the calculation
    assert item["version"] == before + 1


def test_wqp_narrow_lab_upload_stores_results_for_the_named_plant(
    api, organization, django_capture_on_commit_callbacks
):
    from tests.ingestion.test_mrv_parsers import WQP

    if not WQP.exists():
        pytest.skip(f"{WQP} not found (../shared/data/samples)")
    PlantFactory(organization=organization, code="OHIO")
    with django_capture_on_commit_callbacks(execute=True):
        response = post_file(api, WQP, kind="lab_results", plant="OHIO")
    body = api.get(f"/api/v1/uploads/{response.json()['id']}/").json()
    assert body["status"] == "done"
    assert body["rows_failed"] > 0  # "ABOVE NORMAL" and friends are row errors
    assert LabResult.objects.filter(plant__code="OHIO", parameter="calcium").exists()
    days = api.get("/api/v1/mrv/removals/?plant=OHIO&page_size=500").json()
    assert days["count"] > 0
    assert {d["quality_flag"] for d in days["results"]} == {"NO_OPS_DATA"}


def test_april_to_june_2025_totals_of_valid_days_per_plant(api, uploaded):
    body = api.get("/api/v1/mrv/removals/summary/?from=2025-04-01&to=2025-06-30").json()
    by_plant = {p["plant"]: p for p in body["plants"]}
    assert D(by_plant["PLANT_A"]["co2_t"]).quantize(D("0.000001")) == D("126.651077")
    assert D(by_plant["PLANT_B"]["co2_t"]).quantize(D("0.000001")) == D("42.580219")
    assert by_plant["PLANT_A"]["days_by_flag"] == {
        "VALID": 80,
        "INVALID": 3,
        "NO_OPS_DATA": 0,
        "INVALID_FLOW": 0,
        "MISSING_CA_READINGS": 8,
    }
    assert by_plant["PLANT_B"]["days_by_flag"]["VALID"] == 53


def test_mrv_summary_command_prints_the_totals(organization, uploaded):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command(
        "mrv_summary",
        organization.name,
        "--from",
        "2025-04-01",
        "--to",
        "2025-06-30",
        stdout=out,
    )
    text = out.getvalue()
    assert "PLANT_A: 126.651077 ± 1.346663 t CO2" in text
    assert "PLANT_B: 42.580219 ± 0.073246 t CO2" in text


def test_a_workbook_matching_no_layout_fails_with_a_level_1_check(
    api, plants, django_capture_on_commit_callbacks
):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["when", "how much"])
    workbook.active.append(["2025-04-01", 3])
    buffer = io.BytesIO()
    workbook.save(buffer)
    with django_capture_on_commit_callbacks(execute=True):
        response = api.post(
            "/api/v1/uploads/",
            {
                "file": SimpleUploadedFile("other.xlsx", buffer.getvalue()),
                "kind": "plant_operations",
                "plant": "PLANT_A",
            },
            format="multipart",
        )
    body = api.get(f"/api/v1/uploads/{response.json()['id']}/").json()
    assert body["status"] == "failed"
    assert "column mapping" in body["failure"]
    checks = api.get("/api/v1/mrv/file-checks/?plant=PLANT_A").json()["results"]
    assert {(c["level"], c["code"], c["status"]) for c in checks} >= {
        (1, "parsing", "fail")
    }


def test_admin_edits_a_plant_mapping_and_a_bad_one_is_400(api, organization):
    PlantFactory(organization=organization, code="PLANT_A")
    url = "/api/v1/mrv/plants/PLANT_A/"
    bad = api.patch(url, {"mapping": {"columns": {"date": ["DATE"]}}}, format="json")
    body = assert_problem(bad, 400, "validation_error")
    assert body["errors"][0]["field"] == "mapping"
    mapping = {"columns": {"date": ["DATE"], "effluent_flow_mgd": ["EFF", "FLOW"]}}
    response = api.patch(url, {"mapping": mapping, "name": "North"}, format="json")
    assert response.status_code == 200, response.content
    assert Plant.objects.get(code="PLANT_A").mapping == mapping
    assert response.json()["name"] == "North"


def test_lab_rows_of_an_unknown_plant_are_row_errors(
    api, organization, samples, upload_path
):
    PlantFactory(organization=organization, code="PLANT_A")
    response = upload_path(api, CALCIUM)
    upload_id = response.json()["id"]
    body = api.get(f"/api/v1/uploads/{upload_id}/").json()
    assert (body["status"], body["rows_failed"]) == ("done", 218)
    errors = api.get(f"/api/v1/uploads/{upload_id}/errors/").json()
    assert errors["count"] == 218
    assert errors["results"][0]["column"] == "plant_id"
    assert "PLANT_B" in errors["results"][0]["message"]
    assert LabResult.objects.count() == 356
