"""Circuit breaker in front of the service, shared by every worker (one row).

closed: calls go out; AI_MATCHING_BREAKER_THRESHOLD failures in a row open it.
open: no calls until the cooldown ends; batches fall back to the local matcher.
half_open: one worker (the probe owner) calls; success closes, failure re-opens.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.db.models.functions import Now
from django.utils import timezone

from matching.ai_models import AiCircuit

logger = logging.getLogger(__name__)
NAME = "ai_matching"


def _circuit() -> AiCircuit:
    circuit, _ = AiCircuit.objects.get_or_create(name=NAME)
    return circuit


def breaker_allows(*, owner: str) -> bool:
    """Whether this caller may call the service now (else: fall back)."""
    circuit = _circuit()
    if circuit.state == AiCircuit.State.CLOSED:
        return True
    if circuit.state == AiCircuit.State.HALF_OPEN and circuit.probe_owner == owner:
        return True
    probe_until = Now() + timedelta(
        seconds=settings.AI_MATCHING_TIMEOUT_SECONDS
        + settings.AI_MATCHING_LEASE_MARGIN_SECONDS
    )
    taken = (
        AiCircuit.objects.filter(name=NAME)
        .filter(
            Q(state=AiCircuit.State.OPEN, opened_until__lt=Now())
            | Q(state=AiCircuit.State.HALF_OPEN, probe_until__lt=Now())
        )
        .update(
            state=AiCircuit.State.HALF_OPEN,
            probe_owner=owner,
            probe_until=probe_until,
            updated_at=Now(),
        )
    )
    if taken:
        logger.info("ai.breaker_half_open", extra={"owner": owner})
    return bool(taken)


def breaker_record_success() -> None:
    AiCircuit.objects.filter(name=NAME).exclude(
        state=AiCircuit.State.CLOSED, failures=0
    ).update(state=AiCircuit.State.CLOSED, failures=0, probe_owner="", updated_at=Now())


@transaction.atomic
def breaker_record_failure() -> None:
    _circuit()
    circuit = AiCircuit.objects.select_for_update().get(name=NAME)
    circuit.failures += 1
    if (
        circuit.state == AiCircuit.State.HALF_OPEN
        or circuit.failures >= settings.AI_MATCHING_BREAKER_THRESHOLD
    ):
        circuit.state = AiCircuit.State.OPEN
        circuit.opened_until = timezone.now() + timedelta(
            seconds=settings.AI_MATCHING_BREAKER_COOLDOWN_SECONDS
        )
        circuit.probe_owner = ""
        logger.warning("ai.breaker_open", extra={"failures": circuit.failures})
    circuit.save()


def breaker_state() -> str:
    return _circuit().state
