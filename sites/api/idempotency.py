"""The Idempotency-Key header and the request fingerprint it is bound to."""

from __future__ import annotations

import hashlib
import json
import re

from sites.exceptions import IdempotencyKeyInvalid

HEADER = "Idempotency-Key"
_PRINTABLE_ASCII = re.compile(r"^[\x20-\x7e]{1,255}$")


def idempotency_key_from(request) -> str | None:
    """None without the header. Raises IdempotencyKeyInvalid (400)."""
    key = request.headers.get(HEADER)
    if key is None:
        return None
    if not _PRINTABLE_ASCII.match(key):
        raise IdempotencyKeyInvalid(
            "Idempotency-Key must be 1 to 255 printable ASCII characters."
        )
    return key


def request_fingerprint(request) -> str:
    """SHA-256 of method, path and the canonical JSON body (sorted keys, no spaces),
    so formatting differences are the same request and any other change is not."""
    return body_fingerprint(method=request.method, path=request.path, data=request.data)


def body_fingerprint(*, method: str, path: str, data) -> str:
    """The fingerprint of a request given as parts; the dashboard's ingest form hashes
    the JSON body it would have sent to the API, so a key means the same thing."""
    canonical = json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    material = f"{method} {path}\n{canonical}".encode()
    return hashlib.sha256(material).hexdigest()
