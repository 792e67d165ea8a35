"""Task functions for the job tests, failing a set number of times."""

CALLS: dict[str, int] = {}


def fail_twice_then_succeed(key: str) -> None:
    CALLS[key] = CALLS.get(key, 0) + 1
    if CALLS[key] <= 2:
        raise RuntimeError(f"transient failure {CALLS[key]}")


def always_fail(key: str) -> None:
    CALLS[key] = CALLS.get(key, 0) + 1
    raise ValueError("permanent failure")
