"""One call to the AI matching service, and the shape of a valid answer."""

from __future__ import annotations

import json

import requests
from django.conf import settings


class ServiceError(Exception):
    """The call failed as a whole."""

    retryable = True
    # Counts towards opening the circuit (429 does not: the service is fine, busy).
    breaker_failure = True
    # The service may still be working on it: keep the slot for a grace period.
    abandoned = False

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ServiceBusy(ServiceError):
    breaker_failure = False


class ServiceTimeout(ServiceError):
    abandoned = True


class ServiceRejected(ServiceError):
    """A 4xx other than 429: sending the same request again cannot help."""

    retryable = False
    breaker_failure = False


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # an HTTP date: fall back to our own backoff


def service_call(
    *,
    batch_id: str,
    items: list[dict],
    organization: str = "",
    classes: dict | None = None,
) -> list:
    """POST /v1/match; the `results` list as sent. Raises a ServiceError subclass.
    `organization`: whose confirmed decisions the model may follow (never another's);
    `classes`: per category value of the items, a sample of the run's items carrying
    it (items.batch_classes)."""
    url = settings.AI_MATCHING_URL.rstrip("/") + "/v1/match"
    body = {"batch_id": batch_id, "items": items}
    if organization:
        body["organization"] = organization
    if classes:
        body["classes"] = classes
    try:
        response = requests.post(
            url,
            json=body,
            timeout=(
                settings.AI_MATCHING_CONNECT_TIMEOUT_SECONDS,
                settings.AI_MATCHING_TIMEOUT_SECONDS,
            ),
        )
    except requests.Timeout as exc:
        raise ServiceTimeout(f"timeout: {exc}") from exc
    except requests.RequestException as exc:
        raise ServiceError(f"connection error: {exc}") from exc
    status = response.status_code
    if status == 429:
        raise ServiceBusy("429 busy", retry_after=_retry_after(response))
    if status >= 500:
        raise ServiceError(f"{status} from service", retry_after=_retry_after(response))
    if status != 200:
        raise ServiceRejected(f"{status} from service: {response.text[:200]}")
    try:
        body = json.loads(response.content)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ServiceError(f"malformed body: {exc}") from exc
    if not isinstance(body, dict) or not isinstance(body.get("results"), list):
        raise ServiceError("malformed body: no results list")
    return body["results"]
