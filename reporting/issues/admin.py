from django.contrib import admin

from reporting.issues.models import IngestionIssue


@admin.register(IngestionIssue)
class IngestionIssueAdmin(admin.ModelAdmin):
    list_display = ["title", "organization", "kind", "status", "assignee"]
    list_filter = ["organization", "kind", "status"]
    raw_id_fields = ["assignee"]
