import random
import shutil
from decimal import Decimal

import pytest

from carbon.core.programs import ProgramFailed, ProgramLimits, program_run
from carbon.jobs.models import Job
from carbon.jobs.services import job_enqueue

pytestmark = pytest.mark.django_db

needs_node = pytest.mark.skipif(
    shutil.which("node") is None,
    reason="Node.js is not installed on this worker; external-program tests skipped",
)
GROUP_TOTALS = "reporting/programs/group_totals.mjs"
LIMITS = ProgramLimits(
    timeout_seconds=20, cpu_seconds=20, address_space_bytes=4 * 1024**3
)


def _rows(count: int) -> list[dict]:
    rng = random.Random(7)
    groups = ["fuel", "electricity", "travel", "materials"]
    return [
        {"group": rng.choice(groups), "co2e_kg": f"{rng.randint(0, 10**9) / 1000:.3f}"}
        for _ in range(count)
    ]


@needs_node
def test_node_program_sums_groups_exactly():
    rows = _rows(5000)
    result = program_run(program=GROUP_TOTALS, payload={"rows": rows}, limits=LIMITS)
    expected: dict[str, Decimal] = {}
    for row in rows:
        expected[row["group"]] = expected.get(row["group"], Decimal(0)) + Decimal(
            row["co2e_kg"]
        )
    assert {g["group"]: Decimal(g["co2e_kg"]) for g in result["groups"]} == expected
    assert Decimal(result["total"]["co2e_kg"]) == sum(expected.values())
    assert result["total"]["activities"] == 5000


@needs_node
def test_program_task_runs_as_a_tracked_job_and_keeps_its_result(
    organization, django_capture_on_commit_callbacks
):
    rows = [{"group": "fuel", "co2e_kg": "1.5"}, {"group": "fuel", "co2e_kg": "2.25"}]
    with django_capture_on_commit_callbacks(execute=True):
        job = job_enqueue(
            "carbon.core.programs.program_task",
            kind="results.group_totals",
            profile="cpu",
            kwargs={
                "program": GROUP_TOTALS,
                "payload": {"rows": rows},
                "profile": "cpu",
            },
            organization=organization,
        )
    job.refresh_from_db()
    assert job.status == Job.Status.SUCCEEDED
    assert job.result["total"] == {"activities": 2, "co2e_kg": "3.750000"}


@needs_node
def test_bad_input_fails_the_job_with_the_programs_error(
    organization, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        job = job_enqueue(
            "carbon.core.programs.program_task",
            kind="results.group_totals",
            profile="cpu",
            kwargs={
                "program": GROUP_TOTALS,
                "payload": {"rows": [{"group": "x", "co2e_kg": "ten"}]},
            },
            organization=organization,
            max_attempts=2,
        )
    job.refresh_from_db()
    assert job.status == Job.Status.FAILED
    assert job.attempts == 2
    assert "not a decimal: ten" in job.error


@pytest.mark.parametrize(
    ("source", "limits", "message"),
    [
        (
            "import time\ntime.sleep(30)\n",
            ProgramLimits(1, 5, 4 * 1024**3),
            "did not finish",
        ),
        ("print('not json')\n", LIMITS, "did not write a JSON document"),
        ("import sys\nsys.exit(3)\n", LIMITS, "exited with 3"),
        (
            "x = bytearray(2 * 1024**3)\n",
            ProgramLimits(20, 20, 512 * 1024**2),
            "exited with 1",
        ),
    ],
    ids=["timeout", "garbage-output", "exit-code", "memory-limit"],
)
def test_misbehaving_programs_raise_program_failed(
    settings, tmp_path, source, limits, message
):
    program = settings.BASE_DIR / "reporting" / "programs" / f"_test_{tmp_path.name}.py"
    program.write_text(source)
    try:
        with pytest.raises(ProgramFailed, match=message):
            program_run(
                program=str(program.relative_to(settings.BASE_DIR)),
                payload={},
                limits=limits,
            )
    finally:
        program.unlink()


def test_programs_outside_the_project_are_refused():
    with pytest.raises(ProgramFailed, match="Unknown program"):
        program_run(program="../../etc/passwd", payload={}, limits=LIMITS)
