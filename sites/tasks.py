"""Background entry points of the sites app (safe to re-run)."""

from __future__ import annotations

import logging

from sites.services.maintenance import idempotency_keys_purge as _keys_purge
from sites.services.outbox import outbox_purge as _outbox_purge
from sites.services.outbox import outbox_relay as _relay
from sites.services.partitions import readings_default_partition_rows
from sites.services.partitions import readings_partitions_ensure as _ensure

logger = logging.getLogger(__name__)

SCHEDULES = [
    {
        "name": "sites-outbox-relay",
        "func": "sites.tasks.outbox_relay",
        "kind": "outbox.relay",
        "minutes": 1,
    },
    {
        "name": "sites-readings-partitions",
        "func": "sites.tasks.readings_partitions_ensure",
        "kind": "readings.partitions_ensure",
        "minutes": 60 * 24,
    },
    {
        "name": "sites-idempotency-keys-purge",
        "func": "sites.tasks.idempotency_keys_purge",
        "kind": "idempotency_keys.purge",
        "minutes": 60,
    },
    {
        "name": "sites-outbox-purge",
        "func": "sites.tasks.outbox_purge",
        "kind": "outbox.purge",
        "minutes": 60 * 6,
    },
]


def outbox_relay() -> None:
    while _relay(limit=200).published == 200:  # drain the backlog
        pass


def readings_partitions_ensure() -> None:
    _ensure()
    rows = readings_default_partition_rows()
    if rows:
        logger.warning("readings.default_partition_not_empty", extra={"rows": rows})


def idempotency_keys_purge() -> None:
    _keys_purge()


def outbox_purge() -> None:
    _outbox_purge()
