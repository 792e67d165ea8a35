"""Streaming readers for activity files: constant memory whatever the file size.

`sniff_file_type` looks at content, not names: XLSX is a ZIP container, CSV is text
(no NUL bytes, decodable). Readers yield (row_number, cells) with 1-based physical
row numbers, so row errors point at the line a person sees in a spreadsheet.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from charset_normalizer import from_bytes
from django.conf import settings
from openpyxl import load_workbook

SAMPLE_BYTES = 64 * 1024
ZIP_SIGNATURE = b"PK\x03\x04"
_DELIMITERS = ",;\t|"
_HEADER_SCAN_ROWS = 30
# Small parts (styles, a short sheet) compress very well without being bombs.
_RATIO_FLOOR_BYTES = 1024 * 1024


class UnreadableFile(ValueError):
    pass


def sniff_file_type(head: bytes) -> str | None:
    """'xlsx', 'csv' or None (not a file type we read)."""
    if head.startswith(ZIP_SIGNATURE):
        return "xlsx"
    if not head:
        return "csv"  # empty: accepted, then failed with a clear message by parse
    if b"\x00" in head[:SAMPLE_BYTES]:
        return None
    if detect_encoding(head) is None:
        return None
    return "csv"


def detect_encoding(sample: bytes) -> str | None:
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        # A multi-byte character cut by the sample's end is still UTF-8.
        if exc.start >= len(sample) - 3:
            return "utf-8"
    best = from_bytes(sample[:SAMPLE_BYTES]).best()
    if best is None:
        return None
    encoding = best.encoding.lower()
    # latin-1 and friends: cp1252 is their superset for the printable range.
    if encoding in {"latin_1", "iso8859_1", "iso-8859-1", "ascii"}:
        return "cp1252"
    return encoding


@dataclass
class CsvSource:
    encoding: str
    delimiter: str


def sniff_csv(sample: bytes) -> CsvSource:
    encoding = detect_encoding(sample)
    if encoding is None:
        raise UnreadableFile("The file is not readable text (unknown encoding).")
    text = sample.decode(encoding, errors="ignore")
    lines = text.splitlines()[:50]
    try:
        dialect = csv.Sniffer().sniff("\n".join(lines), delimiters=_DELIMITERS)
        delimiter = dialect.delimiter
    except csv.Error:
        counts = {d: sum(line.count(d) for line in lines) for d in _DELIMITERS}
        delimiter = max(counts, key=counts.get) if any(counts.values()) else ","
    return CsvSource(encoding=encoding, delimiter=delimiter)


def iter_csv(handle: BinaryIO) -> Iterator[tuple[int, list]]:
    sample = handle.read(SAMPLE_BYTES)
    handle.seek(0)
    source = sniff_csv(sample)
    text = io.TextIOWrapper(
        handle, encoding=source.encoding, errors="replace", newline=""
    )
    reader = csv.reader(text, delimiter=source.delimiter)
    try:
        yield from enumerate(reader, start=1)
    except csv.Error as exc:
        raise UnreadableFile(f"CSV could not be read: {exc}") from exc
    finally:
        with contextlib.suppress(ValueError):  # the handle may be closed already
            text.detach()


def check_xlsx_archive(handle: BinaryIO) -> None:
    """Raises UnreadableFile for a workbook whose ZIP directory promises more than
    the caps: total decompressed size, or a member that expands suspiciously.
    Decompression stops at each member's declared size, so the directory bounds
    what reading can produce."""
    total_limit = settings.XLSX_MAX_UNCOMPRESSED_BYTES
    ratio_limit = settings.XLSX_MAX_COMPRESSION_RATIO
    try:
        with zipfile.ZipFile(handle) as archive:
            members = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise UnreadableFile(f"The workbook could not be opened: {exc}") from exc
    finally:
        handle.seek(0)
    total = sum(member.file_size for member in members)
    if total > total_limit:
        raise UnreadableFile(
            f"The workbook expands to {total} bytes; the limit is {total_limit}."
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > _RATIO_FLOOR_BYTES and ratio > ratio_limit:
            raise UnreadableFile(
                f"The workbook part {member.filename} expands {ratio:.0f} times; "
                f"the limit is {ratio_limit} (a decompression bomb?)."
            )


def _checked_row(number: int, row: tuple, settings) -> list:
    cells = list(row)
    while cells and cells[-1] is None:
        cells.pop()
    if number > settings.XLSX_MAX_ROWS:
        raise UnreadableFile(f"The sheet has more than {settings.XLSX_MAX_ROWS} rows.")
    if len(cells) > settings.XLSX_MAX_COLUMNS:
        raise UnreadableFile(
            f"Row {number} has more than {settings.XLSX_MAX_COLUMNS} columns."
        )
    for column, value in enumerate(cells, start=1):
        if isinstance(value, str) and len(value) > settings.XLSX_MAX_CELL_CHARS:
            raise UnreadableFile(
                f"Row {number}, column {column}: a cell holds more than "
                f"{settings.XLSX_MAX_CELL_CHARS} characters."
            )
    return cells


def iter_xlsx(handle: BinaryIO) -> Iterator[tuple[int, list]]:
    check_xlsx_archive(handle)
    try:
        workbook = load_workbook(handle, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a corrupt workbook
        raise UnreadableFile(f"The workbook could not be opened: {exc}") from exc
    try:
        sheet = workbook.worksheets[0]
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, _checked_row(number, row, settings)
    finally:
        workbook.close()


def iter_rows(handle: BinaryIO, file_type: str) -> Iterator[tuple[int, list]]:
    return iter_xlsx(handle) if file_type == "xlsx" else iter_csv(handle)
