"""Spreadsheet-safe cells: the one rule for every CSV and XLSX the platform writes.

A text cell that a spreadsheet would read as a formula (it starts with = + - @, a
tab or a CR) is prefixed with an apostrophe: `safe_cell` in Python, `safe_cell_sql`
for exports that PostgreSQL writes itself (COPY ... TO STDOUT).
"""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def safe_row(values) -> list:
    return [safe_cell(value) for value in values]


def _sql_char(char: str) -> str:
    return f"'{char}'" if char.isprintable() else f"chr({ord(char)})"


def safe_cell_sql(expression: str) -> str:
    """`safe_cell` over a text SQL expression (a column or constant, never input)."""
    starts = ", ".join(_sql_char(char) for char in FORMULA_START)
    return (
        f"CASE WHEN left({expression}, 1) IN ({starts}) "
        f"THEN '''' || {expression} ELSE {expression} END"
    )
