import django_tables2 as tables

from ingestion.models import RowError, Upload

NUM = {"td": {"class": "num"}, "th": {"class": "num"}, "tf": {"class": "num"}}


class UploadTable(tables.Table):
    filename = tables.LinkColumn(
        "reporting:upload-detail", args=[tables.A("pk")], verbose_name="File"
    )
    status = tables.TemplateColumn(template_name="ingestion/_upload_progress.html")
    rows_parsed = tables.Column(verbose_name="Rows", attrs=NUM)
    rows_failed = tables.Column(verbose_name="Failed rows", attrs=NUM)
    activities_calculated = tables.Column(verbose_name="Calculated", attrs=NUM)
    created_at = tables.DateTimeColumn(format="Y-m-d H:i", verbose_name="Uploaded")

    class Meta:
        model = Upload
        fields = [
            "filename",
            "status",
            "rows_parsed",
            "rows_failed",
            "activities_calculated",
            "created_at",
        ]
        attrs = {"class": "table", "id": "uploads-table"}
        empty_text = "No uploads yet."
        order_by = "-created_at"


class RowErrorTable(tables.Table):
    row = tables.Column(attrs=NUM)
    column = tables.Column()
    message = tables.Column()

    class Meta:
        model = RowError
        fields = ["row", "column", "message"]
        attrs = {"class": "table", "id": "row-errors"}
        orderable = False
