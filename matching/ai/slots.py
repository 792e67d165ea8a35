"""The cluster-wide limit on calls in flight: AI_MATCHING_MAX_IN_FLIGHT slot rows.

A caller takes a free slot with one UPDATE (`FOR UPDATE SKIP LOCKED` so callers
never queue on each other's locks) and holds it under a lease longer than its own
call timeout. Every process on every machine goes through the same rows, and a
killed worker's slot is free again once its lease expires.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable

from django.conf import settings
from django.db import connection

logger = logging.getLogger(__name__)

_ACQUIRE = """
UPDATE matching_aislot
   SET owner = %(owner)s, batch_id = %(batch_id)s, acquired_at = now(),
       expires_at = now() + make_interval(secs => %(lease)s)
 WHERE slot = (
       SELECT slot FROM matching_aislot
        WHERE slot < %(limit)s AND (expires_at IS NULL OR expires_at < now())
        ORDER BY slot
        LIMIT 1
          FOR UPDATE SKIP LOCKED)
RETURNING slot
"""
_COUNT = "SELECT count(*) FROM matching_aislot WHERE slot < %(limit)s"
_ENSURE = """
INSERT INTO matching_aislot (slot, owner)
SELECT n, '' FROM generate_series(0, %(limit)s - 1) AS n
ON CONFLICT (slot) DO NOTHING
"""


def slot_lease_seconds() -> float:
    return (
        settings.AI_MATCHING_CONNECT_TIMEOUT_SECONDS
        + settings.AI_MATCHING_TIMEOUT_SECONDS
        + settings.AI_MATCHING_LEASE_MARGIN_SECONDS
    )


def slot_try_acquire(*, owner: str, batch_id) -> int | None:
    """A free slot now, or None. Must run outside a transaction (others must see it)."""
    if connection.in_atomic_block:
        raise RuntimeError("slots are taken outside transactions")
    params = {
        "owner": owner,
        "batch_id": batch_id,
        "lease": slot_lease_seconds(),
        "limit": settings.AI_MATCHING_MAX_IN_FLIGHT,
    }
    with connection.cursor() as cursor:
        cursor.execute(_ACQUIRE, params)
        row = cursor.fetchone()
        if row is None:
            # First use (or a raised limit): create the missing slot rows, try again.
            cursor.execute(_COUNT, params)
            if cursor.fetchone()[0] < params["limit"]:
                cursor.execute(_ENSURE, params)
                cursor.execute(_ACQUIRE, params)
                row = cursor.fetchone()
    return row[0] if row else None


def slot_acquire(
    *, owner: str, batch_id, heartbeat: Callable[[], bool] | None = None
) -> int | None:
    """Wait for a free slot. None when `heartbeat` says the caller lost its batch."""
    poll = settings.AI_MATCHING_SLOT_POLL_SECONDS
    while True:
        slot = slot_try_acquire(owner=owner, batch_id=batch_id)
        if slot is not None:
            return slot
        if heartbeat is not None and not heartbeat():
            return None
        time.sleep(poll * random.uniform(0.5, 1.5))


def slot_release(*, slot: int, owner: str, abandoned: bool = False) -> None:
    """Free the slot; an abandoned call keeps it a grace period longer, so the
    service has noticed the hang-up before the next call takes its place."""
    grace = settings.AI_MATCHING_SLOT_GRACE_SECONDS if abandoned else 0.0
    with connection.cursor() as cursor:
        cursor.execute(
            """
            UPDATE matching_aislot
               SET owner = '', batch_id = NULL,
                   expires_at = CASE WHEN %(grace)s > 0
                                THEN now() + make_interval(secs => %(grace)s) END
             WHERE slot = %(slot)s AND owner = %(owner)s
            """,
            {"grace": grace, "slot": slot, "owner": owner},
        )
