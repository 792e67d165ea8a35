"""The parse step: stream the stored file, COPY valid rows in chunks, keep row errors.

Each chunk's activities, its row errors and the checkpoint (last physical row) are
committed in one transaction, so a crash loses at most the chunk in flight and a
re-run resumes after the checkpoint: exactly the same activities, none twice. The
unique (upload, row_number) constraint backs that up.
"""

from __future__ import annotations

import contextlib
import gc
import logging
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor, wait
from functools import lru_cache
from itertools import chain, dropwhile, islice

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import connection, transaction

from carbon.core.ids import ordered_ids
from carbon.core.limits import address_space_limit
from carbon.core.programs import profile_limits
from ingestion.columnar import (
    TEXT_COLUMNS,
    ChunkParser,
    ChunkResult,
    RowChunkParser,
    chunk_csv,
)
from ingestion.models import Activity, ActivityKey, RowError, Upload
from ingestion.parsing import (
    ACTIVITY_COLUMNS,
    HeaderMap,
    header_map,
    looks_like_header,
)
from ingestion.readers import UnreadableFile, iter_rows
from ingestion.recognition import (
    PROFILE_ROWS,
    Reading,
    profile,
    reading_decide,
    recognize,
)
from ingestion.services.mapping import (
    SAMPLE_ROWS,
    mapping_resolve,
    upload_detected_columns_keep,
)
from ingestion.services.pipeline import StepResult, upload_parse_progress

logger = logging.getLogger(__name__)
_HEADER_SCAN_ROWS = 30


def _copy_sql(columns: tuple[str, ...]) -> str:
    return (
        f"COPY {Activity._meta.db_table} (id, organization_id, upload_id, "
        + ", ".join(columns)
        + ") FROM STDIN"
    )


_COPY_SQL = _copy_sql(ACTIVITY_COLUMNS)


@lru_cache(maxsize=64)
def _copy_csv_sql(columns: tuple[str, ...]) -> str:
    """COPY of the column path's CSV: the columns the chunk gives (ChunkResult.
    copied); texts are never NULL, an empty CSV field is '' (dates and amounts may
    be NULL)."""
    texts = ", ".join(name for name in TEXT_COLUMNS if name in columns)
    return f"{_copy_sql(columns)} WITH (FORMAT csv, FORCE_NOT_NULL ({texts}))"


# New keys of the organization, pending until the match step matches them; a key
# it has already keeps its match.
_KEYS_SQL = f"""
    INSERT INTO {ActivityKey._meta.db_table}
        (organization_id, key, description, unit, category, region, supplier,
         merchant_type, method, status, updated_at)
    SELECT %s, k.key, k.description, k.unit, k.category, k.region,
        coalesce(k.supplier, ''), coalesce(k.merchant_type, ''), '', 'pending',
        now()
    FROM unnest(
        %s::text[], %s::text[], %s::text[], %s::text[], %s::text[], %s::text[],
        %s::text[]
    ) AS k(key, description, unit, category, region, supplier, merchant_type)
    ON CONFLICT (organization_id, key) DO NOTHING
"""  # noqa: S608 - the table name only


class ParseFailed(Exception):
    pass


class NeedsMapping(Exception):
    """The header is not enough to read the file: a person maps its columns."""

    def __init__(self, header: HeaderMap, samples: list[list], missing: list[str]):
        self.header = header
        self.samples = samples
        self.missing = missing
        super().__init__(f"Needs a column mapping: {', '.join(missing)}.")


@contextlib.contextmanager
def _collector_paused():
    """No cyclic garbage collection while parsing: a chunk's rows are a million
    short-lived lists and tuples without cycles, and the collector's passes over
    them cost about a second per million rows. Reference counting frees them as
    before; the collector runs again afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _blank(cells: list) -> bool:
    return all(
        cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells
    )


def _blank_text(cells: list[str]) -> bool:
    """_blank for a CSV row, whose cells are all text: joined in C."""
    text = "".join(cells)
    return not text or text.isspace()


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


def upload_parse(upload: Upload) -> StepResult:
    """The parse step of activities files (run by ingestion.services.pipeline):
    done when activities are ready for matching."""
    try:
        limit = profile_limits("io").address_space_bytes
        with (
            address_space_limit(limit),
            _collector_paused(),
            default_storage.open(upload.file.name, "rb") as handle,
        ):
            _parse_stream(upload, handle)
    except (ParseFailed, UnreadableFile) as exc:
        return StepResult.failed(str(exc))
    except NeedsMapping as exc:
        upload_detected_columns_keep(
            upload=upload, header=exc.header, samples=exc.samples
        )
        return StepResult.needs_mapping()
    except MemoryError:
        logger.warning(
            "upload.parse_out_of_memory", extra={"upload_id": str(upload.pk)}
        )
        return StepResult.failed(
            "The file needs more memory to read than a worker may use."
        )
    upload.refresh_from_db()
    if upload.rows_parsed == 0:
        return StepResult.failed("The file has a header row but no data rows.")
    return StepResult.done(rows_total=upload.rows_parsed)


def _reading(upload: Upload, header: HeaderMap, sample: list[list]) -> Reading:
    """How the file is read: kept on the upload at its first parse, so a resumed
    parse reads the rest the same way. Raises NeedsMapping when no description-like
    or no amount/quantity column is found (ARCHITECTURE.md, ADR-4.2c)."""
    if upload.reading and upload.checkpoint_row:
        return Reading.from_record(upload.reading)
    columns, readings, profiles = recognize(header.names, sample or None)
    recognized = HeaderMap(header.row_number, columns, header.names)
    mapped, defaults = mapping_resolve(upload=upload, header=recognized)
    organization = upload.organization
    reading = reading_decide(
        row_number=header.row_number,
        names=header.names,
        columns=mapped.columns,
        profiles=profiles,
        readings=readings,
        mapped={"columns": (upload.mapping or {}).get("columns"), "defaults": defaults},
        country=organization.country,
        currency=organization.default_currency,
    )
    readable = HeaderMap(
        header.row_number, reading.columns, header.names, reading.constants
    )
    upload.reading = reading.record
    upload.header_row = header.row_number
    missing = readable.missing({"currency": reading.currency})
    if missing:
        upload.save(update_fields=["reading", "header_row"])
        raise NeedsMapping(readable, sample[:SAMPLE_ROWS], missing)
    assumed = reading.record["currency"]["source"] not in ("column", "none")
    upload.assumed_currency = reading.currency if assumed else ""
    upload.save(update_fields=["reading", "header_row", "assumed_currency"])
    return reading


def _dates_settled(upload: Upload, reading: Reading, sample_size: int) -> Reading:
    """A date column whose sampled values leave the day/month order open is
    scanned to the end of the file (that column only) before any row is written:
    one settling value anywhere decides it."""
    open_fields = [
        name
        for name, order in reading.record["dates"].items()
        if order["source"] == "country" and order.get("open")
    ]
    if not open_fields or upload.checkpoint_row:
        return reading
    indexes = {name: reading.columns[name] for name in open_fields}
    with default_storage.open(upload.file.name, "rb") as handle:
        rows = iter_rows(handle, upload.file_type)
        rows = dropwhile(lambda row: row[0] <= upload.header_row, rows)
        values: dict[str, list] = {name: [] for name in open_fields}
        for _number, cells in islice(rows, sample_size, None):
            for name, index in indexes.items():
                if index < len(cells):
                    values[name].append(cells[index])
    record = dict(reading.record)
    record["dates"] = dict(record["dates"])
    for name, cells in values.items():
        found = profile(cells)
        if found.day_first != found.month_first:
            day_first = found.day_first > found.month_first
            record["dates"][name] = {
                "column": record["dates"][name]["column"],
                "day_first": day_first,
                "source": "values",
                "example": found.settling[day_first],
            }
    if record["dates"] == reading.record["dates"]:
        return reading
    upload.reading = record
    upload.save(update_fields=["reading"])
    return Reading.from_record(record)


def _parse_stream(upload: Upload, handle) -> None:
    rows = iter_rows(handle, upload.file_type)
    header, rows = _find_header(rows, at_row=upload.header_row)
    sample = list(islice(rows, PROFILE_ROWS))
    rows = chain(sample, rows)
    reading = _reading(upload, header, [cells for _number, cells in sample])
    if len(sample) == PROFILE_ROWS:
        reading = _dates_settled(upload, reading, len(sample))
    defaults = (upload.mapping or {}).get("defaults") or {}
    options = {
        **reading.options(),
        "default_region": defaults.get("region") or upload.organization.default_region,
    }
    # CSV cells are text, read a column at a time; a workbook's cells are typed
    # (dates, numbers), read a row at a time.
    parse = (
        ChunkParser(**options)
        if upload.file_type == "csv"
        else RowChunkParser(**options)
    )
    blank = _blank_text if upload.file_type == "csv" else _blank
    checkpoint = upload.checkpoint_row
    rows = dropwhile(lambda row: row[0] <= checkpoint, rows)  # resumed: skip done
    loaded = False
    with _Loader(upload, handle) as loader:
        # A chunk is PARSE_CHUNK_ROWS physical rows, blank ones left out.
        while batch := list(islice(rows, settings.PARSE_CHUNK_ROWS)):
            kept = [row for row in batch if not blank(row[1])]
            loader.load(
                parse([number for number, _ in kept], [cells for _, cells in kept]),
                last_row=batch[-1][0],
            )
            loaded = True
        if not loaded:
            loader.load(parse([], []), last_row=checkpoint)


def _tell(handle) -> int:
    try:
        return handle.tell()
    except (OSError, ValueError):
        return 0


class _Loader:
    """Loads each chunk into the database while the next one is parsed.

    A chunk is one transaction: its COPY, its row errors and the checkpoint. The
    COPY streams from a thread on the same connection (psycopg connections may be
    shared by threads; this thread is the only one using it meanwhile), so the
    database ingests chunk N while Python parses chunk N+1: on two cores the two
    halves overlap instead of adding up. The chunk's transaction is opened before
    the COPY and committed after `_flush`, once the COPY is done; a failure rolls
    back that chunk only, and a re-run resumes after the last checkpoint.
    """

    def __init__(self, upload: Upload, handle) -> None:
        self.upload = upload
        self.handle = handle
        self.prefix = (str(upload.organization_id), str(upload.pk))
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="copy")
        self.pending: tuple | None = None
        self.keys_seen: set[str] = set()  # registered by this run's chunks

    def __enter__(self) -> _Loader:
        return self

    def __exit__(self, kind, error, traceback) -> None:
        try:
            if error is None:
                self.finish()
            elif self.pending is not None:
                atomic, future, *_ = self.pending
                self.pending = None
                wait([future])
                atomic.__exit__(kind, error, traceback)  # rolls the chunk back
        finally:
            self.executor.shutdown(wait=True)

    def load(self, result: ChunkResult, *, last_row: int) -> None:
        """Commit the chunk before, then start loading this one."""
        self.finish()
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            keys = [
                words
                for key, words in result.keys().items()
                if key not in self.keys_seen
            ]
            connection.ensure_connection()
            future = self.executor.submit(
                _copy,
                connection.connection,
                result,
                self.prefix,
                keys,
                # Formatted here, so the copy thread only streams to the database.
                _chunk_csv(result, self.prefix),
            )
        except BaseException as exc:
            atomic.__exit__(type(exc), exc, exc.__traceback__)
            raise
        self.pending = (atomic, future, result, last_row, _tell(self.handle))

    def finish(self) -> None:
        if self.pending is None:
            return
        atomic, future, result, last_row, position = self.pending
        self.pending = None
        try:
            self.keys_seen.update(future.result())
            _flush(self.upload, result, last_row=last_row, position=position)
        except BaseException as exc:
            if not atomic.__exit__(type(exc), exc, exc.__traceback__):
                raise
        else:
            atomic.__exit__(None, None, None)


def _chunk_csv(result: ChunkResult, prefix: tuple) -> bytes:
    if result.frame is None or not result.frame.height:
        return b""
    # Increasing ids: the primary key index appends.
    return chunk_csv(result, ids=ordered_ids(result.frame.height), prefix=prefix)


def _copy(
    raw_connection, result: ChunkResult, prefix: tuple, keys: list, data: bytes
) -> list:
    """COPY a chunk's valid rows (`data`: the column path's, as CSV) and register
    its new keys (the copy thread); returns the keys registered."""
    with raw_connection.cursor() as cursor:
        if data:
            with cursor.copy(_copy_csv_sql(result.copied)) as copy:
                copy.write(data)
        if result.activities:
            ids = ordered_ids(len(result.activities))
            with cursor.copy(_COPY_SQL) as copy:
                for pk, activity in zip(ids, result.activities, strict=True):
                    copy.write_row((pk, *prefix, *activity))
        if keys:
            cursor.execute(
                _KEYS_SQL,
                [prefix[0], *(list(column) for column in zip(*keys, strict=True))],
            )
    return [words[0] for words in keys]


def _flush(upload, result: ChunkResult, *, last_row: int, position: int) -> None:
    """A loaded chunk's row errors and checkpoint, in its transaction."""
    if result.errors:
        RowError.objects.bulk_create(
            [
                RowError(upload_id=upload.pk, row=row, column=column, message=message)
                for row, column, message in result.errors
            ],
            ignore_conflicts=True,
            batch_size=2000,
        )
    upload_parse_progress(
        upload=upload,
        rows=result.rows,
        rows_failed=result.failed_rows,
        checkpoint_row=last_row,
        bytes_parsed=position,
    )
    logger.info(
        "upload.chunk_loaded",
        extra={"upload_id": str(upload.pk), "rows": result.rows, "last_row": last_row},
    )
