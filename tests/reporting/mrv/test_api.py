import csv
import io
from decimal import Decimal as D

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from accounts.models import Role
from ingestion.models import (
    LabResult,
    OperationsRecord,
    Plant,
    SensorDay,
    Upload,
)
from reporting.mrv.models import DailyRemoval
from tests.conftest import assert_problem
from tests.reporting.mrv.conftest import (
    CALCIUM,
    PLANT_A_FILES,
    PLANT_B_FILES,
    post_file,
)
from tests.reporting.mrv.factories import PlantFactory, StatementFactory

pytestmark = pytest.mark.django_db

MRV_KINDS = ["lab_results", "sensor_readings", "plant_operations"]
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


def _scaled_calcium() -> bytes:
    rows = list(csv.reader(io.StringIO(CALCIUM.read_text())))[:21]
    value = rows[0].index("value")
    for row in rows[1:]:
        row[value] = str(D(row[value]) * 3)
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode()


def _mrv_file(kind: str) -> dict:
    """A file of each MRV kind that changes the April or May figures of PLANT_A."""
    if kind == "lab_results":
        return {"file": SimpleUploadedFile("lab.csv", _scaled_calcium())}
    if kind == "sensor_readings":
        content = b"timestamp,value\n2025-04-02 00:00,7.0\n2025-04-02 00:01,7.3\n"
        return {"file": SimpleUploadedFile("ph.csv", content), "plant": "PLANT_A"}
    may = next(p for p in PLANT_A_FILES if "MAY" in p.name)
    return {
        "file": SimpleUploadedFile(may.name, may.read_bytes()),
        "plant": "PLANT_A",
    }


def _figures() -> list:
    return sorted(
        DailyRemoval.objects.values_list(
            "plant__code", "date", "version", "quality_flag", "co2_t", "ph_mean"
        )
    )


def _stored() -> tuple:
    return (
        Upload.objects.count(),
        LabResult.objects.count(),
        OperationsRecord.objects.count(),
        SensorDay.objects.count(),
    )


@pytest.fixture
def april_of_plant_a(api, plants, samples, upload_path):
    april = next(p for p in PLANT_A_FILES if "APR" in p.name)
    for path in (CALCIUM, april):
        assert upload_path(api, path).status_code == 202
    assert _figures()


@pytest.fixture
def post_mrv(django_capture_on_commit_callbacks):
    """post_mrv(client, kind) -> response, running the whole pipeline."""

    def post(client, kind: str):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                "/api/v1/uploads/",
                {"kind": kind, **_mrv_file(kind)},
                format="multipart",
            )

    return post


@pytest.mark.usefixtures("april_of_plant_a")
@pytest.mark.parametrize("kind", MRV_KINDS)
@pytest.mark.parametrize("role", [Role.SUPPLIER, Role.ANALYST, Role.VIEWER])
def test_roles_without_mrv_write_rights_cannot_upload_mrv_files(
    role, kind, api_client_for, member, post_mrv
):
    client = api_client_for(member(role))
    before, stored = _figures(), _stored()
    assert_problem(post_mrv(client, kind), 403, "permission_denied")
    assert (_figures(), _stored()) == (before, stored)


@pytest.mark.parametrize("kind", MRV_KINDS)
def test_admin_uploads_each_mrv_kind_and_the_figures_follow(
    kind, api, april_of_plant_a, post_mrv
):
    before = _figures()
    response = post_mrv(api, kind)
    assert response.status_code == 202, response.content
    assert response.json()["kind"] == kind
    assert _figures() != before


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


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/mrv/removals/",
        "/api/v1/mrv/removals/summary/",
        "/api/v1/mrv/removals/export/",
        "/api/v1/mrv/issues/",
    ],
)
@pytest.mark.parametrize("flag", ["NOPE", "VALID,BOGUS"])
def test_an_unknown_flag_is_400_on_every_read_that_takes_it(api, path, flag):
    body = assert_problem(api.get(path, {"flag": flag}), 400, "validation_error")
    assert [e["field"] for e in body["errors"]] == ["flag"]


@pytest.mark.parametrize(
    "path",
    ["/api/v1/mrv/removals/summary/", "/api/v1/mrv/issues/"],
)
def test_known_flags_are_accepted_where_they_are_validated(api, path):
    assert api.get(path, {"flag": "VALID,INVALID_FLOW"}).status_code == 200


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
    from tests.ingestion.plants.test_parsers import WQP

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


MAPPING = {"columns": {"date": ["DATE"], "effluent_flow_mgd": ["EFF", "FLOW"]}}


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"header_rows": -1}, "mapping.header_rows"),
        ({"header_rows": 0}, "mapping.header_rows"),
        ({"header_rows": 100_000}, "mapping.header_rows"),
        ({"header_rows": "7"}, "mapping.header_rows"),
        ({"header_rows": True}, "mapping.header_rows"),
        ({"header_rows": 1.5}, "mapping.header_rows"),
        ({"generated_at": {"row": -4, "column": 1}}, "mapping.generated_at"),
        ({"generated_at": {"row": 4}}, "mapping.generated_at"),
        ({"generated_at": "A4"}, "mapping.generated_at"),
        (
            {"columns": {"date": "DATE", "effluent_flow_mgd": ["EFF"]}},
            "mapping.columns",
        ),
        (
            {"columns": {**MAPPING["columns"], "pressure": ["PSI"]}},
            "mapping.columns",
        ),
        ({"columns": {"date": ["DATE"]}}, "mapping"),
    ],
)
def test_a_mapping_with_an_impossible_row_is_400_naming_it(
    api, organization, extra, field
):
    PlantFactory(organization=organization, code="PLANT_A")
    mapping = {**MAPPING, **extra}
    for response in (
        api.post("/api/v1/mrv/plants/", {"code": "P2", "mapping": mapping}, "json"),
        api.patch("/api/v1/mrv/plants/PLANT_A/", {"mapping": mapping}, "json"),
    ):
        body = assert_problem(response, 400, "validation_error")
        assert [e["field"] for e in body["errors"]] == [field]
    assert not Plant.objects.filter(code="P2").exists()
    assert Plant.objects.get(code="PLANT_A").mapping == {}


@pytest.mark.parametrize("code", ["PLANT A", "", "x" * 65, "A/B"])
def test_a_malformed_plant_code_is_400_naming_code(api, code):
    response = api.post("/api/v1/mrv/plants/", {"code": code}, format="json")
    body = assert_problem(response, 400, "validation_error")
    assert [e["field"] for e in body["errors"]] == ["code"]
    assert not Plant.objects.exists()


def test_a_mapping_with_the_parsers_row_limits_is_accepted(api):
    mapping = {**MAPPING, "header_rows": 59, "generated_at": {"row": 4, "column": 1}}
    response = api.post(
        "/api/v1/mrv/plants/", {"code": "P", "mapping": mapping}, format="json"
    )
    assert response.status_code == 201, response.content
    assert response.json()["mapping"] == mapping


UNKNOWN = "00000000-0000-4000-8000-000000000000"
PLANTS = "/api/v1/mrv/plants"
PERIODS = "/api/v1/mrv/periods"


@pytest.fixture
def statement_paths(organization, other_organization):
    """{OURS} and {THEIRS}: a statement of the caller's organization and another's."""
    ours = StatementFactory(plant__organization=organization, plant__code="PLANT_A")
    theirs = StatementFactory(
        plant__organization=other_organization, plant__code="THEIRS"
    )
    return {"OURS": ours.pk, "THEIRS": theirs.pk, "UNKNOWN": UNKNOWN}


@pytest.mark.parametrize(
    "case",
    [
        (Role.VIEWER, "patch", f"{PLANTS}/THEIRS/", 404, "not_found"),
        (Role.VIEWER, "patch", f"{PLANTS}/NOPE/", 404, "not_found"),
        (Role.SUPPLIER, "get", f"{PLANTS}/THEIRS/", 404, "not_found"),
        (Role.ANALYST, "post", PERIODS + "/{THEIRS}/submit/", 404, "not_found"),
        (Role.VIEWER, "post", PERIODS + "/{THEIRS}/approve/", 404, "not_found"),
        (Role.VIEWER, "post", PERIODS + "/{UNKNOWN}/approve/", 404, "not_found"),
        (Role.VIEWER, "delete", f"{PLANTS}/PLANT_A/", 405, "method_not_allowed"),
        (
            Role.VIEWER,
            "post",
            "/api/v1/mrv/removals/summary/",
            405,
            "method_not_allowed",
        ),
        (Role.VIEWER, "delete", "/api/v1/mrv/removals/", 405, "method_not_allowed"),
        (Role.VIEWER, "put", f"{PERIODS}/", 405, "method_not_allowed"),
        (Role.VIEWER, "patch", f"{PLANTS}/PLANT_A/", 403, "permission_denied"),
        (Role.VIEWER, "post", PERIODS + "/{OURS}/approve/", 403, "permission_denied"),
    ],
)
def test_unknown_objects_and_methods_answer_before_the_role_check(
    api_client_for, member, statement_paths, case
):
    role, method, path, status, code = case
    client = api_client_for(member(role))
    response = getattr(client, method)(path.format(**statement_paths), {}, "json")
    assert_problem(response, status, code)


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
