"""Device keys: `Authorization: Device dk_<prefix>_<secret>`, accepted on ingest only."""

from __future__ import annotations

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from accounts.authentication import TokenAuthentication
from sites.models import DeviceKey
from sites.services.device_keys import device_key_authenticate


class DevicePrincipal:
    """The request.user of a device: authenticated, member of no organization."""

    is_authenticated = True
    is_anonymous = False
    is_active = True
    is_staff = False
    membership = None

    def __init__(self, device_key: DeviceKey) -> None:
        self.device_key = device_key
        self.pk = None

    def __str__(self) -> str:
        return f"device {self.device_key.prefix}"


class DeviceKeyAuthentication(authentication.BaseAuthentication):
    keyword = "Device"

    def authenticate(self, request):
        parts = authentication.get_authorization_header(request).split()
        if not parts or parts[0].lower() != self.keyword.lower().encode():
            return None
        if len(parts) != 2:
            raise exceptions.AuthenticationFailed("Invalid device key header.")
        device_key = device_key_authenticate(key=parts[1].decode(errors="replace"))
        if device_key is None:
            raise exceptions.AuthenticationFailed("Invalid or revoked device key.")
        return DevicePrincipal(device_key), device_key

    def authenticate_header(self, request):
        return self.keyword


class DeviceKeyScheme(OpenApiAuthenticationExtension):
    target_class = DeviceKeyAuthentication
    name = "deviceKey"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "`Device dk_<prefix>_<secret>`: ingest for one site only.",
        }


class IngestTokenAuthentication(TokenAuthentication):
    """The accounts token authentication (membership and organization in the same
    query, inactive members refused), named for ingest, the hottest endpoint."""


class IngestTokenScheme(OpenApiAuthenticationExtension):
    target_class = IngestTokenAuthentication
    name = "ingestTokenAuth"
    priority = 1

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "`Token <key>`: a person's API token.",
        }
