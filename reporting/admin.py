from django.contrib import admin

from reporting.models import ClosedPeriod, Emission, Recalculation, RecalculationRow


@admin.register(Emission)
class EmissionAdmin(admin.ModelAdmin):
    list_display = [
        "activity",
        "organization",
        "co2e_kg",
        "status",
        "factor_source",
        "factor_external_id",
        "factor_version",
        "multiplier",
        "method_version",
    ]
    list_filter = ["organization", "status", "factor_source", "method_version"]
    search_fields = ["factor_external_id", "note"]
    raw_id_fields = ["activity", "upload", "factor"]
    list_select_related = ["organization", "activity"]


@admin.register(ClosedPeriod)
class ClosedPeriodAdmin(admin.ModelAdmin):
    list_display = ["start", "end", "organization", "closed_by", "closed_at"]
    list_filter = ["organization"]


@admin.register(Recalculation)
class RecalculationAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "organization",
        "upload",
        "status",
        "rows_changed",
        "total_before",
        "total_after",
        "created_at",
        "applied_at",
    ]
    list_filter = ["organization", "status"]
    readonly_fields = [field.name for field in Recalculation._meta.fields]


@admin.register(RecalculationRow)
class RecalculationRowAdmin(admin.ModelAdmin):
    list_display = [
        "recalculation",
        "activity_id",
        "group",
        "old_co2e_kg",
        "new_co2e_kg",
    ]
    readonly_fields = [field.name for field in RecalculationRow._meta.fields]
