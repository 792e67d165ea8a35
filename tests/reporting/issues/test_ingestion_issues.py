import json
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.test import Client

from accounts.models import Role
from carbon.jobs.models import Job
from ingestion.models import RowError, Upload
from reporting.issues.models import IngestionIssue
from reporting.issues.services import ingestion_issues_detect
from reporting.mrv.models import QaIssue
from sites.models import OutboxEvent
from sites.services.outbox import outbox_relay
from tests.accounts.factories import OrganizationFactory
from tests.conftest import assert_problem
from tests.ingestion.factories import UploadFactory
from tests.reporting.mrv.factories import PlantFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/registry/ingestion-issues/"


class Hook(BaseHTTPRequestHandler):
    received: list = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        Hook.received.append(json.loads(body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def hook():
    Hook.received = []
    server = HTTPServer(("127.0.0.1", 0), Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()


@pytest.fixture
def failures(organization):
    failed = UploadFactory(
        organization=organization,
        status=Upload.Status.FAILED,
        failure="Not a spreadsheet",
        filename="broken.csv",
        content=b"broken",
    )
    partial = UploadFactory(organization=organization, filename="partial.csv")
    RowError.objects.bulk_create(
        [
            RowError(upload=partial, row=3, column="quantity", message="Not a number"),
            RowError(upload=partial, row=4, column="quantity", message="Not a number"),
            RowError(upload=partial, row=9, column="unit", message="Unknown unit"),
        ]
    )
    job = Job.objects.create(
        organization=organization,
        kind="upload.parse",
        func="ingestion.tasks.upload_parse",
        status=Job.Status.FAILED,
        error="Traceback: boom",
    )
    return {"failed": failed, "partial": partial, "job": job}


def test_each_failure_opens_one_issue_and_one_alert_however_often_detected(
    organization, failures, hook
):
    organization.webhook_url = f"http://127.0.0.1:{hook.server_port}/hook"
    organization.save()
    opened = ingestion_issues_detect(organization=organization)
    assert sorted(i.kind for i in opened) == [
        "failed_job",
        "failed_upload",
        "row_errors",
        "row_errors",
    ]
    assert ingestion_issues_detect(organization=organization) == []
    topic = OutboxEvent.Topic.INGESTION_ISSUE_OPENED
    assert OutboxEvent.objects.filter(topic=topic).count() == 4
    outbox_relay()
    outbox_relay()
    assert sorted(e["data"]["kind"] for e in Hook.received) == [
        "failed_job",
        "failed_upload",
        "row_errors",
        "row_errors",
    ]
    assert {e["type"] for e in Hook.received} == {"ingestion.issue_opened"}
    quantity = IngestionIssue.objects.get(fingerprint__endswith=":quantity")
    assert quantity.occurrences == 2
    RowError.objects.create(
        upload=failures["partial"], row=11, column="quantity", message="Not a number"
    )
    assert ingestion_issues_detect(organization=organization) == []
    quantity.refresh_from_db()
    assert quantity.occurrences == 3
    assert OutboxEvent.objects.filter(topic=topic).count() == 4


def test_api_lists_links_and_triages_issues(
    organization, failures, api, member, api_client_for
):
    other_organization = OrganizationFactory()
    ingestion_issues_detect(organization=organization)
    body = api.get(URL, {"kind": "failed_upload"}).json()
    assert body["count"] == 1
    issue = body["results"][0]
    assert issue["status"] == "open"
    assert issue["link"] == f"/uploads/{failures['failed'].pk}/"
    assert issue["detail"] == "Not a spreadsheet"
    analyst = member(Role.ANALYST)
    changed = api.patch(
        f"{URL}{issue['id']}/", {"status": "acknowledged", "assignee": analyst.email}
    ).json()
    assert changed["status"] == "acknowledged"
    assert changed["assignee"] == analyst.email
    resolved = api.patch(f"{URL}{issue['id']}/", {"status": "resolved"}).json()
    assert resolved["resolved_at"] is not None
    assert api.get(URL, {"status": "open"}).json()["count"] == 3
    viewer = api_client_for(member(Role.VIEWER))
    assert viewer.get(URL).status_code == 200
    assert_problem(
        viewer.patch(f"{URL}{issue['id']}/", {"status": "open"}),
        403,
        "permission_denied",
    )
    stranger = member(Role.ADMIN, org=other_organization)
    assert_problem(
        api_client_for(stranger).get(f"{URL}{issue['id']}/"), 404, "not_found"
    )
    outsider = member(Role.ANALYST, org=other_organization)
    assert_problem(
        api.patch(f"{URL}{issue['id']}/", {"assignee": outsider.email}),
        400,
        "validation_error",
    )


def test_issues_page_shows_and_triages(organization, failures, admin_user):
    ingestion_issues_detect(organization=organization)
    client = Client()
    client.force_login(admin_user)
    page = client.get("/registry/ingestion-issues/")
    assert page.status_code == 200
    assert b"Upload broken.csv failed" in page.content
    issue = IngestionIssue.objects.get(kind="failed_job")
    response = client.post(
        "/registry/ingestion-issues/",
        {"issue": issue.pk, "status": "acknowledged", "assign": "me"},
    )
    assert response.status_code == 302
    issue.refresh_from_db()
    assert issue.status == "acknowledged"
    assert issue.assignee == admin_user
    assert Client().get("/registry/ingestion-issues/").status_code == 302


def test_mrv_qaqc_findings_are_ingestion_issues_once_per_plant_and_code(
    organization, api
):
    plant = PlantFactory(organization=organization)
    for day in (1, 2, 3):
        QaIssue.objects.create(
            organization=organization,
            plant=plant,
            date=date(2025, 4, day),
            level=1,
            code="duplicate_conflict",
            message="Two reports disagree by more than 1 %.",
        )
    first = ingestion_issues_detect(organization=organization)
    again = ingestion_issues_detect(organization=organization)
    issue = IngestionIssue.objects.get(kind=IngestionIssue.Kind.MRV_QAQC)
    assert [i.pk for i in first] == [issue.pk]
    assert again == []
    assert issue.occurrences == 3
    assert plant.code in issue.title
    body = api.get(URL, {"kind": "mrv_qaqc"}).json()
    assert body["results"][0]["link"].endswith(f"?plant={plant.code}")
