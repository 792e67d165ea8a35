import pytest
from django.conf import settings as django_settings
from django.utils.module_loading import import_string

from carbon.jobs.models import Job
from carbon.jobs.services import job_enqueue
from ingestion.models import Upload
from ingestion.services.pipeline import (
    STEP_STATUS,
    STEP_TASK,
    StepResult,
    StepTask,
    pipeline_steps,
    upload_pipeline_restart,
    upload_pipeline_start,
    upload_step_continuation,
    upload_step_run,
)
from tests.ingestion import pipeline_steps as steps
from tests.ingestion.factories import UploadFactory

pytestmark = pytest.mark.django_db

STEPS = "tests.ingestion.pipeline_steps"


def _table(parse="parse", match="match", calculate="calculate"):
    return {
        "activities": (
            ("parse", f"{STEPS}.{parse}", "io"),
            ("match", f"{STEPS}.{match}", "cpu"),
            ("calculate", f"{STEPS}.{calculate}", "cpu"),
        )
    }


@pytest.fixture
def pipeline(settings):
    """pipeline(**steps) -> the activities pipeline runs the test steps."""
    steps.CALLS.clear()

    def use(**names):
        settings.UPLOAD_PIPELINES = _table(**names)

    use()
    return use


def _jobs(upload):
    return list(
        Job.objects.filter(subject_id=upload.pk)
        .order_by("created_at")
        .values_list("kind", "func", "args", "profile")
    )


@pytest.mark.parametrize("status", [Upload.Status.FAILED, Upload.Status.NEEDS_MAPPING])
def test_a_stopped_upload_is_not_run_again(pipeline, status):
    upload = UploadFactory(status=status, failure="before")

    result = upload_step_run(upload.pk, step="parse")

    upload.refresh_from_db()
    assert result.outcome == StepResult.STOPPED
    assert not result.goes_on
    assert steps.CALLS == []
    assert (upload.status, upload.failure) == (status, "before")
    assert _jobs(upload) == []


def test_a_step_the_upload_is_past_is_skipped_and_the_pipeline_goes_on(pipeline):
    upload = UploadFactory(status=Upload.Status.CALCULATING)

    result = upload_step_run(upload.pk, step="match")

    upload.refresh_from_db()
    assert result.outcome == StepResult.SKIPPED
    assert steps.CALLS == []
    assert upload.status == Upload.Status.CALCULATING
    assert _jobs(upload) == [
        ("upload.calculate", STEP_TASK, [str(upload.pk), "calculate"], "cpu")
    ]


def test_a_step_sets_its_status_and_counters_and_queues_the_next_from_the_table(
    pipeline,
):
    upload = UploadFactory()
    assert upload.status == Upload.Status.QUEUED

    result = upload_step_run(upload.pk, step="parse")

    upload.refresh_from_db()
    assert result.outcome == StepResult.DONE
    assert steps.CALLS == [("parse", Upload.Status.PARSING)]
    assert upload.status == Upload.Status.PARSING
    assert upload.started_at is not None
    assert (upload.rows_total, upload.rows_parsed) == (3, 3)
    assert upload.finished_at is None
    assert _jobs(upload) == [
        ("upload.match", STEP_TASK, [str(upload.pk), "match"], "cpu")
    ]


def test_a_step_runs_again_at_its_own_stage(pipeline):
    upload = UploadFactory(status=Upload.Status.MATCHING)

    upload_step_run(upload.pk, step="match", queue_next=False)

    upload.refresh_from_db()
    assert steps.CALLS == [("match", Upload.Status.MATCHING)]
    assert upload.activities_matched == 2
    assert _jobs(upload) == []


def test_the_last_step_finishes_the_upload_and_queues_nothing(pipeline):
    upload = UploadFactory(status=Upload.Status.MATCHING)

    upload_step_run(upload.pk, step="calculate")

    upload.refresh_from_db()
    assert steps.CALLS == [("calculate", Upload.Status.CALCULATING)]
    assert upload.status == Upload.Status.DONE
    assert upload.activities_calculated == 2
    assert upload.finished_at is not None
    assert _jobs(upload) == []


def test_a_failed_result_fails_the_upload_with_its_counters(pipeline):
    pipeline(parse="unreadable")
    upload = UploadFactory(rows_parsed=5)

    result = upload_step_run(upload.pk, step="parse")

    upload.refresh_from_db()
    assert not result.goes_on
    assert upload.status == Upload.Status.FAILED
    assert upload.failure == "The file is empty."
    assert upload.rows_parsed == 0
    assert upload.finished_at is not None
    assert _jobs(upload) == []


def test_a_waiting_step_queues_nothing_and_its_continuation_comes_from_the_table(
    pipeline,
):
    pipeline(match="waiting")
    upload = UploadFactory(status=Upload.Status.PARSING)

    result = upload_step_run(upload.pk, step="match")

    upload.refresh_from_db()
    assert result.outcome == StepResult.WAITING
    assert upload.status == Upload.Status.MATCHING
    assert _jobs(upload) == []
    assert upload_step_continuation(upload=upload) == StepTask(
        func=STEP_TASK, args=[str(upload.pk), "match"], profile="cpu"
    )


def test_a_step_that_raises_fails_the_upload_on_its_jobs_last_attempt(
    pipeline, django_capture_on_commit_callbacks
):
    pipeline(match="crash")
    upload = UploadFactory()

    with django_capture_on_commit_callbacks(execute=True):
        upload_pipeline_start(upload=upload)

    upload.refresh_from_db()
    job = Job.objects.get(subject_id=upload.pk, kind="upload.match")
    assert (job.status, job.attempts) == (Job.Status.FAILED, job.max_attempts)
    assert "step exploded" in job.error
    assert upload.status == Upload.Status.FAILED
    assert upload.failure == "upload.match failed: RuntimeError: step exploded"
    assert steps.CALLS[0] == ("parse", Upload.Status.PARSING)
    assert steps.CALLS[1:] == [("crash", Upload.Status.MATCHING)] * job.max_attempts
    assert not Job.objects.filter(subject_id=upload.pk, kind="upload.calculate")


def test_a_step_that_raises_with_attempts_left_leaves_the_upload_to_the_retry(
    pipeline,
):
    pipeline(match="crash")
    upload = UploadFactory(status=Upload.Status.PARSING)

    with pytest.raises(RuntimeError, match="step exploded"):
        upload_step_run(upload.pk, step="match")

    upload.refresh_from_db()
    assert (upload.status, upload.failure) == (Upload.Status.MATCHING, "")
    assert _jobs(upload) == []


def test_a_new_upload_runs_every_step_through_the_owner(
    pipeline, django_capture_on_commit_callbacks
):
    upload = UploadFactory()

    with django_capture_on_commit_callbacks(execute=True):
        upload_pipeline_start(upload=upload)

    upload.refresh_from_db()
    assert upload.status == Upload.Status.DONE
    assert [name for name, _status in steps.CALLS] == ["parse", "match", "calculate"]
    jobs = Job.objects.filter(subject_id=upload.pk).order_by("created_at")
    assert [(job.kind, job.func, job.status) for job in jobs] == [
        (f"upload.{name}", STEP_TASK, Job.Status.SUCCEEDED)
        for name in ("parse", "match", "calculate")
    ]


@pytest.mark.parametrize(
    ("func", "status", "step"),
    [
        ("ingestion.tasks.upload_parse", Upload.Status.QUEUED, "parse"),
        ("ingestion.tasks.mrv_upload_parse", Upload.Status.QUEUED, "parse"),
        ("matching.tasks.upload_match", Upload.Status.PARSING, "match"),
        ("reporting.tasks.upload_calculate", Upload.Status.MATCHING, "calculate"),
        (
            "reporting.mrv.tasks.upload_removals_calculate",
            Upload.Status.MATCHING,
            "calculate",
        ),
    ],
)
def test_a_job_queued_under_an_old_task_path_still_runs_its_step(
    pipeline, django_capture_on_commit_callbacks, func, status, step
):
    upload = UploadFactory(status=status)

    with django_capture_on_commit_callbacks(execute=True):
        job = job_enqueue(
            func,
            kind=f"upload.{step}",
            args=[str(upload.pk)],
            organization=upload.organization,
            subject=upload,
        )

    job.refresh_from_db()
    upload.refresh_from_db()
    assert job.status == Job.Status.SUCCEEDED
    assert steps.CALLS[0] == (step, STEP_STATUS[step])
    assert upload.status == Upload.Status.DONE


def test_a_restart_forgets_the_progress_and_queues_the_first_step(pipeline):
    upload = UploadFactory(
        status=Upload.Status.DONE,
        rows_total=3,
        rows_parsed=3,
        checkpoint_row=4,
        activities_matched=3,
        activities_calculated=3,
    )

    upload_pipeline_restart(upload=upload, forget_progress=True)

    upload.refresh_from_db()
    assert upload.status == Upload.Status.QUEUED
    assert (upload.started_at, upload.finished_at) == (None, None)
    assert (upload.rows_total, upload.rows_parsed, upload.checkpoint_row) == (
        None,
        0,
        0,
    )
    assert (upload.activities_matched, upload.activities_calculated) == (0, 0)
    assert _jobs(upload) == [
        ("upload.parse", STEP_TASK, [str(upload.pk), "parse"], "io")
    ]


def test_a_step_may_report_only_upload_counters():
    with pytest.raises(ValueError, match="status"):
        StepResult.done(status=Upload.Status.DONE)


@pytest.mark.parametrize("kind", Upload.Kind.values)
def test_every_upload_kind_has_a_pipeline_of_known_steps(kind):
    table = pipeline_steps(kind)

    assert table
    assert django_settings.UPLOAD_PIPELINES[kind] == table
    for name, func, profile in table:
        assert name in STEP_STATUS
        assert callable(import_string(func))
        assert profile in Job.Profile.values
