"""Steps for the pipeline owner's tests: each records its call and says what it did."""

from ingestion.services.pipeline import StepResult

CALLS: list[tuple[str, str]] = []


def parse(upload) -> StepResult:
    CALLS.append(("parse", upload.status))
    return StepResult.done(rows_total=3, rows_parsed=3)


def match(upload) -> StepResult:
    CALLS.append(("match", upload.status))
    return StepResult.done(activities_matched=2)


def calculate(upload) -> StepResult:
    CALLS.append(("calculate", upload.status))
    return StepResult.done(activities_calculated=2)


def unreadable(upload) -> StepResult:
    CALLS.append(("unreadable", upload.status))
    return StepResult.failed("The file is empty.", rows_parsed=0)


def waiting(upload) -> StepResult:
    CALLS.append(("waiting", upload.status))
    return StepResult.waiting()


def crash(upload) -> StepResult:
    CALLS.append(("crash", upload.status))
    raise RuntimeError("step exploded")
