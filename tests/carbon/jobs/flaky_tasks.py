"""Task functions for the job tests, failing a set number of times."""

CALLS: dict[str, int] = {}


def fail_twice_then_succeed(key: str) -> None:
    CALLS[key] = CALLS.get(key, 0) + 1
    if CALLS[key] <= 2:
        raise RuntimeError(f"transient failure {CALLS[key]}")


def always_fail(key: str) -> None:
    CALLS[key] = CALLS.get(key, 0) + 1
    raise ValueError("permanent failure")


def fail_until_attempt(path: str, succeed_on: int) -> None:
    """Counts calls in a file so separate worker processes share the count."""
    from pathlib import Path

    counter = Path(path)
    calls = int(counter.read_text() or 0) + 1 if counter.exists() else 1
    counter.write_text(str(calls))
    if calls < succeed_on:
        raise RuntimeError(f"transient failure {calls}")
