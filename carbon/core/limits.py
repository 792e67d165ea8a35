"""Process limits for work done in-process by a worker (external programs get
theirs in carbon.core.programs)."""

from __future__ import annotations

import contextlib
import resource
from collections.abc import Iterator


@contextlib.contextmanager
def address_space_limit(limit_bytes: int) -> Iterator[None]:
    """Cap this process's address space while the block runs (an allocation past
    it raises MemoryError), then restore the previous soft limit. A worker runs
    one task at a time, so the cap covers exactly that task."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = limit_bytes if hard == resource.RLIM_INFINITY else min(limit_bytes, hard)
    if limit_bytes <= 0 or (soft != resource.RLIM_INFINITY and soft <= cap):
        yield
        return
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
