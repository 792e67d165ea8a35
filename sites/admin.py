from django.contrib import admin

from sites.models import Site


@admin.register(Site)
class SiteAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "organization",
        "kind",
        "emission_limit",
        "total_emissions_to_date",
    ]
    list_filter = ["organization", "kind"]
    search_fields = ["name"]
    readonly_fields = ["total_emissions_to_date", "created_at", "updated_at"]
