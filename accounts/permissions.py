"""Role checks for the API: a role that may not do something gets 403."""

from __future__ import annotations

from collections.abc import Iterable

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


def role_permission(
    *, read: Iterable[str], write: Iterable[str] = ()
) -> type[BasePermission]:
    """A permission class allowing `read` roles safe methods and `write` roles the rest."""
    read_roles = frozenset(read) | frozenset(write)
    write_roles = frozenset(write)

    class RolePermission(IsOrganizationMember):
        message = "Your role may not do this."

        def has_permission(self, request, view) -> bool:
            membership = membership_of(request.user)
            if membership is None:
                return False
            allowed = read_roles if request.method in SAFE_METHODS else write_roles
            return membership.role in allowed

    RolePermission.__name__ = f"RolePermission({'/'.join(sorted(write_roles))})"
    return RolePermission


IsAdmin = role_permission(read=roles.ADMIN, write=roles.ADMIN)
