"""Monthly partitions of the readings table.

`sites_reading` is RANGE-partitioned on `timestamp`, one partition per calendar month
(UTC), plus a DEFAULT partition so that no valid reading is ever refused. A month's
partition is created ahead of time by a scheduled task and on demand before a batch is
stored. Creating it when the DEFAULT partition already holds rows of that month would
fail, so those rows are moved into the new partition in the same transaction.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

logger = logging.getLogger(__name__)

PARENT = "sites_reading"
DEFAULT_PARTITION = "sites_reading_default"
_NAME = re.compile(r"^sites_reading_p(\d{4})_(\d{2})$")
# Months known to have a partition, per process: the hot path skips the catalog.
_known_months: set[date] = set()


@dataclass(frozen=True)
class PartitionsEnsured:
    created: tuple[str, ...]
    rows_moved: int


def month_start(moment: datetime | date) -> date:
    return date(moment.year, moment.month, 1)


def month_add(month: date, months: int) -> date:
    index = month.year * 12 + month.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def partition_name(month: date) -> str:
    return f"{PARENT}_p{month.year:04d}_{month.month:02d}"


def readings_partition_months() -> set[date]:
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT child.relname FROM pg_inherits
            JOIN pg_class parent ON parent.oid = pg_inherits.inhparent
            JOIN pg_class child ON child.oid = pg_inherits.inhrelid
            WHERE parent.relname = %s
            """,
            [PARENT],
        )
        names = [row[0] for row in cursor.fetchall()]
    months = set()
    for name in names:
        match = _NAME.match(name)
        if match:
            months.add(date(int(match[1]), int(match[2]), 1))
    return months


def _bound(month: date) -> str:
    return datetime(month.year, month.month, 1, tzinfo=UTC).isoformat()


@transaction.atomic
def readings_partition_create(*, month: date) -> int:
    """Create one month's partition, moving its rows out of DEFAULT. Returns the
    number of rows moved. Takes an ACCESS EXCLUSIVE lock on the readings table."""
    name = partition_name(month)
    low, high = _bound(month), _bound(month_add(month, 1))
    with connection.cursor() as cursor:
        cursor.execute(
            "SET LOCAL lock_timeout = %s", [settings.READINGS_DDL_LOCK_TIMEOUT]
        )
        cursor.execute(f"LOCK TABLE {PARENT} IN ACCESS EXCLUSIVE MODE")
        cursor.execute("SELECT to_regclass(%s)", [name])
        if cursor.fetchone()[0] is not None:
            return 0
        cursor.execute(
            f"CREATE TABLE {name} (LIKE {PARENT} INCLUDING DEFAULTS INCLUDING CONSTRAINTS)"
        )
        cursor.execute(
            f"""
            WITH moved AS (
                DELETE FROM {DEFAULT_PARTITION}
                WHERE "timestamp" >= %s AND "timestamp" < %s RETURNING *
            )
            INSERT INTO {name} SELECT * FROM moved
            """,  # noqa: S608 -- names built from integers, not input
            [low, high],
        )
        moved = cursor.rowcount
        cursor.execute(
            f"ALTER TABLE {PARENT} ATTACH PARTITION {name} "
            f"FOR VALUES FROM ('{low}') TO ('{high}')"
        )
    logger.info(
        "readings.partition_created", extra={"partition": name, "rows_moved": moved}
    )
    return moved


def readings_partitions_ensure(*, months: set[date] | None = None) -> PartitionsEnsured:
    """Create the missing partitions of `months` (default: this month and the next
    READINGS_PARTITIONS_AHEAD). Safe to run concurrently and repeatedly."""
    if months is None:
        this_month = month_start(timezone.now())
        months = {
            month_add(this_month, n)
            for n in range(settings.READINGS_PARTITIONS_AHEAD + 1)
        }
    existing = readings_partition_months()
    created, moved = [], 0
    for month in sorted(months - existing):
        moved += readings_partition_create(month=month)
        created.append(partition_name(month))
    if not connection.in_atomic_block:  # only remember what is committed
        _known_months.update(months)
    return PartitionsEnsured(tuple(created), moved)


def readings_partitions_prepare(*, timestamps: list[datetime]) -> None:
    """Before a batch: create recent months' partitions that don't exist yet.

    Runs in its own short transaction, outside the batch. Months older than
    READINGS_PARTITIONS_ON_DEMAND_MONTHS (backfills) are left to the DEFAULT
    partition and split out by the scheduled task or `manage.py readings_partitions`,
    so a backfill never takes a table lock on the hot path. A lock timeout only
    means the readings go to DEFAULT for now.
    """
    this_month = month_start(timezone.now())
    oldest = month_add(this_month, -settings.READINGS_PARTITIONS_ON_DEMAND_MONTHS)
    wanted = {month_start(ts.astimezone(UTC)) for ts in timestamps}
    wanted = {m for m in wanted if oldest <= m <= month_add(this_month, 1)}
    if wanted <= _known_months:
        return
    try:
        readings_partitions_ensure(months=wanted)
    except DatabaseError:
        logger.warning("readings.partition_deferred", exc_info=True)


def readings_partition_of(*, site_id, device_id: str, timestamp: datetime) -> str:
    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT tableoid::regclass::text FROM sites_reading
            WHERE site_id = %s AND device_id = %s AND "timestamp" = %s""",
            [site_id, device_id, timestamp],
        )
        row = cursor.fetchone()
    return row[0] if row else ""


def readings_default_partition_rows() -> int:
    """Rows in the DEFAULT partition (backfills): a hint to run
    `manage.py readings_partitions --from YYYY-MM`."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM sites_reading_default")
        return cursor.fetchone()[0]
