import csv
import io

from django.core.files.uploadedfile import SimpleUploadedFile

from ingestion.services.pipeline import StepResult, upload_step_run


def csv_bytes(
    rows: list[list], *, delimiter: str = ",", encoding: str = "utf-8"
) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding)


def upload_file(content: bytes, name: str = "activities.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="text/csv")


def upload_parse(*, upload_id) -> StepResult:
    """The parse step as its job runs it (through the pipeline's owner), without
    queueing the match step."""
    return upload_step_run(upload_id, step="parse", queue_next=False)
