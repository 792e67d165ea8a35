from django.contrib import admin

from matching.ai_models import AiCircuit, AiMatchBatch, AiSlot
from matching.models import MatchCacheEntry


@admin.register(MatchCacheEntry)
class MatchCacheEntryAdmin(admin.ModelAdmin):
    list_display = [
        "description",
        "unit",
        "organization",
        "factor",
        "status",
        "method",
        "confidence",
        "updated_at",
    ]
    list_filter = ["organization", "status", "method"]
    search_fields = ["description", "key"]
    raw_id_fields = ["factor", "overridden_by"]


@admin.register(AiMatchBatch)
class AiMatchBatchAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "organization",
        "status",
        "outcome",
        "item_count",
        "attempts",
        "claims",
        "lease_owner",
        "lease_expires_at",
        "created_at",
        "finished_at",
    ]
    list_filter = ["organization", "status", "outcome"]
    search_fields = ["id", "run_id", "lease_owner"]
    readonly_fields = [field.name for field in AiMatchBatch._meta.fields]


@admin.register(AiSlot)
class AiSlotAdmin(admin.ModelAdmin):
    list_display = ["slot", "owner", "batch_id", "acquired_at", "expires_at"]
    readonly_fields = ["slot", "owner", "batch_id", "acquired_at", "expires_at"]


@admin.register(AiCircuit)
class AiCircuitAdmin(admin.ModelAdmin):
    list_display = ["name", "state", "failures", "opened_until", "updated_at"]
