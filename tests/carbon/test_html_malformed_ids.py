import uuid
from urllib.parse import quote

import pytest
from django.contrib.messages import get_messages

from accounts.models import Role
from tests.ingestion.factories import UploadFactory
from tests.matching.ai_factories import ActivityFactory
from tests.reporting.registry.factories import ProjectFactory

pytestmark = pytest.mark.django_db

MALFORMED = ["not-a-uuid", "' OR 1=1", "a" * 1000]
SOME_ID = uuid.UUID("00000000-0000-4000-8000-000000000001")
RETIRE = {"serial_start": 1, "serial_end": 1, "beneficiary": "B", "reason": "R"}


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    client.raise_request_exception = False
    return client


@pytest.fixture
def urls(organization):
    upload = UploadFactory(organization=organization)
    return {
        "upload": upload.pk,
        "project": ProjectFactory(organization=organization).pk,
        "activity": ActivityFactory(upload=upload).pk,
    }


def _post_404(bad):
    return [
        ("/matching/review/", {"row": f"{SOME_ID}:override", f"factor-{SOME_ID}": bad}),
        ("/matching/review/groups/", {"account": "Travel", "account_factor": bad}),
        ("/matching/review/groups/", {"group": "g|override", "factor-g": bad}),
        ("/uploads/{upload}/recalculate/", {"apply": bad}),
        ("/registry/ingestion-issues/", {"issue": bad, "status": "resolved"}),
    ]


def _post_message(bad):
    return [
        ("/matching/review/", {"row": f"{bad}:accept"}, "Unknown activity"),
        (
            "/matching/review/",
            {"bulk": "override", "activity_ids": bad, "bulk_factor": SOME_ID},
            "Unknown activity on this page.",
        ),
        (
            "/matching/review/",
            {"bulk": "override", "activity_ids": "{activity}", "bulk_factor": bad},
            "Unknown factor.",
        ),
        (
            "/registry/work/{project}/",
            {"action": "retire", "batch": bad, **RETIRE},
            "batch",
        ),
    ]


@pytest.mark.parametrize(
    ("path", "data"), [case for bad in MALFORMED for case in _post_404(bad)]
)
def test_malformed_id_in_a_post_is_404(admin_client, urls, path, data):
    assert admin_client.post(path.format(**urls), data).status_code == 404


@pytest.mark.parametrize(
    ("path", "data", "says"),
    [case for bad in MALFORMED for case in _post_message(bad)],
)
def test_malformed_id_in_a_form_is_a_message(admin_client, urls, path, data, says):
    data = {name: str(value).format(**urls) for name, value in data.items()}
    response = admin_client.post(path.format(**urls), data)
    assert response.status_code == 302
    shown = " ".join(str(m) for m in get_messages(response.wsgi_request))
    assert says in shown


@pytest.mark.parametrize("bad", MALFORMED)
@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/matching/review/?upload={bad}", 200),
        ("/matching/review/groups/?upload={bad}", 200),
        ("/jobs/?subject_id={bad}", 200),
        ("/registry/?methodology={bad}", 200),
        ("/registry/projects/{bad}/", 404),
        ("/uploads/{upload}/?group_by={bad}", 200),
    ],
)
def test_malformed_id_in_a_query_is_ignored_or_404(
    admin_client, urls, path, status, bad
):
    response = admin_client.get(path.format(bad=quote(bad), **urls))
    assert response.status_code == status


@pytest.mark.parametrize("issue", [str(SOME_ID), *MALFORMED])
def test_unknown_issue_is_404_before_the_role_check(client, member, issue):
    client.force_login(member(Role.VIEWER))
    response = client.post("/registry/ingestion-issues/", {"issue": issue})
    assert response.status_code == 404
