from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.contrib.auth import authenticate
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from rest_framework.authtoken.models import Token

from accounts.exceptions import (
    InvalidCredentials,
    InvitationInvalid,
    LastAdminRequired,
    MembershipConflict,
)
from accounts.models import (
    AuditEvent,
    Invitation,
    Membership,
    MembershipStatus,
    Organization,
    Role,
    User,
)
from accounts.permissions import membership_of
from accounts.selectors import invitation_open_get, invitation_token_hash

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class OrganizationSetup:
    organization: Organization
    admin: User
    organization_created: bool
    admin_created: bool


@transaction.atomic
def user_ensure(
    *, organization: Organization, email: str, password: str, role: str
) -> tuple[User, bool]:
    """Get or create a member. Raises MembershipConflict if they belong elsewhere."""
    email = email.strip().lower()
    user = User.objects.filter(email=email).first()
    created = user is None
    if created:
        user = User(email=email)
        user.set_password(password)
        user.full_clean()
        user.save()
    membership = Membership.objects.filter(user=user).first()
    if membership is None:
        membership = Membership(user=user, organization=organization, role=role)
        membership.full_clean()
        membership.save()
    elif membership.organization_id != organization.pk:
        raise MembershipConflict(
            f"{email} already belongs to {membership.organization.name}."
        )
    return user, created


@transaction.atomic
def organization_create(
    *,
    name: str,
    admin_email: str,
    admin_password: str,
    default_region: str = "US",
    default_currency: str = "",
    country: str = "",
) -> OrganizationSetup:
    """Idempotent: an existing organization and admin are returned unchanged.
    Currency and country default to the region's (GB: GBP, GB; else USD, US)."""
    organization = Organization.objects.filter(name=name).first()
    organization_created = organization is None
    if organization_created:
        british = default_region == Organization.Region.GB
        organization = Organization(
            name=name,
            default_region=default_region,
            default_currency=(
                default_currency or ("GBP" if british else "USD")
            ).upper(),
            country=(country or ("GB" if british else "US")).upper(),
        )
        organization.full_clean()
        organization.save()
    admin, admin_created = user_ensure(
        organization=organization,
        email=admin_email,
        password=admin_password,
        role=Role.ADMIN,
    )
    return OrganizationSetup(organization, admin, organization_created, admin_created)


def token_obtain(*, email: str, password: str, request=None) -> Token:
    """Raises InvalidCredentials for a wrong email/password or a user with no org."""
    user = authenticate(request, email=email.strip().lower(), password=password)
    if user is None or not user.is_active or membership_of(user) is None:
        raise InvalidCredentials("Wrong email or password.")
    token, _ = Token.objects.get_or_create(user=user)
    return token


# Members: invitations, roles, deactivation (API.md, Members). Every change is
# audited, and none leaves an organization without an active admin.


@dataclass(frozen=True)
class InvitationIssued:
    member: Membership
    invitation: Invitation
    url: str


def _audit(*, action: str, membership: Membership, actor: User | None, **details):
    AuditEvent.objects.create(
        organization_id=membership.organization_id,
        action=action,
        actor=actor,
        membership=membership,
        email=membership.user.email,
        details=details,
    )


def _invitations_revoke(membership: Membership) -> None:
    Invitation.objects.filter(
        membership=membership, used_at__isnull=True, revoked_at__isnull=True
    ).update(revoked_at=timezone.now())


def _invitation_mail(*, email: str, organization: str, role: str, url: str) -> None:
    send_mail(
        subject=f"You are invited to {organization} on Carbon",
        message=(
            f"You have been invited to {organization} as {role}.\n\n"
            f"Open this link to accept (it works once, for "
            f"{settings.INVITATION_TTL_DAYS} days):\n{url}\n"
        ),
        from_email=None,
        recipient_list=[email],
    )
    logger.info("invitation_mailed", extra={"organization": organization})


@transaction.atomic
def member_invite(
    *,
    organization: Organization,
    email: str,
    role: str,
    invited_by: User | None,
    base_url: str,
) -> InvitationIssued:
    """Invite a person, or invite again an invited or deactivated member (earlier
    links stop working). Raises MembershipConflict for an active member or a person
    of another organization."""
    email = User.objects.normalize_email(email.strip()).lower()
    candidate = User(email=email)
    candidate.set_unusable_password()
    candidate.full_clean(validate_unique=False)
    # A new person gets a user without a password; they choose it on accepting.
    user, _ = User.objects.get_or_create(
        email=email, defaults={"password": candidate.password}
    )
    membership = (
        Membership.objects.select_for_update(of=("self",)).filter(user=user).first()
    )
    if membership is None:
        membership = Membership(
            user=user,
            organization=organization,
            role=role,
            status=MembershipStatus.INVITED,
        )
        membership.full_clean()
        membership.save()
    elif membership.organization_id != organization.pk or membership.is_active:
        where = "this" if membership.organization_id == organization.pk else "another"
        raise MembershipConflict(
            f"{email} is already a member of {where} organization.",
            errors=[
                {
                    "field": "email",
                    "code": "member_exists",
                    "message": "Already a member.",
                }
            ],
        )
    else:
        membership.role = role
        membership.status = MembershipStatus.INVITED
        membership.full_clean()
        membership.save(update_fields=["role", "status"])
        _invitations_revoke(membership)
    token = secrets.token_urlsafe(32)
    invitation = Invitation(
        organization=organization,
        membership=membership,
        token_hash=invitation_token_hash(token),
        created_by=invited_by,
        expires_at=timezone.now() + timedelta(days=settings.INVITATION_TTL_DAYS),
    )
    invitation.full_clean()
    invitation.save()
    url = base_url.rstrip("/") + reverse("members:accept", args=[token])
    _audit(
        action=AuditEvent.Action.MEMBER_INVITED,
        membership=membership,
        actor=invited_by,
        role=role,
    )
    transaction.on_commit(
        partial(
            _invitation_mail,
            email=email,
            organization=organization.name,
            role=role,
            url=url,
        ),
        robust=True,
    )
    logger.info(
        "member_invited",
        extra={"organization_id": str(organization.pk), "role": role},
    )
    return InvitationIssued(member=membership, invitation=invitation, url=url)


@transaction.atomic
def invitation_accept(*, token: str, password: str = "") -> Membership:
    """Activate the invited membership; a person without a password sets one.
    Raises InvitationInvalid (unknown, used, revoked, expired) and ValidationError
    (password)."""
    found = invitation_open_get(token=token)
    # Membership, then invitation: the order member_deactivate locks them in.
    membership = (
        Membership.objects.select_for_update(of=("self",))
        .select_related("user", "organization")
        .get(pk=found.membership_id)
    )
    invitation = Invitation.objects.select_for_update().get(pk=found.pk)
    if not invitation.is_open or membership.status != MembershipStatus.INVITED:
        raise InvitationInvalid()
    user = membership.user
    if not user.has_usable_password():
        if not password:
            raise ValidationError({"password": "Choose a password."})
        try:
            validate_password(password, user)
        except ValidationError as exc:
            raise ValidationError({"password": exc.messages}) from None
        user.set_password(password)
        user.save(update_fields=["password"])
    membership.status = MembershipStatus.ACTIVE
    membership.save(update_fields=["status"])
    invitation.used_at = timezone.now()
    invitation.save(update_fields=["used_at"])
    _audit(
        action=AuditEvent.Action.INVITATION_ACCEPTED,
        membership=membership,
        actor=user,
        role=membership.role,
    )
    return membership


def _lock_with_admins(member: Membership) -> tuple[Membership, set]:
    """Lock the organization's active admins (in id order), then the member: two
    changes that could each take away the last admin wait for each other, and the
    second sees the first's result."""
    admins = {
        m.pk
        for m in Membership.objects.select_for_update()
        .filter(
            organization_id=member.organization_id,
            role=Role.ADMIN,
            status=MembershipStatus.ACTIVE,
        )
        .order_by("pk")
        .only("pk")
    }
    locked = (
        Membership.objects.select_for_update(of=("self",))
        .select_related("user", "organization")
        .get(pk=member.pk, organization_id=member.organization_id)
    )
    return locked, admins


def _keep_an_admin(membership: Membership, admins: set) -> None:
    if admins == {membership.pk}:
        raise LastAdminRequired(
            f"{membership.user.email} is the organization's only active admin; "
            "make another member admin first."
        )


@transaction.atomic
def member_role_set(*, member: Membership, role: str, actor: User | None) -> Membership:
    """Raises LastAdminRequired (409) when it would leave no active admin."""
    membership, admins = _lock_with_admins(member)
    if membership.role == role:
        return membership
    if role != Role.ADMIN:
        _keep_an_admin(membership, admins)
    before = membership.role
    membership.role = role
    membership.full_clean()
    membership.save(update_fields=["role"])
    _audit(
        action=AuditEvent.Action.ROLE_CHANGED,
        membership=membership,
        actor=actor,
        **{"from": before, "to": role},
    )
    return membership


@transaction.atomic
def member_deactivate(*, member: Membership, actor: User | None) -> Membership:
    """Shut a member out (their open invitation and API token go too); for an
    invited member this revokes the invitation. Raises LastAdminRequired (409)."""
    membership, admins = _lock_with_admins(member)
    if membership.status == MembershipStatus.DEACTIVATED:
        return membership
    _keep_an_admin(membership, admins)
    before = membership.status
    membership.status = MembershipStatus.DEACTIVATED
    membership.save(update_fields=["status"])
    _invitations_revoke(membership)
    Token.objects.filter(user_id=membership.user_id).delete()
    _audit(
        action=AuditEvent.Action.MEMBER_DEACTIVATED,
        membership=membership,
        actor=actor,
        from_status=before,
    )
    return membership
