from django.contrib import admin

from matching.factors.models import EmissionFactor, FactorLibraryLoad


@admin.register(EmissionFactor)
class EmissionFactorAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "source",
        "version",
        "region",
        "unit",
        "kg_co2e_per_unit",
        "scope",
        "is_current",
    ]
    list_filter = ["source", "version", "region", "is_current", "dimension", "scope"]
    search_fields = ["name", "external_id", "category_path"]
    readonly_fields = [field.name for field in EmissionFactor._meta.fields]


@admin.register(FactorLibraryLoad)
class FactorLibraryLoadAdmin(admin.ModelAdmin):
    list_display = ["source", "version", "checksum", "loaded_at"]
    readonly_fields = [field.name for field in FactorLibraryLoad._meta.fields]
