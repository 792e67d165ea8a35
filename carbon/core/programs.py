"""External programs as tasks (DESIGN.md: "Python functions or external programs").

A program (Node.js, or anything with an interpreter on the worker) reads one JSON
document on stdin and writes one JSON document on stdout. It runs in its own
process group, in an empty working directory, with a minimal environment and the
limits of the profile it runs under: wall-clock timeout, CPU seconds and address
space. A crash, a timeout, a non-zero exit or output that is not JSON raises
ProgramFailed, which the Job records (and retries) like any other task failure.

    job_enqueue("carbon.core.programs.program_task", kind="results.group_totals",
                profile="cpu", kwargs={"program": "reporting/programs/group_totals.mjs",
                                       "payload": {...}})
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import tempfile
from dataclasses import dataclass

from django.conf import settings

from carbon.core.exceptions import ApplicationError
from carbon.core.profiles import profile_timeout

INTERPRETERS = {".mjs": "node", ".js": "node", ".py": "python3"}
MAX_OUTPUT_BYTES = 50 * 1024 * 1024


class ProgramFailed(ApplicationError):
    code = "program_failed"
    status = 500
    title = "External program failed"


@dataclass(frozen=True)
class ProgramLimits:
    timeout_seconds: float
    cpu_seconds: int
    address_space_bytes: int


def profile_limits(profile: str) -> ProgramLimits:
    timeout = float(profile_timeout(profile))
    return ProgramLimits(
        timeout_seconds=timeout,
        cpu_seconds=int(timeout) + 1,
        address_space_bytes=settings.PROGRAM_MAX_ADDRESS_SPACE_BYTES,
    )


def _argv(program: str) -> list[str]:
    path = (settings.BASE_DIR / program).resolve()
    if settings.BASE_DIR.resolve() not in path.parents or not path.is_file():
        raise ProgramFailed(f"Unknown program {program!r}.")
    interpreter = INTERPRETERS.get(path.suffix)
    executable = shutil.which(interpreter) if interpreter else None
    if executable is None:
        raise ProgramFailed(f"No interpreter for {program!r} on this worker.")
    return [executable, str(path)]


def program_run(*, program: str, payload: dict, limits: ProgramLimits) -> dict:
    """Run a project program on `payload`. Raises ProgramFailed."""
    argv = _argv(program)

    def apply_limits() -> None:
        os.setsid()
        resource.setrlimit(
            resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds)
        )
        resource.setrlimit(
            resource.RLIMIT_AS, (limits.address_space_bytes, limits.address_space_bytes)
        )

    with tempfile.TemporaryDirectory(prefix="carbon-program-") as workdir:
        try:
            completed = subprocess.run(
                argv,
                input=json.dumps(payload).encode(),
                capture_output=True,
                cwd=workdir,
                env={
                    "PATH": os.environ.get("PATH", ""),
                    "LANG": "C.UTF-8",
                    "HOME": workdir,
                },
                timeout=limits.timeout_seconds,
                preexec_fn=apply_limits,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise ProgramFailed(
                f"{program} did not finish within {limits.timeout_seconds:g} s."
            ) from exc
    if completed.returncode != 0:
        stderr = completed.stderr.decode(errors="replace")[-2000:]
        raise ProgramFailed(f"{program} exited with {completed.returncode}: {stderr}")
    if len(completed.stdout) > MAX_OUTPUT_BYTES:
        raise ProgramFailed(f"{program} wrote more than {MAX_OUTPUT_BYTES} bytes.")
    try:
        result = json.loads(completed.stdout)
    except json.JSONDecodeError as exc:
        raise ProgramFailed(f"{program} did not write a JSON document: {exc}") from exc
    if not isinstance(result, dict):
        raise ProgramFailed(f"{program} must write a JSON object.")
    return result


def program_task(*, program: str, payload: dict, profile: str = "cpu") -> dict:
    """Task entry point: run the program under its profile's limits."""
    return program_run(program=program, payload=payload, limits=profile_limits(profile))
