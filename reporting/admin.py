from django.contrib import admin

from reporting.models import Emission


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
