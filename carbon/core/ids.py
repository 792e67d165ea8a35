"""Time-ordered UUIDs for rows written in bulk.

RFC 9562 version 7 with a dedicated counter: 48 bits of Unix milliseconds, 12 random
bits, the variant, a 30-bit counter from a random start, then 32 random bits. The
ids of one batch increase, and later batches start later, so a primary-key index
takes them at its right edge instead of at a random page each (a million
activities: 4.0 s instead of 7.0 s in PostgreSQL). Concurrent batches in the same
millisecond interleave without colliding: their random bits differ.

They come as 32-digit hex text, which COPY reads as uuid: making a million UUID
objects only to print them again cost a second.
"""

from __future__ import annotations

import secrets
import time
from uuid import UUID

_COUNTER_BITS = 30
_RANDOM_BITS = 32
_VERSION = 0x7 << 76
_VARIANT = 0b10 << 62


def id_parse(value, *, model) -> UUID:
    """`value` (a form or query field) as a UUID; raises model.DoesNotExist (404)
    when it is not one, as for an id that names nothing."""
    if isinstance(value, UUID):
        return value
    try:
        return UUID(str(value))
    except ValueError:
        raise model.DoesNotExist(f"{model.__name__} id is not a UUID.") from None


def ordered_ids(count: int) -> list[str]:
    """`count` increasing version-7 UUIDs as hex text, starting now."""
    ids: list[str] = []
    while len(ids) < count:
        millis = time.time_ns() // 1_000_000
        start = secrets.randbits(_COUNTER_BITS - 1)  # half the range: room to count
        take = min(count - len(ids), (1 << _COUNTER_BITS) - start)
        base = (
            (millis << 80)
            | _VERSION
            | (secrets.randbits(12) << 64)
            | _VARIANT
            | secrets.randbits(_RANDOM_BITS)
        )
        ids.extend(
            f"{base | (counter << _RANDOM_BITS):032x}"
            for counter in range(start, start + take)
        )
        if len(ids) < count:  # the counter ran out: wait for the next millisecond
            while time.time_ns() // 1_000_000 == millis:
                time.sleep(0.0002)
    return ids
