import datetime as dt
import hashlib

import factory
from django.utils import timezone

from accounts.models import (
    AuditEvent,
    Invitation,
    Membership,
    MembershipStatus,
    Organization,
    Role,
    User,
)

PASSWORD = "correct-horse-battery-staple"


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"Organization {n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.test")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def saved(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organization = factory.SubFactory(OrganizationFactory)
    role = Role.ADMIN
    status = MembershipStatus.ACTIVE

    class Params:
        deactivated = factory.Trait(status=MembershipStatus.DEACTIVATED)


class InvitationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Invitation

    membership = factory.SubFactory(MembershipFactory, status=MembershipStatus.INVITED)
    organization = factory.SelfAttribute("membership.organization")
    token_hash = factory.Sequence(
        lambda n: hashlib.sha256(f"token-{n}".encode()).hexdigest()
    )
    expires_at = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=7))


class AuditEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AuditEvent

    membership = factory.SubFactory(MembershipFactory)
    organization = factory.SelfAttribute("membership.organization")
    action = AuditEvent.Action.MEMBER_INVITED
    email = factory.SelfAttribute("membership.user.email")
