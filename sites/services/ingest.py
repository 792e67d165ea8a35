"""Exactly-once ingestion of a batch of readings.

    claim the Idempotency-Key      (own short transaction, committed: a concurrent
                                    retry sees it and answers 409)
    create missing partitions      (own short transaction, recent months only)
    one batch transaction:
        INSERT … ON CONFLICT DO NOTHING RETURNING     (the database decides what is new)
        classify the rest: duplicate (same value) or conflict (other value)
        UPDATE sites_site SET total = total + inserted_sum … RETURNING   (atomic add)
        outbox events (readings.ingested, site.limit_exceeded when crossed)
        complete the Idempotency-Key with the response  (same commit as the readings)

Two requests inserting the same identity serialize on the unique index: the second
waits for the first to commit and then inserts nothing. Identities are inserted in
one global order (device, timestamp), so overlapping batches cannot deadlock; the
site row is locked only by the final UPDATE, for the tail of the transaction.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from sites import metrics
from sites.exceptions import (
    IdempotencyKeyInUse,
    IdempotencyKeyReused,
    ReadingsInvalid,
)
from sites.models import DeviceKey, IdempotencyKey, OutboxEvent, Site
from sites.services.outbox import outbox_relay_enqueue
from sites.services.partitions import readings_partitions_prepare
from sites.units import to_kg

logger = logging.getLogger(__name__)

TOTAL_PLACES = Decimal("0.001")


@dataclass(frozen=True)
class ReadingIn:
    timestamp: datetime
    value: Decimal
    device_id: str = ""
    unit: str = "kg"


@dataclass(frozen=True)
class IngestResult:
    """A stored batch's answer; `replayed` when an earlier request stored it."""

    body: dict
    replayed: bool = False
    events: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class _Claim:
    id: uuid.UUID
    owner: uuid.UUID


def readings_ingest(
    *,
    organization,
    site_id: uuid.UUID | str,
    readings: Sequence[ReadingIn],
    fingerprint: str,
    idempotency_key: str | None = None,
    device_key: DeviceKey | None = None,
    api_version: str = "v1",
) -> IngestResult:
    """Store a batch exactly once. Raises Site.DoesNotExist (another organization's
    site, or another site than a device key's), ReadingsInvalid, IdempotencyKeyInUse
    (409) and IdempotencyKeyReused (422).

    Not one transaction on purpose: the key claim must be visible to other requests
    while the batch runs; see the module docstring.
    """
    site = _site_for(organization=organization, site_id=site_id, device_key=device_key)
    values = _values_in_kg(readings)
    claim = None
    if idempotency_key is not None:
        claim_or_replay = _idempotency_claim(
            organization=organization, key=idempotency_key, fingerprint=fingerprint
        )
        if isinstance(claim_or_replay, IngestResult):
            metrics.INGEST_BATCHES.labels("replayed").inc()
            return claim_or_replay
        claim = claim_or_replay
    try:
        readings_partitions_prepare(timestamps=[r.timestamp for r in readings])
        result = _batch_store(site=site, readings=readings, values=values, claim=claim)
    except BaseException:
        if claim is not None:
            try:
                _idempotency_release(claim)
            except DatabaseError:  # the lease will expire instead
                logger.warning("idempotency_key.release_failed", exc_info=True)
        raise
    body = result.body
    metrics.INGEST_BATCHES.labels("stored").inc()
    metrics.READINGS_ACCEPTED.labels(api_version).inc(body["accepted"])
    metrics.READINGS_DUPLICATES.labels(api_version).inc(body["duplicates"])
    metrics.READINGS_CONFLICTS.labels(api_version).inc(body["conflicts"])
    logger.info(
        "readings.ingested",
        extra={
            "site_id": body["site_id"],
            "batch_id": body["batch_id"],
            "accepted": body["accepted"],
            "duplicates": body["duplicates"],
            "conflicts": body["conflicts"],
        },
    )
    return result


def _site_for(*, organization, site_id, device_key: DeviceKey | None) -> Site:
    # Raw SQL on the hot path; still scoped by organization (and a device's site).
    scope = device_key.site_id if device_key is not None else site_id
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, organization_id, name FROM sites_site "
            "WHERE id = %s AND id = %s AND organization_id = %s",
            [site_id, scope, organization.pk],
        )
        row = cursor.fetchone()
    if row is None:
        raise Site.DoesNotExist("No such site in this organization.")
    return Site(id=row[0], organization_id=row[1], name=row[2])


def _values_in_kg(readings: Sequence[ReadingIn]) -> list[Decimal]:
    limit = Decimal(settings.READING_MAX_KG)
    values, errors = [], []
    for index, reading in enumerate(readings):
        value = to_kg(reading.value, reading.unit)
        if value > limit:
            errors.append(
                {
                    "field": f"readings[{index}].value",
                    "code": "max_value",
                    "message": f"Must be at most {limit} kg CH4 once converted.",
                }
            )
        values.append(value)
    if errors:
        metrics.INGEST_BATCHES.labels("invalid").inc()
        raise ReadingsInvalid(readings_invalid_detail(errors), errors=errors)
    return values


def readings_invalid_detail(errors: list[dict]) -> str:
    indexes = {
        e["field"].split("]")[0] for e in errors if e["field"].startswith("readings[")
    }
    count = len(indexes) or len(errors)
    noun = "reading is" if count == 1 else "readings are"
    if not indexes:
        noun = "field is" if count == 1 else "fields are"
    return f"{count} {noun} invalid."


# -- idempotency keys ---------------------------------------------------------------


def _idempotency_claim(
    *, organization, key: str, fingerprint: str
) -> _Claim | IngestResult:
    for _attempt in range(3):
        try:
            return _idempotency_claim_once(
                organization=organization, key=key, fingerprint=fingerprint
            )
        except IdempotencyKey.DoesNotExist:
            continue  # released by a failed request between our INSERT and SELECT
    raise IdempotencyKeyInUse(
        "A request with this Idempotency-Key is still being processed.",
        headers={"Retry-After": "1"},
    )


def _idempotency_claim_once(
    *, organization, key: str, fingerprint: str
) -> _Claim | IngestResult:
    owner = uuid.uuid4()
    lease = timedelta(seconds=settings.IDEMPOTENCY_LEASE_SECONDS)
    now = timezone.now()
    with transaction.atomic():
        with connection.cursor() as cursor:
            # The claim need not wait for its WAL flush: if the server crashed and
            # lost it, the key would merely be claimable again, and the batch's own
            # (synchronous) commit flushes the WAL up to and including the claim.
            cursor.execute("SET LOCAL synchronous_commit = off")
            cursor.execute(
                IDEMPOTENCY_CLAIM_SQL,
                [
                    uuid.uuid4(),
                    organization.pk,
                    key,
                    fingerprint,
                    IdempotencyKey.Status.IN_PROGRESS,
                    owner,
                    now + lease,
                    now,
                ],
            )
            row = cursor.fetchone()
        if row is not None:
            return _Claim(row[0], owner)
        record = (
            IdempotencyKey.objects.for_organization(organization)
            .select_for_update()
            .get(key=key)
        )
        expired = record.created_at < now - timedelta(
            hours=settings.IDEMPOTENCY_KEY_TTL_HOURS
        )
        if not expired and record.fingerprint != fingerprint:
            metrics.INGEST_BATCHES.labels("key_reused").inc()
            raise IdempotencyKeyReused(
                "This Idempotency-Key was used with a different request body."
            )
        if not expired and record.status == IdempotencyKey.Status.COMPLETED:
            return IngestResult(record.response_body, replayed=True)
        if not expired and record.locked_until > now:
            metrics.INGEST_BATCHES.labels("key_in_use").inc()
            raise IdempotencyKeyInUse(
                "A request with this Idempotency-Key is still being processed.",
                headers={"Retry-After": "1"},
            )
        # An expired key, or a lease left behind by a crashed request: take it over.
        record.fingerprint = fingerprint
        record.status = IdempotencyKey.Status.IN_PROGRESS
        record.owner = owner
        record.locked_until = now + lease
        record.response_status = None
        record.response_body = None
        if expired:
            record.created_at = now
        record.save()
        return _Claim(record.pk, owner)


def _idempotency_release(claim: _Claim) -> None:
    """The batch failed: free the key so the client's retry runs it again."""
    with transaction.atomic():
        IdempotencyKey.objects.filter(
            pk=claim.id, owner=claim.owner, status=IdempotencyKey.Status.IN_PROGRESS
        ).delete()


def _idempotency_complete(claim: _Claim, *, status: int, body: dict) -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            IDEMPOTENCY_COMPLETE_SQL,
            [
                IdempotencyKey.Status.COMPLETED,
                status,
                json.dumps(body),
                claim.id,
                claim.owner,
                IdempotencyKey.Status.IN_PROGRESS,
            ],
        )
        updated = cursor.rowcount
    if updated != 1:
        # Our lease ran out and another request took the key over: roll back and
        # let that request be the one that stores the batch.
        raise IdempotencyKeyInUse(
            "A request with this Idempotency-Key is still being processed."
        )


# -- the batch ----------------------------------------------------------------------
# The hot path's SQL, one statement each (bench/ingest.py's baseline runs the same).
IDEMPOTENCY_CLAIM_SQL = """
INSERT INTO sites_idempotencykey
    (id, organization_id, key, fingerprint, status, owner, locked_until, created_at)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s)
ON CONFLICT (organization_id, key) DO NOTHING
RETURNING id
"""
IDEMPOTENCY_COMPLETE_SQL = """
UPDATE sites_idempotencykey SET status = %s, response_status = %s,
    response_body = %s::jsonb
WHERE id = %s AND owner = %s AND status = %s
"""
OUTBOX_INSERT_SQL = """
INSERT INTO sites_outboxevent (id, organization_id, site_id, topic, payload,
    created_at, attempts, available_at, last_error)
VALUES (%s, %s, %s, %s, %s::jsonb, %s, 0, %s, '')
"""

READINGS_INSERT_SQL = """
INSERT INTO sites_reading (site_id, device_id, "timestamp", value, batch_id, ingested_at)
SELECT %s, r.device_id, r.ts, r.value, %s, now()
FROM unnest(%s::varchar[], %s::timestamptz[], %s::numeric[]) AS r(device_id, ts, value)
ORDER BY r.device_id, r.ts
ON CONFLICT DO NOTHING
RETURNING device_id, "timestamp", value
"""
_EXISTING = """
SELECT device_id, "timestamp", value FROM sites_reading
WHERE site_id = %s AND (device_id, "timestamp") IN (
    SELECT * FROM unnest(%s::varchar[], %s::timestamptz[])
)
"""
SITE_TOTAL_ADD_SQL = """
UPDATE sites_site
SET total_emissions_to_date = total_emissions_to_date + %s,
    duplicates_rejected = duplicates_rejected + %s,
    conflicts_rejected = conflicts_rejected + %s,
    -- auto_now does not run on raw SQL: a batch that stored readings moves it.
    updated_at = CASE WHEN %s THEN now() ELSE updated_at END
WHERE id = %s
RETURNING total_emissions_to_date, emission_limit
"""


@transaction.atomic
def _batch_store(
    *,
    site: Site,
    readings: Sequence[ReadingIn],
    values: list[Decimal],
    claim: _Claim | None,
) -> IngestResult:
    batch_id = uuid.uuid4()
    # First occurrence of an identity in the batch is the candidate; repeats within
    # the batch are duplicates or conflicts of it.
    candidates: dict[tuple[str, datetime], Decimal] = {}
    duplicates = conflicts = 0
    for reading, value in zip(readings, values, strict=True):
        identity = (reading.device_id, reading.timestamp.astimezone(UTC))
        if identity not in candidates:
            candidates[identity] = value
        elif candidates[identity] == value:
            duplicates += 1
        else:
            conflicts += 1
    devices = [identity[0] for identity in candidates]
    stamps = [identity[1] for identity in candidates]
    with connection.cursor() as cursor:
        cursor.execute(
            READINGS_INSERT_SQL,
            [site.pk, batch_id, devices, stamps, list(candidates.values())],
        )
        inserted = {(row[0], row[1]): row[2] for row in cursor.fetchall()}
        rest = [identity for identity in candidates if identity not in inserted]
        if rest:
            cursor.execute(
                _EXISTING, [site.pk, [i[0] for i in rest], [i[1] for i in rest]]
            )
            stored = {(row[0], row[1]): row[2] for row in cursor.fetchall()}
            for identity in rest:
                if stored.get(identity) == candidates[identity]:
                    duplicates += 1
                else:
                    conflicts += 1
        inserted_sum = sum(inserted.values(), Decimal(0))
        cursor.execute(
            SITE_TOTAL_ADD_SQL,
            [inserted_sum, duplicates, conflicts, bool(inserted), site.pk],
        )
        total, limit = cursor.fetchone()
    status = Site.Status.WITHIN_LIMIT if total <= limit else Site.Status.LIMIT_EXCEEDED
    body = {
        "batch_id": str(batch_id),
        "site_id": str(site.pk),
        "received": len(readings),
        "accepted": len(inserted),
        "duplicates": duplicates,
        "conflicts": conflicts,
        "total_emissions_to_date": str(total.quantize(TOTAL_PLACES)),
        "status": str(status),
    }
    events = _outbox_write(
        site=site,
        body=body,
        inserted_sum=inserted_sum,
        total_before=total - inserted_sum,
        total=total,
        limit=limit,
    )
    if claim is not None:
        _idempotency_complete(claim, status=201, body=body)
    return IngestResult(body, events=events)


def _outbox_write(
    *,
    site: Site,
    body: dict,
    inserted_sum: Decimal,
    total_before: Decimal,
    total: Decimal,
    limit: Decimal,
) -> tuple[str, ...]:
    if not body["accepted"]:
        return ()
    now = timezone.now()
    events = [
        OutboxEvent(
            organization_id=site.organization_id,
            site_id=site.pk,
            topic=OutboxEvent.Topic.READINGS_INGESTED,
            available_at=now,
            payload={**body, "accepted_kg": str(inserted_sum.quantize(TOTAL_PLACES))},
        )
    ]
    crossed = total_before <= limit < total
    if crossed:
        events.append(
            OutboxEvent(
                organization_id=site.organization_id,
                site_id=site.pk,
                topic=OutboxEvent.Topic.SITE_LIMIT_EXCEEDED,
                available_at=now,
                payload={
                    "site_id": str(site.pk),
                    "site_name": site.name,
                    "batch_id": body["batch_id"],
                    "emission_limit": str(limit.quantize(TOTAL_PLACES)),
                    "total_before": str(total_before.quantize(TOTAL_PLACES)),
                    "total_emissions_to_date": body["total_emissions_to_date"],
                },
            )
        )
    with connection.cursor() as cursor:
        cursor.executemany(
            OUTBOX_INSERT_SQL,
            [
                (
                    e.id,
                    e.organization_id,
                    e.site_id,
                    e.topic,
                    json.dumps(e.payload),
                    now,
                    now,
                )
                for e in events
            ],
        )
    if crossed:
        transaction.on_commit(outbox_relay_enqueue)
    return tuple(str(event.topic) for event in events)
