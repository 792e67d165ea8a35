import csv
import io

from django.core.files.uploadedfile import SimpleUploadedFile


def csv_bytes(
    rows: list[list], *, delimiter: str = ",", encoding: str = "utf-8"
) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding)


def upload_file(content: bytes, name: str = "activities.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="text/csv")
