import datetime as dt
import io
import uuid
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from openpyxl import Workbook

from accounts.models import Role
from ingestion.models import LabResult, Plant, Upload
from reporting.mrv.models import DailyRemoval, Statement
from tests.ingestion.factories import UploadFactory
from tests.reporting.mrv.factories import (
    DailyRemovalFactory,
    PlantFactory,
    StatementFactory,
)

pytestmark = pytest.mark.django_db

URL = "/mrv/"
RANGE = "?plant=PLANT_B&date_from=2025-04-01&date_to=2025-06-30"


@pytest.fixture
def login(client, member):
    def as_role(role):
        user = member(role)
        client.force_login(user)
        return user

    return as_role


def test_dashboard_shows_totals_charts_issues_and_days(client, login, uploaded):
    login(Role.ANALYST)
    response = client.get(URL + RANGE)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-plant-total="PLANT_B" title="42.580 t CO2">42.6 t CO2</p>' in html
    assert 'id="ca-chart"' in html and 'id="flow-chart"' in html
    assert "duplicate_conflict" in html
    assert "PLANT_B-MPOR_Crew_03212025to04112025.xlsx" in html  # source row link
    assert "/uploads/" in html


def test_htmx_filter_returns_the_results_fragment(client, login, uploaded):
    login(Role.ADMIN)
    response = client.get(URL + RANGE + "&flag=INVALID", HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="mrv-results">')
    table = html.split('id="removals"')[1]
    assert "2025-05-12" in table and "2025-04-07" not in table


def test_viewer_sees_totals_and_trends_only(client, login, uploaded):
    login(Role.VIEWER)
    html = client.get(URL + RANGE).content.decode()
    assert 'id="co2-chart"' in html
    assert 'id="ca-chart"' not in html
    assert 'id="issues"' not in html and 'id="removals"' not in html


def test_engineer_computes_and_submits_then_verifier_approves(client, login, uploaded):
    login(Role.ADMIN)
    query = "plant=PLANT_B&from=2025-04-01&to=2025-06-30"
    client.post(
        "/mrv/periods/",
        {
            "plant": "PLANT_B",
            "date_from": "2025-04-01",
            "date_to": "2025-06-30",
            "query": query,
        },
    )
    statement = Statement.objects.get()
    client.post(f"/mrv/periods/{statement.pk}/submit/", {"query": query})
    login(Role.VERIFIER)
    html = client.get(URL + RANGE).content.decode()
    assert "Approve" in html and "Request changes" in html
    client.post(f"/mrv/periods/{statement.pk}/approve/", {"query": query})
    statement.refresh_from_db()
    assert statement.status == "approved"


def test_verifier_cannot_submit_and_unknown_action_is_404(client, login, uploaded):
    login(Role.ADMIN)
    client.post(
        "/mrv/periods/",
        {"plant": "PLANT_A", "date_from": "2025-04-01", "date_to": "2025-04-30"},
    )
    statement = Statement.objects.get()
    login(Role.VERIFIER)
    client.post(f"/mrv/periods/{statement.pk}/submit/")
    statement.refresh_from_db()
    assert statement.status == "computed"
    assert client.post(f"/mrv/periods/{statement.pk}/explode/").status_code == 404


def test_engineer_uploads_an_operations_workbook_from_the_dashboard(
    client, login, plants, samples, django_capture_on_commit_callbacks
):
    from reporting.mrv.models import DailyRemoval
    from tests.reporting.mrv.conftest import PLANT_A_FILES

    login(Role.ADMIN)
    assert 'id="mrv-upload"' in client.get(URL).content.decode()
    path = PLANT_A_FILES[0]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/mrv/uploads/",
            {
                "kind": "plant_operations",
                "plant": "PLANT_A",
                "file": SimpleUploadedFile(path.name, path.read_bytes()),
            },
        )
    assert response.status_code == 302
    assert DailyRemoval.objects.filter(plant__code="PLANT_A").count() == 30
    response = client.post(
        "/mrv/uploads/",
        {"kind": "plant_operations", "file": SimpleUploadedFile("x.xlsx", b"PK")},
        follow=True,
    )
    assert "plant code is required" in response.content.decode()


def test_analyst_has_no_upload_form(client, login, plants):
    login(Role.ANALYST)
    assert 'id="mrv-upload"' not in client.get(URL).content.decode()


ACTIONS = [
    (Role.ADMIN, "submit", Statement.Status.COMPUTED, Statement.Status.SUBMITTED),
    (Role.VERIFIER, "approve", Statement.Status.SUBMITTED, Statement.Status.APPROVED),
    (
        Role.VERIFIER,
        "request-changes",
        Statement.Status.SUBMITTED,
        Statement.Status.CHANGES_REQUESTED,
    ),
]


@pytest.fixture
def statement_in(organization):
    def make(status):
        plant = PlantFactory(organization=organization)
        return StatementFactory(plant=plant, status=status)

    return make


@pytest.mark.parametrize("case", ACTIONS)
def test_statement_action_by_get_is_405_and_leaves_the_statement(
    client, login, statement_in, case
):
    role, action, before, _ = case
    statement = statement_in(before)
    login(role)
    response = client.get(f"/mrv/periods/{statement.pk}/{action}/?note=Linked")
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    statement.refresh_from_db()
    assert statement.status == before
    assert not statement.events.exists()


@pytest.mark.parametrize("case", ACTIONS)
def test_statement_action_by_post_moves_the_statement(
    client, login, statement_in, case
):
    role, action, before, after = case
    statement = statement_in(before)
    login(role)
    response = client.post(
        f"/mrv/periods/{statement.pk}/{action}/", {"note": "Checked"}
    )
    assert response.status_code == 302
    statement.refresh_from_db()
    assert statement.status == after


def test_approve_without_csrf_token_is_403_and_leaves_the_statement(
    member, statement_in
):
    statement = statement_in(Statement.Status.SUBMITTED)
    client = Client(enforce_csrf_checks=True)
    client.force_login(member(Role.VERIFIER))
    response = client.post(f"/mrv/periods/{statement.pk}/approve/", {"note": "x"})
    assert response.status_code == 403
    statement.refresh_from_db()
    assert statement.status == Statement.Status.SUBMITTED


def test_unknown_statement_is_404_before_the_role_check(client, login):
    login(Role.VIEWER)
    response = client.post(f"/mrv/periods/{uuid.uuid4()}/approve/")
    assert response.status_code == 404


# --- plants, files and re-processing from the browser ---------------------------

DMR_FORM = {
    "header_rows": "7",
    "date": "DATE",
    "effluent_flow_mgd": "EFFLUENT DATA\nFIN\nEFF\nFLOW\nMGD",
    "influent_flow_mgd": "INFLUENT DATA\nRAW\nINF\nFLOW\nMGD",
    "generated_row": "4",
    "generated_column": "1",
}
DMR_MAPPING = {
    "header_rows": 7,
    "columns": {
        "date": ["DATE"],
        "effluent_flow_mgd": ["EFFLUENT DATA", "FIN", "EFF", "FLOW", "MGD"],
        "influent_flow_mgd": ["INFLUENT DATA", "RAW", "INF", "FLOW", "MGD"],
    },
    "generated_at": {"row": 4, "column": 1},
}


def test_admin_creates_a_plant_then_gives_it_a_column_mapping(client, login):
    login(Role.ADMIN)
    response = client.post(
        "/mrv/plants/", {"code": "PLANT_B", "name": "South", "builtin": "on"}
    )
    assert response.status_code == 302
    plant = Plant.objects.get(code="PLANT_B")
    assert (plant.name, plant.mapping) == ("South", {})
    assert 'data-plant="PLANT_B"' in client.get("/mrv/plants/").content.decode()
    response = client.post("/mrv/plants/PLANT_B/", {"name": "South", **DMR_FORM})
    assert response["Location"] == "/mrv/plants/PLANT_B/"
    plant.refresh_from_db()
    assert plant.mapping == DMR_MAPPING
    html = client.get("/mrv/plants/PLANT_B/").content.decode()
    assert "effluent_flow_mgd = EFFLUENT DATA / FIN / EFF / FLOW / MGD" in html
    client.post("/mrv/plants/PLANT_B/", {"name": "South", "builtin": "on"})
    plant.refresh_from_db()
    assert plant.mapping == {}


@pytest.mark.parametrize(
    "case",
    [
        ({"header_rows": "0"}, {"header_rows": 0}, "header_rows"),
        ({"header_rows": "60"}, {"header_rows": 60}, "header_rows"),
        (
            {"generated_row": "-4"},
            {"generated_at": {"row": -4, "column": 1}},
            "generated_row",
        ),
        (
            {"generated_column": ""},
            {"generated_at": {"row": 4, "column": None}},
            "generated_row",
        ),
        ({"effluent_flow_mgd": ""}, {"columns": {"date": ["DATE"]}}, "__all__"),
    ],
)
def test_a_mapping_the_api_refuses_is_refused_on_the_page_with_its_message(
    client, login, api, organization, case
):
    form, api_mapping, field = case
    PlantFactory(organization=organization, code="PLANT_B")
    login(Role.ADMIN)
    response = client.post("/mrv/plants/PLANT_B/", {**DMR_FORM, **form})
    assert response.status_code == 400
    api_body = api.patch(
        "/api/v1/mrv/plants/PLANT_B/",
        {"mapping": {**DMR_MAPPING, **api_mapping}},
        "json",
    ).json()
    assert [e["message"] for e in api_body["errors"]] == (
        response.context["form"].errors[field]
    )
    assert Plant.objects.get(code="PLANT_B").mapping == {}


@pytest.mark.parametrize(
    ("code", "says"),
    [("PLANT A", "no spaces"), ("TAKEN", "already exists"), ("x" * 65, "at most 64")],
)
def test_a_bad_plant_code_is_a_form_error(client, login, organization, code, says):
    PlantFactory(organization=organization, code="TAKEN")
    login(Role.ADMIN)
    response = client.post("/mrv/plants/", {"code": code, "builtin": "on"})
    assert response.status_code == 400
    assert says in " ".join(response.context["form"].errors["code"])
    assert Plant.objects.count() == 1


def test_viewer_lists_plants_but_cannot_create_or_change_them(
    client, login, organization
):
    PlantFactory(organization=organization, code="PLANT_A")
    login(Role.VIEWER)
    html = client.get("/mrv/plants/").content.decode()
    assert 'data-plant="PLANT_A"' in html and 'id="plant-form"' not in html
    assert client.post("/mrv/plants/", {"code": "X"}).status_code == 403
    assert client.post("/mrv/plants/PLANT_A/", {"name": "X"}).status_code == 403
    assert Plant.objects.get(code="PLANT_A").name == "Plant PLANT_A"


@pytest.mark.parametrize("code", ["THEIRS", "NOPE", "' OR 1=1", "a" * 300])
def test_a_plant_page_outside_the_organization_is_404(
    client, login, other_organization, code
):
    PlantFactory(organization=other_organization, code="THEIRS")
    login(Role.ADMIN)
    assert client.get(f"/mrv/plants/{code}/").status_code == 404
    assert client.post(f"/mrv/plants/{code}/", {"name": "X"}).status_code == 404


def _workbook() -> bytes:
    workbook = Workbook()
    workbook.active.append(["DATE", "EFF FLOW"])
    workbook.active.append(["2025-04-01", 3])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_an_operations_workbook_without_a_plant_asks_for_one(
    client, login, organization
):
    PlantFactory(organization=organization, code="PLANT_A")
    login(Role.ADMIN)
    file = SimpleUploadedFile("ops.xlsx", _workbook())
    response = client.post("/mrv/uploads/", {"kind": "plant_operations", "file": file})
    assert response.status_code == 400
    assert response.context["form"].errors["plant"] == [
        "A plant code is required for this kind: the file does not name its plant."
    ]
    assert not Upload.objects.exists()
    file = SimpleUploadedFile("ops.xlsx", _workbook())
    response = client.post(
        "/mrv/uploads/", {"kind": "plant_operations", "plant": "PLANT_A", "file": file}
    )
    upload = Upload.objects.get()
    assert response["Location"] == f"/mrv/uploads/{upload.pk}/"
    assert upload.plant.code == "PLANT_A"


LAB = (
    b"unique_id,date,plant_id,unit_type_id,measurement_point,parameter_name,units,"
    b"value,uncertainty\n"
    b"x1,2025-04-02,PLANT_X,primary_clarifier,outlet,calcium,mg/L,42.0,0.2\n"
    b"x2,2025-04-02,PLANT_X,secondary_clarifier,outlet,calcium,mg/L,52.0,0.2\n"
    b"x3,2025-04-03,PLANT_X,primary_clarifier,outlet,calcium,mg/L,41.0,0.2\n"
    b"y1,2025-04-02,PLANT_Y,primary_clarifier,outlet,calcium,mg/L,40.0,0.3\n"
)


@pytest.fixture
def post_lab(client, django_capture_on_commit_callbacks):
    def post():
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                "/mrv/uploads/",
                {"kind": "lab_results", "file": SimpleUploadedFile("lab.csv", LAB)},
            )
        return response["Location"], client.get(response["Location"])

    return post


def _counts():
    return (
        LabResult.objects.count(),
        sorted(DailyRemoval.objects.values_list("plant__code", "date", "version")),
    )


def test_unknown_plants_are_listed_and_the_upload_is_reprocessed_once_they_exist(
    client, login, post_lab, django_capture_on_commit_callbacks
):
    login(Role.ADMIN)
    _, page = post_lab()
    html = page.content.decode()
    upload = Upload.objects.get()
    assert (upload.status, upload.rows_failed, upload.rows_total) == ("done", 4, 4)
    assert (
        f'href="/mrv/plants/?code=PLANT_X&amp;next=/mrv/uploads/{upload.pk}/"' in html
    )
    assert "PLANT_Y</strong>: 1 rows" in html
    response = client.post(
        "/mrv/plants/",
        {"code": "PLANT_X", "builtin": "on", "next": f"/mrv/uploads/{upload.pk}/"},
    )
    assert response["Location"] == f"/mrv/uploads/{upload.pk}/"
    html = client.get(response["Location"]).content.decode()
    assert "created since; re-process" in html

    location, again = post_lab()
    assert location == f"/mrv/uploads/{upload.pk}/"
    assert "Already uploaded: lab.csv" in again.content.decode()
    assert Upload.objects.count() == 1

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/mrv/uploads/{upload.pk}/reprocess/")
    html = client.get(f"/mrv/uploads/{upload.pk}/").content.decode()
    upload.refresh_from_db()
    assert (upload.status, upload.rows_failed) == ("done", 1)
    assert 'data-unknown-plant="PLANT_Y"' in html
    assert 'data-unknown-plant="PLANT_X"' not in html
    first = _counts()
    assert first[0] == 3 and len(first[1]) == 2
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/mrv/uploads/{upload.pk}/reprocess/")
    assert _counts() == first


def test_reprocess_is_the_engineers_and_only_for_their_own_mrv_uploads(
    client, login, organization, other_organization
):
    ours = UploadFactory(
        organization=organization,
        kind=Upload.Kind.LAB_RESULTS,
        status=Upload.Status.DONE,
    )
    theirs = UploadFactory(
        organization=other_organization, kind=Upload.Kind.LAB_RESULTS
    )
    activities = UploadFactory(organization=organization, content=b"a,b\n1,2\n")
    login(Role.ANALYST)
    assert client.get(f"/mrv/uploads/{ours.pk}/").status_code == 200
    assert client.post(f"/mrv/uploads/{ours.pk}/reprocess/").status_code == 403
    login(Role.ADMIN)
    for upload in (theirs, activities):
        assert client.get(f"/mrv/uploads/{upload.pk}/").status_code == 404
        assert client.post(f"/mrv/uploads/{upload.pk}/reprocess/").status_code == 404
    assert client.post("/mrv/uploads/not-a-uuid/reprocess/").status_code == 404
    ours.refresh_from_db()
    assert ours.status == Upload.Status.DONE


def test_an_upload_still_being_processed_is_not_reprocessed(
    client, login, organization
):
    upload = UploadFactory(
        organization=organization,
        kind=Upload.Kind.LAB_RESULTS,
        status=Upload.Status.PARSING,
    )
    login(Role.ADMIN)
    response = client.post(f"/mrv/uploads/{upload.pk}/reprocess/", follow=True)
    assert "is still parsing" in response.content.decode()
    upload.refresh_from_db()
    assert upload.status == Upload.Status.PARSING


@pytest.fixture
def days(organization):
    plant = PlantFactory(organization=organization, code="PAGED")
    start = dt.date(2025, 1, 1)
    return [
        DailyRemovalFactory(plant=plant, date=start + dt.timedelta(days=n))
        for n in range(30)
    ]


def _removal_rows(html):
    return html.split('id="removals"')[1].split("</table>")[0].count("<tr>") - 1


def test_daily_removals_are_paginated_25_a_page_keeping_the_filters(
    client, login, days
):
    login(Role.ANALYST)
    query = "?plant=PAGED&date_from=2025-01-01&date_to=2025-03-31"
    first = client.get(URL + query).content.decode()
    assert _removal_rows(first) == 25
    assert "2025-01-25" in first and "2025-01-26" not in first.split('id="removals"')[1]
    next_link = (
        'href="?plant=PAGED&amp;date_from=2025-01-01&amp;date_to=2025-03-31'
        '&amp;days_page=2"'
    )
    assert next_link in first
    assert "Page 1 of 2" in first
    second = client.get(URL + query + "&days_page=2").content.decode()
    assert _removal_rows(second) == 5
    assert "2025-01-26" in second and "2025-01-30" in second
    assert 'rel="prev"' in second


def test_each_table_keeps_its_own_page(client, login, days):
    login(Role.ANALYST)
    html = client.get(URL + "?statements_page=3&days_page=2").content.decode()
    assert "statements_page=3&amp;days_page=1" in html  # the Previous link
    assert _removal_rows(html) == 5


def test_pager_links_are_htmx_with_href(client, login, days):
    login(Role.ANALYST)
    html = client.get(URL, HTTP_HX_REQUEST="true").content.decode()
    assert html.lstrip().startswith('<div id="mrv-results">')
    assert 'href="?days_page=2" hx-get="?days_page=2"' in html


def test_ph_chart_without_readings_says_so_instead(client, login, organization):
    plant = PlantFactory(organization=organization, code="NOPH")
    DailyRemovalFactory(plant=plant, ph_mean=None)
    login(Role.ANALYST)
    html = client.get(URL).content.decode()
    assert "No pH readings in this period." in html
    assert 'id="ph-chart"' not in html
    assert 'id="co2-chart"' in html


def test_ph_chart_with_readings_has_no_empty_message(client, login, days):
    login(Role.ANALYST)
    html = client.get(URL).content.decode()
    assert 'id="ph-chart"' in html
    assert "No pH readings in this period." not in html


def test_negative_days_carry_a_mark_and_a_legend(client, login, days):
    days[3].co2_t = Decimal("-0.25")
    days[3].save(update_fields=["co2_t"])
    login(Role.ANALYST)
    html = client.get(URL).content.decode()
    table = html.split('id="removals"')[1]
    rows = [row for row in table.split("<tr") if "2025-01-04" in row]
    assert 'class="badge negative"' in rows[0]
    assert sum('class="badge negative"' in row for row in table.split("<tr")) == 1
    assert "Negative: more CO2 released than removed" in html


def test_no_negative_legend_without_negative_days(client, login, days):
    login(Role.ANALYST)
    html = client.get(URL).content.decode()
    assert "Negative: more CO2 released than removed" not in html
    assert 'class="badge negative"' not in html


def test_figures_use_the_shared_display_rounding(client, login, days, organization):
    days[0].co2_t = Decimal("1234.56789")
    days[0].save(update_fields=["co2_t"])
    StatementFactory(
        organization=organization,
        plant=days[0].plant,
        total_co2_t=Decimal("1234.5678"),
        total_co2_t_uncertainty=Decimal("0.0123"),
    )
    login(Role.ANALYST)
    html = client.get(URL).content.decode()
    assert "<td>1,235 ± 0.05" in html  # `amount`: whole from 100, else 3 digits
    assert 'data-plant-total="PAGED" title="1,249.068 t CO2">1,249 t CO2</p>' in html
    assert "<td>1,234.568 ± 0.012</td>" in html  # a statement's audit figure
    assert "0.5000" not in html
