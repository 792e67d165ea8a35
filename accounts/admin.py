from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from accounts.models import AuditEvent, Invitation, Membership, Organization, User


class MembershipInline(admin.StackedInline):
    model = Membership
    extra = 0


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "default_region",
        "default_currency",
        "country",
        "created_at",
    ]
    search_fields = ["name"]


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "full_name", "is_staff", "is_active"]
    list_filter = [
        "is_staff",
        "is_active",
        "membership__organization",
        "membership__role",
    ]
    search_fields = ["email", "full_name"]
    inlines = [MembershipInline]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        ("Profile", {"fields": ("full_name",)}),
        (
            "Permissions",
            {"fields": ("is_active", "is_staff", "is_superuser", "groups")},
        ),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (None, {"classes": ("wide",), "fields": ("email", "password1", "password2")}),
    )


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "organization", "role", "status"]
    list_filter = ["organization", "role", "status"]
    search_fields = ["user__email"]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """Audit records: viewable, never edited or deleted from the admin."""

    list_display = ["at", "organization", "action", "email", "actor"]
    list_filter = ["action", "organization"]
    search_fields = ["email"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    """Read-only: invitations are made and revoked on the members page or API (the
    token itself is never stored)."""

    list_display = ["membership", "organization", "created_at", "expires_at", "used_at"]
    list_filter = ["organization"]
    search_fields = ["membership__user__email"]
    exclude = ["token_hash"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
