from django.contrib import admin, messages

from carbon.core.exceptions import ApplicationError
from carbon.jobs.models import Job
from carbon.jobs.services import job_retry


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = [
        "kind",
        "organization",
        "profile",
        "status",
        "attempts",
        "duration_ms",
        "created_at",
    ]
    list_filter = ["organization", "profile", "status", "kind"]
    search_fields = ["kind", "subject_id", "error"]
    readonly_fields = [f.name for f in Job._meta.fields]
    actions = ["retry_failed"]

    @admin.action(description="Retry the selected failed jobs")
    def retry_failed(self, request, queryset):
        retried = 0
        for job in queryset.filter(status=Job.Status.FAILED):
            try:
                job_retry(job=job)
                retried += 1
            except ApplicationError as exc:
                self.message_user(request, exc.detail, messages.WARNING)
        self.message_user(request, f"{retried} job(s) queued again.")
