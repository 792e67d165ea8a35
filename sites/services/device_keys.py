"""Site-scoped ingest keys for field devices."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from sites.models import DeviceKey, Site

KEY_PREFIX = "dk"
USED_EVERY = timedelta(minutes=1)


@dataclass(frozen=True)
class DeviceKeyCreated:
    device_key: DeviceKey
    key: str  # shown once; only its hash is stored


def secret_hash(secret: str) -> str:
    # The secret is 256 random bits: a fast hash is enough (no dictionary to attack).
    return hashlib.sha256(secret.encode()).hexdigest()


@transaction.atomic
def device_key_create(*, site: Site, name: str, created_by=None) -> DeviceKeyCreated:
    prefix = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    device_key = DeviceKey(
        organization_id=site.organization_id,
        site=site,
        name=name,
        prefix=prefix,
        secret_hash=secret_hash(secret),
        created_by=created_by,
    )
    device_key.full_clean()
    device_key.save()
    return DeviceKeyCreated(device_key, f"{KEY_PREFIX}_{prefix}_{secret}")


@transaction.atomic
def device_key_revoke(*, device_key: DeviceKey) -> DeviceKey:
    device_key = DeviceKey.objects.select_for_update().get(pk=device_key.pk)
    if device_key.revoked_at is None:
        device_key.revoked_at = timezone.now()
        device_key.save(update_fields=["revoked_at"])
    return device_key


def device_key_authenticate(*, key: str) -> DeviceKey | None:
    """The active DeviceKey for a presented key, or None."""
    parts = key.split("_", 2)
    if len(parts) != 3 or parts[0] != KEY_PREFIX:
        return None
    device_key = (
        DeviceKey.objects.select_related("organization", "site")
        .filter(prefix=parts[1], revoked_at__isnull=True)
        .first()
    )
    if device_key is None or not secrets.compare_digest(
        device_key.secret_hash, secret_hash(parts[2])
    ):
        return None
    now = timezone.now()
    if device_key.last_used_at is None or now - device_key.last_used_at > USED_EVERY:
        # Coarse on purpose: one write a minute per device, not one per request.
        DeviceKey.objects.filter(pk=device_key.pk).update(last_used_at=now)
        device_key.last_used_at = now
    return device_key
