"""Permission checks for the API: a member whose role lacks the capability a view
asks for (accounts.roles.CAPABILITIES) gets 403."""

from __future__ import annotations

from rest_framework.permissions import SAFE_METHODS, BasePermission

from accounts import roles


def membership_of(user):
    """The user's active membership, or None (anonymous, no organization, invited
    or deactivated): every role check, API and HTML, starts here."""
    if not user or not user.is_authenticated:
        return None
    membership = getattr(user, "membership", None)
    if membership is None or not membership.is_active:
        return None
    return membership


def may_sign_in(user) -> bool:
    """A user whose membership is not active may not sign in or use a token; a user
    of no organization (an operator) may."""
    membership = getattr(user, "membership", None)
    return membership is None or membership.is_active


class IsOrganizationMember(BasePermission):
    message = "You are not a member of an organization."

    def has_permission(self, request, view) -> bool:
        return membership_of(request.user) is not None


def capability_permission(
    *, read: str, write: str | None = None
) -> type[BasePermission]:
    """A permission class allowing members with the `read` capability safe methods
    and those with `write` the rest (no `write`: nobody); `write` implies `read`.
    The class records what it asks for in `capabilities` (the matrix test reads it)."""
    roles.check_capabilities(read, write)

    class CapabilityPermission(IsOrganizationMember):
        message = "Your role may not do this."
        capabilities = {"read": read, "write": write}

        def has_permission(self, request, view) -> bool:
            membership = membership_of(request.user)
            if membership is None:
                return False
            if request.method in SAFE_METHODS and roles.can(membership, read):
                return True
            return write is not None and roles.can(membership, write)

    CapabilityPermission.__name__ = f"CapabilityPermission({read}/{write or '-'})"
    return CapabilityPermission
