from __future__ import annotations

import uuid

from django.contrib.auth.models import (
    AbstractBaseUser,
    BaseUserManager,
    PermissionsMixin,
)
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone


class Organization(models.Model):
    class Region(models.TextChoices):
        US = "US", "United States"
        GB = "GB", "United Kingdom"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(max_length=200, unique=True)
    default_region = models.CharField(
        max_length=8,
        choices=Region.choices,
        default=Region.US,
        help_text="Region whose emission factors apply when an activity names none.",
    )
    # What a file that does not say is read in (ARCHITECTURE.md, ADR-4.2c).
    default_currency = models.CharField(
        max_length=3,
        default="USD",
        db_default="USD",  # rows written by raw SQL (older migrations' tests)
        validators=[RegexValidator(r"^[A-Z]{3}$", "An ISO 4217 code, like GBP.")],
        help_text="ISO 4217 currency of amounts in a file with no currency column.",
    )
    country = models.CharField(
        max_length=2,
        default="US",
        db_default="US",
        validators=[RegexValidator(r"^[A-Z]{2}$", "An ISO 3166 code, like GB.")],
        help_text="ISO 3166 country; sets the day/month order of dates no value "
        "settles (US: month first, else day first).",
    )
    webhook_url = models.URLField(blank=True)
    webhook_secret = models.CharField(max_length=128, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra) -> User:
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra) -> User:
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(
        self, email: str, password: str | None = None, **extra
    ) -> User:
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    email = models.EmailField(unique=True)
    full_name = models.CharField(max_length=200, blank=True)
    is_staff = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        ordering = ["email"]

    def __str__(self) -> str:
        return self.email

    @property
    def organization(self) -> Organization | None:
        membership = getattr(self, "membership", None)
        return membership.organization if membership else None

    @property
    def role(self) -> str | None:
        membership = getattr(self, "membership", None)
        return membership.role if membership else None


class Role(models.TextChoices):
    ADMIN = "admin", "Admin"
    ANALYST = "analyst", "Analyst"
    SUPPLIER = "supplier", "Supplier"
    VERIFIER = "verifier", "Verifier"
    VIEWER = "viewer", "Viewer"
    BUYER = "buyer", "Buyer"


class MembershipStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    INVITED = "invited", "Invited"
    DEACTIVATED = "deactivated", "Deactivated"


class Membership(models.Model):
    """A user's place in one organization. One organization per user for now."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.OneToOneField(
        User, on_delete=models.CASCADE, related_name="membership"
    )
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.VIEWER)
    # Only an active membership opens the organization (accounts.permissions,
    # accounts.backends): an invited one waits for its link, a deactivated one is shut.
    status = models.CharField(
        max_length=16,
        choices=MembershipStatus.choices,
        default=MembershipStatus.ACTIVE,
        db_default=MembershipStatus.ACTIVE,
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["organization", "user__email"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=MembershipStatus.values),
                name="membership_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.organization} ({self.role}, {self.status})"

    @property
    def is_active(self) -> bool:
        return self.status == MembershipStatus.ACTIVE


class Invitation(models.Model):
    """A one-time link that turns an invited membership into an active one. Only
    the SHA-256 of the token is stored; the token itself is shown or mailed once."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="+"
    )
    membership = models.ForeignKey(
        Membership, on_delete=models.CASCADE, related_name="invitations"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["membership"],
                condition=models.Q(used_at__isnull=True, revoked_at__isnull=True),
                name="invitation_one_open_per_membership",
            ),
        ]

    def __str__(self) -> str:
        return f"invitation {self.membership_id} until {self.expires_at:%Y-%m-%d}"

    @property
    def is_open(self) -> bool:
        return (
            self.used_at is None
            and self.revoked_at is None
            and self.expires_at > timezone.now()
        )


class AuditEvent(models.Model):
    """Who changed the organization's people, when, and how (append-only)."""

    class Action(models.TextChoices):
        MEMBER_INVITED = "member_invited", "Member invited"
        INVITATION_ACCEPTED = "invitation_accepted", "Invitation accepted"
        ROLE_CHANGED = "role_changed", "Role changed"
        MEMBER_DEACTIVATED = "member_deactivated", "Member deactivated"

    id = models.BigAutoField(primary_key=True)
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="+"
    )
    action = models.CharField(max_length=32, choices=Action.choices)
    actor = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    membership = models.ForeignKey(
        Membership, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # The subject's email, kept if the membership is ever deleted.
    email = models.EmailField()
    details = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["organization", "-at"])]

    def __str__(self) -> str:
        return f"{self.action} {self.email}"
