"""Outbox relay and the alerting consumer.

The relay delivers each event at least once: it claims a batch of due events with
`FOR UPDATE SKIP LOCKED` and pushes their `available_at` forward by a lease (one
short committed transaction), delivers them, then marks them published. A relay that
dies between delivering and marking leaves the event to be delivered again when its
lease runs out; consumers dedupe by event id, so effects happen exactly once.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from dataclasses import dataclass
from datetime import timedelta
from uuid import UUID

import requests
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import Organization
from carbon.core.templatetags.display import kg_text
from carbon.jobs.services import job_enqueue
from sites import metrics
from sites.models import Alert, OutboxEvent

logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Carbon-Signature"


@dataclass(frozen=True)
class RelayResult:
    published: int
    retried: int
    failed: int


class DeliveryFailed(Exception):
    pass


def outbox_claim(*, limit: int = 100) -> list[OutboxEvent]:
    """Claim due events for this relay; other relays skip them (SKIP LOCKED now,
    the lease afterwards)."""
    now = timezone.now()
    with transaction.atomic():
        events = list(
            OutboxEvent.objects.select_for_update(skip_locked=True)
            .filter(
                published_at__isnull=True,
                failed_at__isnull=True,
                available_at__lte=now,
            )
            .order_by("available_at", "created_at")[:limit]
        )
        lease = now + timedelta(seconds=settings.OUTBOX_LEASE_SECONDS)
        OutboxEvent.objects.filter(pk__in=[e.pk for e in events]).update(
            available_at=lease
        )
    return events


def outbox_relay(*, limit: int = 100) -> RelayResult:
    """Deliver due events to the alerting consumer and the organization's webhook."""
    published = retried = failed = 0
    for event in outbox_claim(limit=limit):
        try:
            event_deliver(event=event)
        except DeliveryFailed as exc:
            if outbox_mark_retry(event=event, error=str(exc)):
                retried += 1
            else:
                failed += 1
            continue
        outbox_mark_published(event_id=event.pk)
        published += 1
    return RelayResult(published, retried, failed)


def event_deliver(*, event: OutboxEvent) -> None:
    """Raises DeliveryFailed when a consumer could not take the event."""
    alert_consume(event=event)
    organization = Organization.objects.get(pk=event.organization_id)
    if organization.webhook_url:
        webhook_post(event=event, organization=organization)
    metrics.OUTBOX_DELIVERIES.labels("delivered").inc()


def outbox_mark_published(*, event_id: UUID) -> None:
    OutboxEvent.objects.filter(pk=event_id, published_at__isnull=True).update(
        published_at=timezone.now(), last_error=""
    )


def outbox_mark_retry(*, event: OutboxEvent, error: str) -> bool:
    """Back off exponentially; give up after OUTBOX_MAX_ATTEMPTS. True if retried."""
    attempts = event.attempts + 1
    now = timezone.now()
    metrics.OUTBOX_DELIVERIES.labels("failed").inc()
    logger.warning(
        "outbox.delivery_failed",
        extra={"event_id": str(event.pk), "attempts": attempts, "error": error},
    )
    if attempts >= settings.OUTBOX_MAX_ATTEMPTS:
        OutboxEvent.objects.filter(pk=event.pk).update(
            attempts=attempts, failed_at=now, last_error=error[-2000:]
        )
        return False
    delay = min(2**attempts, 3600)
    OutboxEvent.objects.filter(pk=event.pk).update(
        attempts=attempts,
        available_at=now + timedelta(seconds=delay),
        last_error=error[-2000:],
    )
    return True


@transaction.atomic
def alert_consume(*, event: OutboxEvent) -> Alert | None:
    """The alerting consumer: one Alert per limit breach event, however often the
    event is delivered (the unique event_id decides)."""
    if event.topic != OutboxEvent.Topic.SITE_LIMIT_EXCEEDED:
        return None
    payload = event.payload
    alert = Alert(
        organization_id=event.organization_id,
        event_id=event.pk,
        site_id=event.site_id,
        kind=event.topic,
        message=(
            f"{payload['site_name']} exceeded its limit of "
            f"{kg_text(payload['emission_limit'])} CH4: "
            f"{kg_text(payload['total_emissions_to_date'])} CH4 to date."
        ),
        payload=payload,
    )
    try:
        with transaction.atomic():
            alert.save(force_insert=True)
    except IntegrityError:
        return None
    logger.warning(
        "site.limit_exceeded",
        extra={"site_id": payload["site_id"], "event_id": str(event.pk)},
    )
    return alert


def webhook_signature(*, secret: str, timestamp: str, body: bytes) -> str:
    digest = hmac.new(
        secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256
    ).hexdigest()
    return f"t={timestamp},v1={digest}"


def webhook_post(*, event: OutboxEvent, organization: Organization) -> None:
    body = json.dumps(
        {
            "id": str(event.pk),
            "type": event.topic,
            "created_at": event.created_at,
            "data": event.payload,
        },
        cls=DjangoJSONEncoder,
        separators=(",", ":"),
    ).encode()
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "X-Carbon-Event-Id": str(event.pk),
        "X-Carbon-Event-Type": event.topic,
        SIGNATURE_HEADER: webhook_signature(
            secret=organization.webhook_secret, timestamp=timestamp, body=body
        ),
    }
    try:
        response = requests.post(
            organization.webhook_url,
            data=body,
            headers=headers,
            timeout=settings.WEBHOOK_TIMEOUT_SECONDS,
        )
    except requests.RequestException as exc:
        raise DeliveryFailed(f"webhook unreachable: {exc}") from exc
    if response.status_code >= 300:
        raise DeliveryFailed(f"webhook answered {response.status_code}")


def outbox_purge() -> int:
    """Delete published events older than OUTBOX_RETENTION_DAYS."""
    cutoff = timezone.now() - timedelta(days=settings.OUTBOX_RETENTION_DAYS)
    deleted, _ = OutboxEvent.objects.filter(published_at__lt=cutoff).delete()
    return deleted


def outbox_relay_enqueue() -> None:
    """Called on commit of a batch that raised an alert: deliver it now, not at the
    next minute's sweep."""
    job_enqueue("sites.tasks.outbox_relay", kind="outbox.relay", max_attempts=1)
