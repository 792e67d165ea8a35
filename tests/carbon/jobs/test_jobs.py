import pytest

from carbon.jobs.models import Job
from carbon.jobs.services import job_enqueue
from tests.carbon.jobs import flaky_tasks
from tests.conftest import assert_problem

pytestmark = pytest.mark.django_db


def test_task_failing_twice_then_succeeding_ends_succeeded_after_three_attempts(
    organization, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        job = job_enqueue(
            "tests.carbon.jobs.flaky_tasks.fail_twice_then_succeed",
            kind="test.flaky",
            args=["a"],
            organization=organization,
        )
    job.refresh_from_db()
    assert job.status == Job.Status.SUCCEEDED
    assert job.attempts == 3
    assert flaky_tasks.CALLS["a"] == 3
    assert job.error == ""
    assert job.duration_ms is not None


def test_task_out_of_attempts_is_failed_with_its_error(
    organization, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        job = job_enqueue(
            "tests.carbon.jobs.flaky_tasks.always_fail",
            kind="test.broken",
            profile="io",
            args=["b"],
            organization=organization,
            max_attempts=2,
        )
    job.refresh_from_db()
    assert job.status == Job.Status.FAILED
    assert job.attempts == 2
    assert "ValueError: permanent failure" in job.error


def test_jobs_api_lists_and_filters(
    api, admin_user, django_capture_on_commit_callbacks
):
    organization = admin_user.membership.organization
    with django_capture_on_commit_callbacks(execute=True):
        job_enqueue(
            "tests.carbon.jobs.flaky_tasks.always_fail",
            kind="test.broken",
            profile="io",
            args=["c"],
            organization=organization,
            max_attempts=1,
        )
        job_enqueue(
            "tests.carbon.jobs.flaky_tasks.fail_twice_then_succeed",
            kind="test.flaky",
            args=["d"],
            organization=organization,
        )
    response = api.get("/api/v1/jobs/", {"status": "failed"})
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    assert body["results"][0]["kind"] == "test.broken"
    assert body["results"][0]["profile"] == "io"
    assert api.get("/api/v1/jobs/", {"profile": "default"}).json()["count"] == 1
    assert_problem(
        api.get("/api/v1/jobs/", {"status": "bogus"}), 400, "validation_error"
    )


def test_admin_retries_a_failed_job(
    api, admin_user, django_capture_on_commit_callbacks
):
    organization = admin_user.membership.organization
    with django_capture_on_commit_callbacks(execute=True):
        job = job_enqueue(
            "tests.carbon.jobs.flaky_tasks.fail_twice_then_succeed",
            kind="test.flaky",
            args=["e"],
            organization=organization,
            max_attempts=1,
        )
    job.refresh_from_db()
    assert job.status == Job.Status.FAILED
    with django_capture_on_commit_callbacks(execute=True):
        response = api.post(f"/api/v1/jobs/{job.pk}/retry/")
    assert response.status_code == 200
    job.refresh_from_db()
    assert job.status == Job.Status.SUCCEEDED
    assert job.attempts == 3
    assert_problem(api.post(f"/api/v1/jobs/{job.pk}/retry/"), 409, "conflict")


def test_other_organizations_job_is_404(api, other_organization):
    job = Job.objects.create(
        kind="x", func="x", organization=other_organization, status=Job.Status.FAILED
    )
    assert_problem(api.post(f"/api/v1/jobs/{job.pk}/retry/"), 404, "not_found")
