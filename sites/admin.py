from django.contrib import admin, messages

from sites.models import Alert, DeviceKey, IdempotencyKey, OutboxEvent, Site
from sites.services.device_keys import device_key_create, device_key_revoke
from sites.services.maintenance import site_totals_verify


@admin.register(Site)
class SiteAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "organization",
        "kind",
        "emission_limit",
        "total_emissions_to_date",
        "duplicates_rejected",
    ]
    list_filter = ["organization", "kind"]
    search_fields = ["name"]
    readonly_fields = [
        "total_emissions_to_date",
        "duplicates_rejected",
        "conflicts_rejected",
        "created_at",
        "updated_at",
    ]
    actions = ["verify_totals", "create_device_key"]

    @admin.action(description="Verify totals against stored readings")
    def verify_totals(self, request, queryset):
        result = site_totals_verify(
            site_ids=list(queryset.values_list("pk", flat=True))
        )
        for drift in result.drifts:
            self.message_user(
                request,
                f"{drift.name}: recorded {drift.recorded_total}, readings sum to "
                f"{drift.readings_total} (drift {drift.drift}).",
                messages.ERROR,
            )
        if not result.drifts:
            self.message_user(
                request, f"{result.sites_checked} site total(s) match their readings."
            )

    @admin.action(description="Create a device key for each selected site")
    def create_device_key(self, request, queryset):
        for site in queryset:
            created = device_key_create(
                site=site, name="admin-created", created_by=request.user
            )
            self.message_user(
                request,
                f"{site.name}: device key {created.key} (shown once, copy it now).",
                messages.WARNING,
            )


@admin.register(DeviceKey)
class DeviceKeyAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "site",
        "prefix",
        "created_at",
        "last_used_at",
        "revoked_at",
    ]
    list_filter = ["organization"]
    search_fields = ["name", "prefix"]
    readonly_fields = [f.name for f in DeviceKey._meta.fields]
    actions = ["revoke"]

    def has_add_permission(self, request):
        return False  # created with the Site action or the API: the key is shown once

    @admin.action(description="Revoke the selected keys")
    def revoke(self, request, queryset):
        for device_key in queryset:
            device_key_revoke(device_key=device_key)
        self.message_user(request, f"{queryset.count()} key(s) revoked.")


@admin.register(Alert)
class AlertAdmin(admin.ModelAdmin):
    list_display = ["created_at", "site", "kind", "message"]
    list_filter = ["organization", "kind"]
    readonly_fields = [f.name for f in Alert._meta.fields]


@admin.register(OutboxEvent)
class OutboxEventAdmin(admin.ModelAdmin):
    list_display = [
        "created_at",
        "topic",
        "site",
        "attempts",
        "published_at",
        "failed_at",
    ]
    list_filter = ["organization", "topic", "published_at", "failed_at"]
    readonly_fields = [f.name for f in OutboxEvent._meta.fields]


@admin.register(IdempotencyKey)
class IdempotencyKeyAdmin(admin.ModelAdmin):
    list_display = ["key", "organization", "status", "response_status", "created_at"]
    list_filter = ["organization", "status"]
    search_fields = ["key"]
    readonly_fields = [f.name for f in IdempotencyKey._meta.fields]
