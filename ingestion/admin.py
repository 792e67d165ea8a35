from django.contrib import admin

from ingestion.models import (
    Activity,
    ActivityKey,
    ColumnMapping,
    FileCheck,
    LabResult,
    OperationsRecord,
    Plant,
    RowError,
    SensorDay,
    Upload,
)


class RowErrorInline(admin.TabularInline):
    model = RowError
    extra = 0
    can_delete = False
    readonly_fields = ["row", "column", "message"]
    max_num = 0


@admin.register(Upload)
class UploadAdmin(admin.ModelAdmin):
    list_display = [
        "filename",
        "organization",
        "kind",
        "status",
        "rows_total",
        "rows_parsed",
        "rows_failed",
        "created_at",
        "finished_at",
    ]
    list_filter = ["organization", "status", "kind", "file_type"]
    search_fields = ["filename", "sha256"]
    readonly_fields = [field.name for field in Upload._meta.fields]
    inlines = [RowErrorInline]


@admin.register(Activity)
class ActivityAdmin(admin.ModelAdmin):
    list_display = [
        "description",
        "organization",
        "quantity",
        "unit",
        "category",
        "match_status",
        "match_method",
        "factor",
    ]
    list_filter = ["organization", "match__status", "match__method", "region"]
    search_fields = ["description", "supplier", "external_id"]
    raw_id_fields = ["upload"]
    list_select_related = ["organization", "match__factor"]


@admin.register(ActivityKey)
class ActivityKeyAdmin(admin.ModelAdmin):
    list_display = ["key", "organization", "status", "method", "factor", "updated_at"]
    list_filter = ["organization", "status", "method"]
    search_fields = ["key"]
    raw_id_fields = ["factor"]
    list_select_related = ["organization", "factor"]


@admin.register(RowError)
class RowErrorAdmin(admin.ModelAdmin):
    list_display = ["upload", "row", "column", "message"]
    list_filter = ["upload__organization"]
    search_fields = ["message", "column"]
    raw_id_fields = ["upload"]


@admin.register(Plant)
class PlantAdmin(admin.ModelAdmin):
    """Admins edit a plant's column mapping here (JSON: header paths per field)."""

    list_display = ["code", "name", "organization", "created_at"]
    list_filter = ["organization"]
    search_fields = ["code", "name"]


@admin.register(LabResult)
class LabResultAdmin(admin.ModelAdmin):
    list_display = ["plant", "date", "parameter", "point", "value", "uncertainty"]
    list_filter = ["organization", "parameter", "point"]
    raw_id_fields = ["upload"]


@admin.register(OperationsRecord)
class OperationsRecordAdmin(admin.ModelAdmin):
    list_display = [
        "plant",
        "date",
        "effluent_flow_mgd",
        "report_generated_at",
        "sheet",
    ]
    list_filter = ["organization"]
    raw_id_fields = ["upload"]


@admin.register(SensorDay)
class SensorDayAdmin(admin.ModelAdmin):
    list_display = ["plant", "date", "parameter", "mean", "minimum", "maximum"]
    list_filter = ["organization"]
    raw_id_fields = ["upload"]


@admin.register(FileCheck)
class FileCheckAdmin(admin.ModelAdmin):
    list_display = ["upload", "level", "code", "status", "message"]
    list_filter = ["level", "status"]
    raw_id_fields = ["upload"]


@admin.register(ColumnMapping)
class ColumnMappingAdmin(admin.ModelAdmin):
    list_display = ["signature", "organization", "created_by", "updated_at"]
    list_filter = ["organization"]
    search_fields = ["signature"]
    readonly_fields = ["signature", "headers", "created_by", "updated_at"]
