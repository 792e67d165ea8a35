"""The upload pipeline's one owner: it runs a step, records what the step did on the
upload and queues the next step.

`settings.UPLOAD_PIPELINES` is the one table: per upload kind, the steps in order as
(name, dotted path of the step function, task profile). A step is a plain function
`step(upload) -> StepResult`: it does its work (parse a file, match keys, calculate)
and says what it did (counters, a failure, "needs a column mapping", "waiting" for
work elsewhere that runs it again). It never writes the upload's status or counters
and never names the next step. This module does, for every kind:

- the stage rule: a failed upload, or one waiting for a person's column mapping, is
  not run; a step the upload is already past is skipped and the pipeline goes on;
- the upload's status, counters, failure and timestamps;
- each step as a tracked Job (kind `upload.<step>`, the upload as its subject), whose
  last failed attempt fails the upload;
- the next step, from the table, queued in the transaction that records this one.

Steps are reached through their dotted paths (import_string), so ingestion never
imports the apps above it (ARCHITECTURE.md, ADR-008). Every step's task is
`ingestion.tasks.upload_step`; the older per-app task paths hand over to it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.module_loading import import_string

from carbon.jobs.models import Job
from carbon.jobs.services import job_enqueue
from ingestion.models import Upload

logger = logging.getLogger(__name__)

# The one task that runs any step: args [upload id, step name].
STEP_TASK = "ingestion.tasks.upload_step"

# The status an upload has while a step runs, and the order of those stages: a step
# is skipped once the upload is past its stage.
STEP_STATUS = {
    "parse": Upload.Status.PARSING,
    "match": Upload.Status.MATCHING,
    "calculate": Upload.Status.CALCULATING,
}
_STAGE = {
    Upload.Status.QUEUED: 0,
    Upload.Status.PARSING: 1,
    Upload.Status.MATCHING: 2,
    Upload.Status.CALCULATING: 3,
    Upload.Status.DONE: 4,
}
# Stopped: no step runs until a person acts (re-process, map the columns).
_STOPPED = (Upload.Status.FAILED, Upload.Status.NEEDS_MAPPING)

# What a step may report; only this module writes them onto the upload.
COUNTERS = frozenset(
    {
        "rows_total",
        "rows_parsed",
        "rows_failed",
        "bytes_parsed",
        "checkpoint_row",
        "activities_matched",
        "activities_calculated",
    }
)


@dataclass(frozen=True)
class StepResult:
    """What a step did (or, from the owner, why it did not run).

    outcome: `done` (the pipeline goes on), `failed` (with `failure`, a reason a
    person reads), `needs_mapping` (stops until a person maps the columns),
    `waiting` (work elsewhere, e.g. an AI run, runs this step again when it is
    finished); the owner adds `skipped` (already past this step) and `stopped`
    (the upload had failed or needs mapping). `counters` go onto the upload;
    `after` runs once the outcome is committed (e.g. fresh planner statistics).
    """

    outcome: str
    counters: Mapping[str, int | None] = field(default_factory=dict)
    failure: str = ""
    after: Callable[[], None] | None = None

    DONE = "done"
    FAILED = "failed"
    NEEDS_MAPPING = "needs_mapping"
    WAITING = "waiting"
    SKIPPED = "skipped"
    STOPPED = "stopped"

    def __post_init__(self) -> None:
        unknown = set(self.counters) - COUNTERS
        if unknown:
            raise ValueError(f"not upload counters: {', '.join(sorted(unknown))}")
        object.__setattr__(self, "counters", dict(self.counters))

    @classmethod
    def done(cls, *, after: Callable[[], None] | None = None, **counters) -> StepResult:
        return cls(cls.DONE, counters, after=after)

    @classmethod
    def failed(cls, failure: str, **counters) -> StepResult:
        return cls(cls.FAILED, counters, failure=failure)

    @classmethod
    def needs_mapping(cls, **counters) -> StepResult:
        return cls(cls.NEEDS_MAPPING, counters)

    @classmethod
    def waiting(cls, **counters) -> StepResult:
        return cls(cls.WAITING, counters)

    @property
    def goes_on(self) -> bool:
        """The next step follows (this one is done, or was done before)."""
        return self.outcome in (self.DONE, self.SKIPPED)


@dataclass(frozen=True)
class StepTask:
    """How a step runs as a job: the task path, its args and its profile."""

    func: str
    args: list
    profile: str


def pipeline_steps(kind: str) -> tuple[tuple[str, str, str], ...]:
    """(step, step function path, profile) of an upload kind, in order."""
    try:
        return tuple(settings.UPLOAD_PIPELINES[kind])
    except KeyError:
        raise ValueError(f"no pipeline for uploads of kind {kind!r}") from None


def _step(kind: str, step: str) -> tuple[str, str, str]:
    for entry in pipeline_steps(kind):
        if entry[0] == step:
            return entry
    raise ValueError(f"uploads of kind {kind!r} have no step {step!r}")


def _next_step(kind: str, step: str) -> str | None:
    names = [name for name, _func, _profile in pipeline_steps(kind)]
    following = names[names.index(step) + 1 :]
    return following[0] if following else None


def upload_step_task(*, upload: Upload, step: str) -> StepTask:
    """The job that runs `step` of the upload's pipeline."""
    name, _func, profile = _step(upload.kind, step)
    return StepTask(func=STEP_TASK, args=[str(upload.pk), name], profile=profile)


def upload_step_continuation(*, upload: Upload) -> StepTask:
    """The job that runs again the step the upload is in (its status says which):
    what a step that returns `waiting` hands to the work it waits for."""
    for name, _func, _profile in pipeline_steps(upload.kind):
        if STEP_STATUS.get(name) == upload.status:
            return upload_step_task(upload=upload, step=name)
    raise ValueError(f"upload {upload.pk} is in no step ({upload.status})")


def upload_step_enqueue(*, upload: Upload, step: str) -> Job:
    """Queue one step of the upload's pipeline as a tracked job."""
    task = upload_step_task(upload=upload, step=step)
    return job_enqueue(
        task.func,
        kind=f"upload.{step}",
        profile=task.profile,
        args=task.args,
        organization=upload.organization,
        subject=upload,
    )


def upload_pipeline_start(*, upload: Upload) -> Job:
    """Queue the first step of a new upload's pipeline."""
    first, _func, _profile = pipeline_steps(upload.kind)[0]
    return upload_step_enqueue(upload=upload, step=first)


def upload_pipeline_next(*, upload: Upload, step: str) -> Job | None:
    """Queue the step after `step`; None after the last one."""
    following = _next_step(upload.kind, step)
    if following is None:
        return None
    return upload_step_enqueue(upload=upload, step=following)


@transaction.atomic
def upload_pipeline_restart(*, upload: Upload, forget_progress: bool = False) -> Job:
    """Run the upload's pipeline again from its first step (a re-process, a new
    column mapping): queued, no failure, no timestamps. `forget_progress`: its
    rows were forgotten, so its counters and resume point go back to zero too."""
    fields: dict = {
        "status": Upload.Status.QUEUED,
        "failure": "",
        "started_at": None,
        "finished_at": None,
    }
    if forget_progress:
        fields |= {
            "rows_total": None,
            "rows_parsed": 0,
            "rows_failed": 0,
            "bytes_parsed": 0,
            "checkpoint_row": 0,
            "activities_matched": 0,
            "activities_calculated": 0,
        }
    _write(upload, fields)
    return upload_pipeline_start(upload=upload)


def upload_parse_progress(
    *,
    upload: Upload,
    rows: int,
    rows_failed: int,
    checkpoint_row: int,
    bytes_parsed: int,
) -> None:
    """A loaded chunk's counts and resume point, in the chunk's own transaction (so
    a re-run resumes exactly after the last committed chunk)."""
    Upload.objects.filter(pk=upload.pk).update(
        rows_parsed=F("rows_parsed") + rows,
        rows_failed=F("rows_failed") + rows_failed,
        checkpoint_row=checkpoint_row,
        bytes_parsed=bytes_parsed,
    )
    upload.checkpoint_row = checkpoint_row


@transaction.atomic
def upload_fail(*, upload: Upload, message: str) -> Upload:
    _write(
        upload,
        {
            "status": Upload.Status.FAILED,
            "failure": message[:2000],
            "finished_at": timezone.now(),
        },
    )
    logger.info("upload.failed", extra={"upload_id": str(upload.pk), "reason": message})
    return upload


def _write(upload: Upload, fields: dict) -> None:
    """The one write of the upload's status and counters (besides a chunk's)."""
    if not fields:
        return
    Upload.objects.filter(pk=upload.pk).update(**fields)
    for name, value in fields.items():
        setattr(upload, name, value)


def _stage_check(upload: Upload, step: str) -> str | None:
    """None when the step runs; else `stopped` or `skipped`."""
    if upload.status in _STOPPED:
        return StepResult.STOPPED
    if _STAGE[upload.status] > _STAGE[STEP_STATUS[step]]:
        return StepResult.SKIPPED
    return None


def _enter(upload: Upload, step: str) -> None:
    fields: dict = {}
    status = STEP_STATUS[step]
    if upload.status != status:
        fields["status"] = status
    if upload.status == Upload.Status.QUEUED or upload.started_at is None:
        fields["started_at"] = timezone.now()
    _write(upload, fields)


def _record(upload: Upload, step: str, result: StepResult) -> None:
    if result.outcome == StepResult.FAILED:
        _write(upload, dict(result.counters))
        upload_fail(upload=upload, message=result.failure)
        return
    fields: dict = dict(result.counters)
    if result.outcome == StepResult.NEEDS_MAPPING:
        fields["status"] = Upload.Status.NEEDS_MAPPING
    elif result.outcome == StepResult.DONE and _next_step(upload.kind, step) is None:
        fields |= {"status": Upload.Status.DONE, "finished_at": timezone.now()}
    _write(upload, fields)


def _fail_upload_on_last_attempt(upload: Upload, step: str, exc: Exception) -> None:
    """The Job retries; once its attempts are used up the upload says it failed."""
    kind = f"upload.{step}"
    job = (
        Job.objects.filter(subject_id=upload.pk, kind=kind, status=Job.Status.RUNNING)
        .order_by("-created_at")
        .first()
    )
    if job is not None and job.attempts >= job.max_attempts:
        upload_fail(
            upload=upload, message=f"{kind} failed: {type(exc).__name__}: {exc}"
        )


def upload_step_run(upload_id, *, step: str, queue_next: bool = True) -> StepResult:
    """Run one step of an upload's pipeline: check the stage, set the status, run
    the step, record what it did and (with `queue_next`) queue the next step.

    A step that raises is left to its Job's retries (it is safe to re-run); the
    last attempt fails the upload. Raises ValueError for a step the upload's kind
    does not have."""
    with transaction.atomic():
        upload = (
            Upload.objects.select_for_update(of=("self",))
            .select_related("organization", "plant")
            .get(pk=upload_id)
        )
        _name, func, _profile = _step(upload.kind, step)
        not_run = _stage_check(upload, step)
        if not_run is None:
            _enter(upload, step)
        elif not_run == StepResult.SKIPPED and queue_next:
            upload_pipeline_next(upload=upload, step=step)
    if not_run is not None:
        return StepResult(not_run)
    try:
        result = import_string(func)(upload)
    except Exception as exc:  # task boundary: record on the upload, let the Job retry
        _fail_upload_on_last_attempt(upload, step, exc)
        raise
    with transaction.atomic():
        _record(upload, step, result)
        if result.goes_on and queue_next:
            upload_pipeline_next(upload=upload, step=step)
    logger.info(
        "upload.step_finished",
        extra={"upload_id": str(upload.pk), "step": step, "outcome": result.outcome},
    )
    if result.after is not None:
        result.after()
    return result
