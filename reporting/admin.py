from django.contrib import admin

from reporting.models import (
    ClosedPeriod,
    Emission,
    InventorySettings,
    Recalculation,
    RecalculationRow,
    ScopeOverride,
    SupplierFactor,
    Target,
)
from reporting.services import scope_override_delete, scope_override_set
from reporting.supplier_factors import supplier_factor_delete, supplier_factor_record


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


@admin.register(ScopeOverride)
class ScopeOverrideAdmin(admin.ModelAdmin):
    """Saved and deleted through the services, so the rows it covers are
    reclassified."""

    list_display = ["organization", "gl_account", "factor", "scope", "scope3_category"]
    list_filter = ["organization", "scope"]
    raw_id_fields = ["factor"]
    actions = None  # a bulk delete would skip the reclassification

    def save_model(self, request, obj, form, change):
        saved = scope_override_set(
            organization=obj.organization,
            gl_account=obj.gl_account,
            factor=obj.factor,
            scope=obj.scope,
            scope3_category=obj.scope3_category,
            note=obj.note,
        )
        obj.pk = saved.pk

    def delete_model(self, request, obj):
        scope_override_delete(organization=obj.organization, scope_override_id=obj.pk)


@admin.register(InventorySettings)
class InventorySettingsAdmin(admin.ModelAdmin):
    list_display = ["organization", "year_start_month", "base_year"]
    list_filter = ["organization"]


@admin.register(Target)
class TargetAdmin(admin.ModelAdmin):
    list_display = ["organization", "scopes", "reduction_percent", "target_year"]
    list_filter = ["organization", "scopes"]


@admin.register(SupplierFactor)
class SupplierFactorAdmin(admin.ModelAdmin):
    """Saved and deleted through the services, so the supplier's lines are
    recalculated."""

    list_display = [
        "supplier",
        "organization",
        "kg_co2e_per_unit",
        "unit",
        "year",
        "source",
        "created_by",
        "created_at",
    ]
    list_filter = ["organization", "unit", "year"]
    search_fields = ["supplier", "supplier_key", "source"]
    fields = ["organization", "supplier", "kg_co2e_per_unit", "unit", "year", "source"]
    fields += ["url", "supplier_key", "dimension", "created_by", "created_at"]
    readonly_fields = ["supplier_key", "dimension", "created_by", "created_at"]
    actions = None  # a bulk delete would skip the recalculation

    def save_model(self, request, obj, form, change):
        saved = supplier_factor_record(
            organization=obj.organization,
            user=request.user,
            supplier=obj.supplier,
            kg_co2e_per_unit=obj.kg_co2e_per_unit,
            unit=obj.unit,
            year=obj.year,
            source=obj.source,
            url=obj.url,
        )
        obj.pk = saved.pk

    def delete_model(self, request, obj):
        supplier_factor_delete(
            organization=obj.organization, user=None, supplier_factor_id=obj.pk
        )
