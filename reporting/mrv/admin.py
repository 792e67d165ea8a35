from django.contrib import admin

from reporting.mrv.models import DailyRemoval, QaIssue, Statement, StatementEvent


@admin.register(DailyRemoval)
class DailyRemovalAdmin(admin.ModelAdmin):
    list_display = ["plant", "date", "version", "is_current", "quality_flag", "co2_t"]
    list_filter = ["organization", "quality_flag", "is_current"]
    readonly_fields = [field.name for field in DailyRemoval._meta.fields]


@admin.register(QaIssue)
class QaIssueAdmin(admin.ModelAdmin):
    list_display = ["plant", "date", "level", "code", "message"]
    list_filter = ["organization", "level", "code"]


class StatementEventInline(admin.TabularInline):
    model = StatementEvent
    extra = 0
    can_delete = False
    readonly_fields = ["name", "source", "target", "actor", "note", "created_at"]


@admin.register(Statement)
class StatementAdmin(admin.ModelAdmin):
    list_display = ["plant", "period_start", "period_end", "version", "status"]
    list_filter = ["organization", "status"]
    readonly_fields = [field.name for field in Statement._meta.fields]
    inlines = [StatementEventInline]


@admin.register(StatementEvent)
class StatementEventAdmin(admin.ModelAdmin):
    list_display = ["statement", "name", "source", "target", "actor", "created_at"]
    list_filter = ["name"]
