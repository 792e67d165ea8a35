"""The parse step: stream the stored file, COPY valid rows in chunks, keep row errors.

Each chunk's activities, its row errors and the checkpoint (last physical row) are
committed in one transaction, so a crash loses at most the chunk in flight and a
re-run resumes after the checkpoint: exactly the same activities, none twice. The
unique (upload, row_number) constraint backs that up.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from itertools import chain, islice

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from carbon.ids import ordered_ids
from carbon.limits import address_space_limit
from carbon.programs import profile_limits
from ingestion.models import Activity, RowError, Upload
from ingestion.parsing import (
    ACTIVITY_COLUMNS,
    HeaderMap,
    RowInvalid,
    RowParser,
    header_map,
    looks_like_header,
)
from ingestion.readers import UnreadableFile, iter_rows
from ingestion.services.mapping import (
    SAMPLE_ROWS,
    mapping_resolve,
    upload_needs_mapping,
)
from ingestion.services.pipeline import upload_fail

logger = logging.getLogger(__name__)
_HEADER_SCAN_ROWS = 30
_COPY_SQL = (
    f"COPY {Activity._meta.db_table} (id, organization_id, upload_id, "
    + ", ".join(ACTIVITY_COLUMNS)
    + ") FROM STDIN"
)


class ParseFailed(Exception):
    pass


class NeedsMapping(Exception):
    """The header is not enough to read the file: a person maps its columns."""

    def __init__(self, header: HeaderMap, samples: list[list], missing: list[str]):
        self.header = header
        self.samples = samples
        self.missing = missing
        super().__init__(f"Needs a column mapping: {', '.join(missing)}.")


def _blank(cells: list) -> bool:
    return all(
        cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells
    )


def _find_header(rows, at_row: int | None = None) -> tuple[HeaderMap, Iterator]:
    """The header and the rows after it. The header is the first row that reads
    as one; else the row that names the most fields (or the first non-blank one),
    for a person to map. `at_row`: the header row found before (a resumed or
    mapped upload)."""
    scanned: list[tuple[int, list]] = []
    best: HeaderMap | None = None
    for number, cells in islice(rows, _HEADER_SCAN_ROWS):
        scanned.append((number, cells))
        if at_row is not None:
            if number == at_row:
                return header_map(number, cells), rows
            continue
        if _blank(cells):
            continue
        mapping = header_map(number, cells)
        if looks_like_header(mapping):
            return mapping, rows
        if best is None or len(mapping.columns) > len(best.columns):
            best = mapping
    if best is None:
        raise ParseFailed("The file is empty.")
    after = [row for row in scanned if row[0] > best.row_number]
    return best, chain(after, rows)


def upload_parse(*, upload_id) -> bool:
    """Parse an upload's file; True when activities are ready for matching."""
    upload = Upload.objects.get(pk=upload_id)
    if upload.status not in (Upload.Status.QUEUED, Upload.Status.PARSING):
        return upload.status != Upload.Status.FAILED
    if upload.status == Upload.Status.QUEUED:
        upload.status = Upload.Status.PARSING
        upload.started_at = timezone.now()
        upload.save(update_fields=["status", "started_at"])
    try:
        limit = profile_limits("io").address_space_bytes
        with (
            address_space_limit(limit),
            default_storage.open(upload.file.name, "rb") as handle,
        ):
            _parse_stream(upload, handle)
    except (ParseFailed, UnreadableFile) as exc:
        upload_fail(upload=upload, message=str(exc))
        return False
    except NeedsMapping as exc:
        upload_needs_mapping(upload=upload, header=exc.header, samples=exc.samples)
        return False
    except MemoryError:
        logger.warning("upload.parse_out_of_memory", extra={"upload_id": upload_id})
        upload_fail(
            upload=upload,
            message="The file needs more memory to read than a worker may use.",
        )
        return False
    upload.refresh_from_db()
    if upload.rows_parsed == 0:
        upload_fail(
            upload=upload, message="The file has a header row but no data rows."
        )
        return False
    upload.rows_total = upload.rows_parsed
    upload.save(update_fields=["rows_total"])
    return True


def _parse_stream(upload: Upload, handle) -> None:
    rows = iter_rows(handle, upload.file_type)
    header, rows = _find_header(rows, at_row=upload.header_row)
    header, defaults = mapping_resolve(upload=upload, header=header)
    missing = header.missing(defaults)
    if missing:
        samples = [cells for _number, cells in islice(rows, SAMPLE_ROWS)]
        raise NeedsMapping(header, samples, missing)
    if upload.header_row != header.row_number:
        upload.header_row = header.row_number
        upload.save(update_fields=["header_row"])
    row_parse = RowParser(
        columns=header.columns,
        default_region=defaults.get("region") or upload.organization.default_region,
        default_currency=defaults.get("currency", ""),
    )
    chunk_size = settings.PARSE_CHUNK_ROWS
    activities: list[tuple] = []
    errors: list[RowError] = []
    failed_rows = 0
    last_row = upload.checkpoint_row
    pending = 0
    for number, cells in rows:
        if number <= upload.checkpoint_row:
            continue
        last_row = number
        if _blank(cells):
            continue
        pending += 1
        try:
            activities.append(row_parse(number, cells))
        except RowInvalid as exc:
            failed_rows += 1
            errors.extend(
                RowError(
                    upload_id=upload.pk, row=number, column=column, message=message
                )
                for column, message in exc.errors
            )
        if pending >= chunk_size:
            _flush(
                upload,
                activities=activities,
                errors=errors,
                failed_rows=failed_rows,
                pending=pending,
                last_row=last_row,
                handle=handle,
            )
            activities, errors, failed_rows, pending = [], [], 0, 0
    _flush(
        upload,
        activities=activities,
        errors=errors,
        failed_rows=failed_rows,
        pending=pending,
        last_row=last_row,
        handle=handle,
    )


def _tell(handle) -> int:
    try:
        return handle.tell()
    except (OSError, ValueError):
        return 0


@transaction.atomic
def _flush(
    upload, *, activities, errors, failed_rows, pending, last_row, handle
) -> None:
    if activities:
        prefix = (str(upload.organization_id), str(upload.pk))
        ids = ordered_ids(len(activities))  # increasing: the primary key appends
        with connection.cursor() as cursor, cursor.cursor.copy(_COPY_SQL) as copy:
            for pk, activity in zip(ids, activities, strict=True):
                copy.write_row((pk, *prefix, *activity))
    if errors:
        RowError.objects.bulk_create(errors, ignore_conflicts=True, batch_size=2000)
    Upload.objects.filter(pk=upload.pk).update(
        rows_parsed=F("rows_parsed") + pending,
        rows_failed=F("rows_failed") + failed_rows,
        checkpoint_row=last_row,
        bytes_parsed=_tell(handle),
    )
    upload.checkpoint_row = last_row
    logger.info(
        "upload.chunk_loaded",
        extra={"upload_id": str(upload.pk), "rows": pending, "last_row": last_row},
    )
