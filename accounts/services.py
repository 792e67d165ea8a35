from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import authenticate
from django.db import transaction
from rest_framework.authtoken.models import Token

from accounts.exceptions import InvalidCredentials, MembershipConflict
from accounts.models import Membership, Organization, Role, User


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
    *, name: str, admin_email: str, admin_password: str, default_region: str = "US"
) -> OrganizationSetup:
    """Idempotent: an existing organization and admin are returned unchanged."""
    organization = Organization.objects.filter(name=name).first()
    organization_created = organization is None
    if organization_created:
        organization = Organization(name=name, default_region=default_region)
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
    if user is None or not user.is_active or not hasattr(user, "membership"):
        raise InvalidCredentials("Wrong email or password.")
    token, _ = Token.objects.get_or_create(user=user)
    return token
