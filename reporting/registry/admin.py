from django.contrib import admin

from reporting.registry.models import (
    Assessment,
    AssessmentItem,
    CreditBatch,
    Holding,
    Project,
    ProjectDocument,
    ProjectTransition,
    Retirement,
    SerialCounter,
    Transfer,
    VerifierGrant,
)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Audit records: viewable, never edited or deleted from the admin."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ["registry_id", "name", "organization", "state", "public_status"]
    list_filter = ["organization", "state", "methodology", "country"]
    search_fields = ["registry_id", "name"]
    readonly_fields = ["state", "credits_issued", "credits_retired", "published_at"]
    raw_id_fields = ["created_by"]
    list_select_related = ["organization"]


@admin.register(ProjectDocument)
class ProjectDocumentAdmin(admin.ModelAdmin):
    list_display = ["title", "project", "confidentiality", "size_bytes"]
    list_filter = ["confidentiality"]
    raw_id_fields = ["project", "uploaded_by"]


@admin.register(ProjectTransition)
class ProjectTransitionAdmin(ReadOnlyAdmin):
    list_display = ["project", "source", "target", "actor", "created_at"]
    list_filter = ["target"]


@admin.register(VerifierGrant)
class VerifierGrantAdmin(admin.ModelAdmin):
    list_display = ["project", "verifier", "granted_at", "revoked_at"]
    raw_id_fields = ["project", "verifier", "granted_by", "revoked_by"]


class AssessmentItemInline(admin.TabularInline):
    model = AssessmentItem
    extra = 0


@admin.register(Assessment)
class AssessmentAdmin(ReadOnlyAdmin):
    list_display = [
        "project",
        "outcome",
        "verified_quantity",
        "assessor",
        "approved_by",
    ]
    inlines = [AssessmentItemInline]


@admin.register(AssessmentItem)
class AssessmentItemAdmin(ReadOnlyAdmin):
    list_display = ["assessment", "criterion", "severity"]


@admin.register(CreditBatch)
class CreditBatchAdmin(ReadOnlyAdmin):
    list_display = ["project", "serials", "quantity", "issued_at"]


@admin.register(Retirement)
class RetirementAdmin(ReadOnlyAdmin):
    list_display = ["batch", "serials", "quantity", "beneficiary", "retired_at"]


@admin.register(Holding)
class HoldingAdmin(ReadOnlyAdmin):
    """Holdings change only through transfers and retirements (services)."""

    list_display = ["batch", "organization", "serials", "quantity", "updated_at"]
    list_filter = ["organization"]
    list_select_related = ["organization", "batch"]


@admin.register(Transfer)
class TransferAdmin(ReadOnlyAdmin):
    list_display = [
        "batch",
        "serials",
        "quantity",
        "from_organization",
        "to_organization",
        "created_at",
    ]
    list_filter = ["from_organization", "to_organization"]


@admin.register(SerialCounter)
class SerialCounterAdmin(ReadOnlyAdmin):
    list_display = ["id", "next_serial"]
