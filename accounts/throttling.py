"""Throttles for the credential endpoints: per client and per account."""

from __future__ import annotations

import hashlib

from rest_framework.throttling import ScopedRateThrottle, SimpleRateThrottle


class ClientRateThrottle(ScopedRateThrottle):
    """The view's `throttle_scope` per client address. The address comes from
    X-Forwarded-For only behind `NUM_PROXIES` trusted proxies (DRF's setting,
    0 by default here), so a client cannot buy fresh tries with a new header."""


class AccountRateThrottle(SimpleRateThrottle):
    """`<throttle_scope>_account` per email in the body, whichever client sends it:
    a password guesser spread over many addresses still runs out of tries."""

    def __init__(self):
        # The rate depends on the view's scope (see allow_request).
        pass

    def allow_request(self, request, view):
        self.scope = f"{getattr(view, 'throttle_scope', 'auth')}_account"
        self.rate = self.get_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)

    def get_cache_key(self, request, view):
        data = request.data
        email = data.get("email") if isinstance(data, dict) else None
        if not isinstance(email, str) or not email.strip():
            return None
        account = hashlib.sha256(email.strip().lower().encode()).hexdigest()
        return self.cache_format % {"scope": self.scope, "ident": account}
