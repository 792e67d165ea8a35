import pytest

from accounts.models import Role
from carbon.jobs.models import Job

pytestmark = pytest.mark.django_db


def _job(organization, **fields):
    return Job.objects.create(
        **{"kind": "upload.parse", "func": "x", "organization": organization, **fields}
    )


def test_jobs_page_lists_only_own_jobs_and_filters(
    client, member, organization, other_organization
):
    _job(organization, status=Job.Status.FAILED, error="boom")
    _job(organization, status=Job.Status.SUCCEEDED, profile="io")
    _job(other_organization, kind="secret.kind")
    client.force_login(member(Role.VIEWER))
    page = client.get("/jobs/").content.decode()
    assert page.count("upload.parse") == 2
    assert "secret.kind" not in page
    failed = client.get("/jobs/", {"status": "failed"}).content.decode()
    assert failed.count("upload.parse") == 1


def test_htmx_refresh_returns_only_the_table(client, member, organization):
    _job(organization)
    client.force_login(member(Role.ANALYST))
    fragment = client.get("/jobs/", HTTP_HX_REQUEST="true").content.decode()
    assert 'id="jobs-live"' in fragment
    assert "<html" not in fragment


def test_admin_retries_from_the_monitor_and_viewer_cannot(client, member, organization):
    job = _job(
        organization,
        status=Job.Status.FAILED,
        attempts=1,
        max_attempts=1,
        func="tests.carbon.jobs.flaky_tasks.fail_twice_then_succeed",
        args=["html"],
    )
    client.force_login(member(Role.VIEWER))
    assert client.post(f"/jobs/{job.pk}/retry/").status_code == 403
    client.force_login(member(Role.ADMIN))
    response = client.post(f"/jobs/{job.pk}/retry/")
    assert response.status_code == 302
    job.refresh_from_db()
    assert job.status == Job.Status.QUEUED
    assert job.max_attempts > job.attempts
