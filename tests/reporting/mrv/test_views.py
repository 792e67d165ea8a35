import pytest

from accounts.models import Role
from reporting.mrv.models import Statement

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
    assert 'data-plant-total="PLANT_B">42.580 t' in html
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
    from django.core.files.uploadedfile import SimpleUploadedFile

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
