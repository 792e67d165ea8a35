import hashlib
import hmac
import json
import threading
from datetime import timedelta
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.utils import timezone

from sites.models import Alert, OutboxEvent
from sites.services import outbox
from sites.services.outbox import outbox_relay
from tests.sites.factories import SiteFactory
from tests.sites.helpers import batch, post, stamp

pytestmark = pytest.mark.django_db


@pytest.fixture
def breached_site(api, organization):
    site = SiteFactory(organization=organization, emission_limit=Decimal(5))
    post(api, batch(site, [{"timestamp": stamp(10), "value": "6"}]))
    return site


class RelayKilled(BaseException):
    pass


def test_relay_killed_after_delivery_before_marking_rerun_alerts_once(
    breached_site, monkeypatch
):
    limit_event = OutboxEvent.objects.get(topic="site.limit_exceeded")
    mark = outbox.outbox_mark_published

    def killed(*, event_id):
        if event_id == limit_event.pk:
            raise RelayKilled
        mark(event_id=event_id)

    monkeypatch.setattr(outbox, "outbox_mark_published", killed)
    with pytest.raises(RelayKilled):
        outbox_relay()
    assert Alert.objects.count() == 1
    event = OutboxEvent.objects.get(topic="site.limit_exceeded")
    assert event.published_at is None
    assert event.available_at > timezone.now()  # leased: no other relay takes it

    monkeypatch.undo()
    OutboxEvent.objects.update(available_at=timezone.now() - timedelta(seconds=1))
    result = outbox_relay()

    assert result.published == 1
    assert Alert.objects.count() == 1
    alert = Alert.objects.get()
    assert alert.event_id == event.pk
    assert "exceeded its limit" in alert.message
    assert not OutboxEvent.objects.filter(published_at__isnull=True).exists()
    assert outbox_relay().published == 0


def test_claimed_events_are_skipped_by_a_second_relay(breached_site):
    claimed = outbox.outbox_claim()
    assert len(claimed) == 2
    assert outbox.outbox_claim() == []


class _Receiver(BaseHTTPRequestHandler):
    received: list = []
    status = 204

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).received.append((dict(self.headers), body))
        self.send_response(type(self).status)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def receiver():
    _Receiver.received = []
    _Receiver.status = 204
    server = HTTPServer(("127.0.0.1", 0), _Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()


def test_webhook_is_signed_with_hmac_sha256(breached_site, organization, receiver):
    organization.webhook_url = f"http://127.0.0.1:{receiver.server_port}/hook"
    organization.webhook_secret = "s3cret"
    organization.save()

    assert outbox_relay().published == 2

    topics = []
    for headers, body in _Receiver.received:
        signature = dict(
            p.split("=", 1) for p in headers["X-Carbon-Signature"].split(",")
        )
        expected = hmac.new(
            b"s3cret", signature["t"].encode() + b"." + body, hashlib.sha256
        ).hexdigest()
        assert hmac.compare_digest(signature["v1"], expected)
        topics.append(json.loads(body)["type"])
    assert sorted(topics) == ["readings.ingested", "site.limit_exceeded"]


def test_failed_webhook_is_retried_with_backoff(breached_site, organization, receiver):
    _Receiver.status = 500
    organization.webhook_url = f"http://127.0.0.1:{receiver.server_port}/hook"
    organization.save()

    result = outbox_relay()

    assert (result.published, result.retried) == (0, 2)
    for event in OutboxEvent.objects.all():
        assert event.attempts == 1
        assert event.available_at > timezone.now()
        assert "500" in event.last_error
    assert Alert.objects.count() == 1  # the consumer already took it; dedup on retry


def test_event_is_given_up_after_max_attempts(breached_site, organization, settings):
    settings.OUTBOX_MAX_ATTEMPTS = 1
    organization.webhook_url = "http://127.0.0.1:9/unreachable"
    organization.save()
    result = outbox_relay()
    assert result.failed == 2
    assert OutboxEvent.objects.filter(failed_at__isnull=False).count() == 2
