"""Built-in plant-operations layouts: the defaults a plant's `mapping` starts from.

A layout names each field by its *header path*: the header cells above a column,
split on embedded newlines, read top to bottom (the first header row is carried
right over merged cells). A field matches the column whose path contains the
layout's parts in order (case-insensitive).
"""

from __future__ import annotations

OPERATIONS_FIELDS = ("date", "effluent_flow_mgd", "influent_flow_mgd")
REQUIRED_OPERATIONS_FIELDS = ("date", "effluent_flow_mgd")

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
