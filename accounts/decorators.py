"""Role checks for HTML views (the API uses accounts.permissions)."""

from collections.abc import Iterable
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

from accounts.permissions import membership_of


def member_required(*, roles: Iterable[str]):
    """Logged in, a member of an organization, with one of `roles`; sets
    request.organization and request.role for the view."""
    allowed = frozenset(roles)

    def decorator(view):
        @login_required
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            membership = membership_of(request.user)
            if membership is None or membership.role not in allowed:
                raise PermissionDenied("Your role may not open this page.")
            request.organization = membership.organization
            request.role = membership.role
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
