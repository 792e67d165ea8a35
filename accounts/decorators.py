"""Permission checks for HTML views (the API uses accounts.permissions)."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

from accounts import roles
from accounts.permissions import membership_of

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


def member_required(*, capability: str, write: str | None = None):
    """Logged in, an active member of an organization whose role has `capability`
    (accounts.roles.CAPABILITIES); with `write`, a POST asks for `write` instead
    (which implies `capability`). Sets request.organization for the view (a view
    asks `roles.can(request.user, ...)`, never for the role), and records what it
    asks for on the view as `capabilities` (the matrix test reads it)."""
    roles.check_capabilities(capability, write)

    def permitted(membership, method: str) -> bool:
        if method in SAFE_METHODS and roles.can(membership, capability):
            return True
        return roles.can(membership, write or capability)

    def decorator(view):
        @login_required
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            membership = membership_of(request.user)
            if membership is None or not permitted(membership, request.method):
                raise PermissionDenied("Your role may not open this page.")
            request.organization = membership.organization
            return view(request, *args, **kwargs)

        wrapped.capabilities = {"read": capability, "write": write or capability}
        return wrapped

    return decorator
