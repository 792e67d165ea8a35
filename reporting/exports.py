"""Result exports streamed in constant memory.

CSV comes straight out of PostgreSQL (COPY ... TO STDOUT) chunk by chunk; XLSX is
written row by row by openpyxl's write-only workbook into a temporary file that is
then streamed. Text cells that a spreadsheet would read as a formula (= + - @, tab,
CR) are prefixed with an apostrophe.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from uuid import UUID

from django.db import connection
from openpyxl import Workbook

from ingestion.models import Activity
from matching.factors.models import EmissionFactor
from reporting.models import Emission
from reporting.services import KEY_JOIN_SQL

HEADER = (
    "activity_id",
    "upload_id",
    "row_number",
    "external_id",
    "description",
    "quantity",
    "refund",
    "unit",
    "date",
    "category",
    "supplier",
    "site",
    "region",
    "match_status",
    "match_confidence",
    "factor_source",
    "factor_id",
    "factor_external_id",
    "factor_name",
    "factor_version",
    "factor_value_kg_co2e",
    "factor_unit",
    "multiplier",
    "fx_rate",
    "co2e_kg",
    "status",
    "note",
    "method_version",
)
_TEXT = {
    "external_id",
    "description",
    "unit",
    "category",
    "supplier",
    "site",
    "factor_name",
    "note",
}
_SELECT = {
    "activity_id": "a.id",
    "upload_id": "a.upload_id",
    "row_number": "a.row_number",
    "external_id": "a.external_id",
    "description": "a.description",
    "quantity": "a.quantity",
    "refund": "a.quantity < 0",
    "unit": "a.unit",
    "date": "COALESCE(a.date, a.period_start)",
    "category": "a.category",
    "supplier": "a.supplier",
    "site": "a.site",
    "region": "a.region",
    "match_status": "COALESCE(k.status, 'pending')",
    "match_confidence": "k.confidence",
    "factor_source": "e.factor_source",
    "factor_id": "e.factor_id",
    "factor_external_id": "e.factor_external_id",
    "factor_name": "f.name",
    "factor_version": "e.factor_version",
    "factor_value_kg_co2e": "e.factor_value",
    "factor_unit": "e.factor_unit",
    "multiplier": "e.multiplier",
    "fx_rate": "e.fx_rate",
    "co2e_kg": "e.co2e_kg",
    "status": "e.status",
    "note": "e.note",
    "method_version": "e.method_version",
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe_sql(expression: str) -> str:
    return (
        f"CASE WHEN left({expression}, 1) IN ('=', '+', '-', '@', E'\\t', E'\\r') "
        f"THEN '''' || {expression} ELSE {expression} END"
    )


def _query(where: str) -> str:
    columns = ", ".join(
        (_safe_sql(_SELECT[name]) if name in _TEXT else _SELECT[name]) + f' AS "{name}"'
        for name in HEADER
    )
    return (
        f"SELECT {columns} FROM {Emission._meta.db_table} e "  # noqa: S608 - constants only
        f"JOIN {Activity._meta.db_table} a ON a.id = e.activity_id "
        f"LEFT {KEY_JOIN_SQL} "
        f"LEFT JOIN {EmissionFactor._meta.db_table} f ON f.id = e.factor_id "
        f"WHERE {where}"
    )


def export_csv_chunks(where: str, params: list) -> Iterator[bytes]:
    """`where`/`params` from reporting.selectors.emission_export_where."""
    sql = f"COPY ({_query(where)}) TO STDOUT WITH (FORMAT csv, HEADER true)"
    with connection.cursor() as cursor:
        raw = cursor.cursor
        query = raw.mogrify(sql, params) if params else sql
        buffer = bytearray()
        with raw.copy(query) as copy:
            # PostgreSQL sends one message per row: hand out ~256 KB pieces instead.
            for block in copy:
                buffer += block
                if len(buffer) >= 256 * 1024:
                    yield bytes(buffer)
                    buffer.clear()
        if buffer:
            yield bytes(buffer)


def safe_cell(value):
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def export_xlsx_chunks(
    where: str, params: list, chunk_bytes: int = 1024 * 1024
) -> Iterator[bytes]:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Results")
    sheet.append(list(HEADER))
    # A server-side cursor: rows arrive 5,000 at a time, never all at once.
    with connection.chunked_cursor() as cursor:
        cursor.execute(_query(where), params)
        while rows := cursor.fetchmany(5000):
            for row in rows:
                sheet.append(
                    [str(value) if isinstance(value, UUID) else value for value in row]
                )
    with tempfile.TemporaryFile() as handle:
        workbook.save(handle)
        handle.seek(0)
        while block := handle.read(chunk_bytes):
            yield block
