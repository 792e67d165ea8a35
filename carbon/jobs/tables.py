import django_tables2 as tables

from carbon.jobs.models import Job


class JobTable(tables.Table):
    kind = tables.Column()
    profile = tables.Column()
    status = tables.TemplateColumn(
        '<span class="badge {{ record.status }}">{{ record.get_status_display }}</span>'
    )
    attempts = tables.TemplateColumn(
        "{{ record.attempts }}/{{ record.max_attempts }}",
        attrs={"td": {"class": "num"}, "th": {"class": "num"}},
    )
    duration_ms = tables.Column(
        verbose_name="Duration (ms)",
        attrs={"td": {"class": "num"}, "th": {"class": "num"}},
    )
    created_at = tables.DateTimeColumn(format="Y-m-d H:i:s", verbose_name="Created")
    error = tables.TemplateColumn(
        '<span title="{{ record.error }}">{{ record.error|truncatechars:100 }}</span>',
        attrs={"td": {"class": "error"}},
        orderable=False,
    )
    actions = tables.TemplateColumn(
        template_name="jobs/_job_actions.html", orderable=False, verbose_name=""
    )

    class Meta:
        model = Job
        fields = [
            "kind",
            "profile",
            "status",
            "attempts",
            "duration_ms",
            "created_at",
            "error",
        ]
        attrs = {"class": "table", "id": "jobs-table"}
        empty_text = "No background jobs match. Uploading a file starts some."
        order_by = "-created_at"
