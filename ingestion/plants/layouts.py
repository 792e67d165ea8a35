"""Built-in plant-operations layouts: the defaults a plant's `mapping` starts from.

A layout names each field by its *header path*: the header cells above a column,
split on embedded newlines, read top to bottom (the first header row is carried
right over merged cells). A field matches the column whose path contains the
layout's parts in order (case-insensitive).
"""

from __future__ import annotations

OPERATIONS_FIELDS = ("date", "effluent_flow_mgd", "influent_flow_mgd")
REQUIRED_OPERATIONS_FIELDS = ("date", "effluent_flow_mgd")
# A layout's table is looked for in the first rows of a sheet: its header rows and
# one data row must fit in them.
TABLE_SEARCH_ROWS = 60
MAX_HEADER_ROWS = TABLE_SEARCH_ROWS - 1
# The largest sheet of a workbook (.xlsx): where a `generated_at` cell can be.
MAX_SHEET_ROW, MAX_SHEET_COLUMN = 1_048_576, 16_384

BUILTIN_LAYOUTS: dict[str, dict] = {
    # Plant A: sheet "OPERATOR DATA", one header row whose cells hold newlines:
    # "Plnt Ef\n50050\nFLOW MGD\nMGD\nDaily" is plant effluent flow (MGD).
    "operator_data_daily": {
        "header_rows": 1,
        "columns": {
            "date": ["OPERATOR DATA"],
            "effluent_flow_mgd": ["Plnt Ef", "50050", "FLOW MGD"],
            "influent_flow_mgd": None,
        },
        "generated_at": None,
    },
    # Plant B: sheet "SHT-S1 DMR SUM", title rows (generation time in row 4),
    # then seven header rows; column 7 "FIN EFF FLOW" (MGD) is effluent flow.
    "dmr_summary": {
        "header_rows": 7,
        "columns": {
            "date": ["DATE"],
            "effluent_flow_mgd": ["EFFLUENT DATA", "FIN", "EFF", "FLOW", "MGD"],
            "influent_flow_mgd": ["INFLUENT DATA", "RAW", "INF", "FLOW", "MGD"],
        },
        "generated_at": {"row": 4, "column": 1},
    },
}


def layouts_for(mapping: dict | None) -> list[tuple[str, dict]]:
    """The layouts to try for a plant: its own mapping, else every built-in one."""
    if mapping:
        return [("plant mapping", mapping)]
    return list(BUILTIN_LAYOUTS.items())


def _whole(value, low: int, high: int) -> bool:
    return (
        isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
    )


def _header_path(value) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(part, str) and part.strip() for part in value)
    )


def mapping_errors(mapping) -> dict[str, str]:
    """A message per part of a plant `mapping` the parser cannot use ("" for the
    mapping as a whole, else `columns`, `header_rows`, `generated_at`); empty when
    it is usable. An empty mapping means the built-in layouts."""
    if not isinstance(mapping, dict):
        return {"": "Must be a JSON object."}
    if not mapping:
        return {}
    errors = {}
    columns = mapping.get("columns")
    if not (
        isinstance(columns, dict)
        and all(columns.get(name) for name in REQUIRED_OPERATIONS_FIELDS)
    ):
        errors[""] = (
            "A mapping needs columns.date and columns.effluent_flow_mgd "
            "(header paths: lists of header cell lines)."
        )
    elif not all(
        value is None or _header_path(value) for value in columns.values()
    ) or set(columns) - set(OPERATIONS_FIELDS):
        errors["columns"] = (
            f"Each of {', '.join(OPERATIONS_FIELDS)} is a header path "
            "(a list of header cell lines) or null."
        )
    return {**errors, **layout_row_errors(mapping)}


def layout_row_errors(mapping: dict) -> dict[str, str]:
    """A message per key of `mapping` naming a row or cell the parser cannot read
    (`header_rows`, `generated_at`); empty when there is none."""
    errors = {}
    if "header_rows" in mapping and not _whole(
        mapping["header_rows"], 1, MAX_HEADER_ROWS
    ):
        errors["header_rows"] = (
            f"A whole number of header rows, 1 to {MAX_HEADER_ROWS}."
        )
    where = mapping.get("generated_at")
    if where is not None and not (
        isinstance(where, dict)
        and _whole(where.get("row"), 1, MAX_SHEET_ROW)
        and _whole(where.get("column"), 1, MAX_SHEET_COLUMN)
    ):
        errors["generated_at"] = (
            'null or a cell {"row": n, "column": n}, both counted from 1.'
        )
    return errors
