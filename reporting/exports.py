"""Result exports streamed in constant memory.

CSV comes straight out of PostgreSQL (COPY ... TO STDOUT) chunk by chunk; XLSX is
written row by row by openpyxl's write-only workbook into a temporary file that is
then streamed. Text cells that a spreadsheet would read as a formula are prefixed
with an apostrophe (carbon.core.exports: one rule for every export).
"""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Iterator
from uuid import UUID

from django.db import connection
from openpyxl import Workbook

from carbon.core.exports import safe_cell_sql
from ingestion.models import Activity, Upload
from matching.factors.models import EmissionFactor
from reporting.conversions import KEY_JOIN_SQL
from reporting.models import Emission

# How a result was calculated, as the inventory export names it.
METHOD_SQL = (
    "CASE WHEN e.status <> 'calculated' THEN NULL "
    "WHEN e.data_quality = 'supplier_specific' THEN 'supplier_specific' "
    "WHEN e.energy_quantity IS NOT NULL THEN 'energy_price' "
    "WHEN e.data_quality = 'spend_based' THEN 'spend' ELSE 'activity' END"
)

HEADER = (
    "activity_id",
    "upload_id",
    "row_number",
    "external_id",
    "description",
    "quantity",
    "refund",
    "unit",
    "currency_assumed",
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
    "price_index_ratio",
    "co2e_kg",
    "status",
    "note",
    "method_version",
    "scope",
    "scope3_category",
    "data_quality",
    "reviewed",
    "method",
    "matched_factor_external_id",
    "energy_price",
    "energy_price_unit",
    "energy_price_source",
    "energy_quantity",
    "wtt_factor_external_id",
    "wtt_factor_value_kg_co2e",
    "wtt_co2e_kg",
    "activity_url",
)
_TEXT = {
    "external_id",
    "description",
    "unit",
    "category",
    "supplier",
    "site",
    "region",
    "factor_name",
    "note",
    "energy_price_source",
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
    "price_index_ratio": "e.price_index_ratio",
    "co2e_kg": "e.co2e_kg",
    "status": "e.status",
    "note": "e.note",
    "method_version": "e.method_version",
    "scope": "NULLIF(e.scope, '')",
    "scope3_category": "e.scope3_category",
    "data_quality": "NULLIF(e.data_quality, '')",
    "reviewed": "COALESCE(k.status = 'overridden', false)",
    "method": METHOD_SQL,
    "matched_factor_external_id": "mf.external_id",
    "energy_price": "e.energy_price",
    "energy_price_unit": "NULLIF(e.energy_price_unit, '')",
    "energy_price_source": "e.energy_price_source",
    "energy_quantity": "e.energy_quantity",
    "wtt_factor_external_id": "wf.external_id",
    "wtt_factor_value_kg_co2e": "e.wtt_factor_value",
    "wtt_co2e_kg": "e.wtt_co2e_kg",
    # The activity's page (reporting.activity_urls): why the row's number is what
    # it is.
    "activity_url": "'/activities/' || a.id::text || '/'",
    # The file had no currency column: its money was read in the organization's
    # default currency (ADR-4.2c), an assumption each such row states.
    "currency_assumed": (
        "CASE WHEN u.assumed_currency <> '' AND a.unit = u.assumed_currency "
        "THEN u.assumed_currency END"
    ),
}


def _query(where: str) -> str:
    columns = ", ".join(
        (safe_cell_sql(_SELECT[name]) if name in _TEXT else _SELECT[name])
        + f' AS "{name}"'
        for name in HEADER
    )
    return (
        f"SELECT {columns} FROM {Emission._meta.db_table} e "  # noqa: S608 - constants only
        f"JOIN {Activity._meta.db_table} a ON a.id = e.activity_id "
        f"JOIN {Upload._meta.db_table} u ON u.id = a.upload_id "
        f"LEFT {KEY_JOIN_SQL} "
        f"LEFT JOIN {EmissionFactor._meta.db_table} f ON f.id = e.factor_id "
        f"LEFT JOIN {EmissionFactor._meta.db_table} mf ON mf.id = e.matched_factor_id "
        f"LEFT JOIN {EmissionFactor._meta.db_table} wf ON wf.id = e.wtt_factor_id "
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


def inventory_export_file(header: tuple, rows: list[tuple], kind: str) -> bytes:
    """The inventory lines (reporting.inventory.inventory_export_rows) as CSV or
    XLSX; text cells are made formula-safe as in every export."""
    safe = [
        tuple(
            "'" + value if isinstance(value, str) and value[:1] in "=+-@" else value
            for value in row
        )
        for row in rows
    ]
    if kind == "xlsx":
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("Inventory")
        sheet.append(list(header))
        for row in safe:
            sheet.append(list(row))
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(safe)
    return text.getvalue().encode()
