from __future__ import annotations

import hashlib

from django.db.models import QuerySet

from accounts.exceptions import InvitationInvalid
from accounts.models import Invitation, Membership, Organization, User


def membership_get(*, user: User) -> Membership:
    return Membership.objects.select_related("organization").get(user=user)


def member_list(*, organization: Organization) -> QuerySet[Membership]:
    """Every membership of the organization: active, invited and deactivated."""
    return (
        Membership.objects.filter(organization=organization)
        .select_related("user")
        .order_by("user__email", "pk")
    )


def member_get(*, organization: Organization, member_id) -> Membership:
    """Raises Membership.DoesNotExist (404) for another organization's member."""
    return member_list(organization=organization).get(pk=member_id)


def invitation_token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invitation_open_get(*, token: str) -> Invitation:
    """Raises InvitationInvalid for an unknown, used, revoked or expired link."""
    invitation = (
        Invitation.objects.select_related(
            "membership__user", "membership__organization"
        )
        .filter(token_hash=invitation_token_hash(token))
        .first()
    )
    if invitation is None or not invitation.is_open:
        raise InvitationInvalid(
            "This invitation link was used, revoked or has expired; ask your "
            "organization's admin for a new one."
        )
    return invitation
