import pytest
from django.db import connection

from carbon.core.exports import safe_cell, safe_cell_sql

CELLS = ["=1+1", "+SUM(1)", "-2+3", "@A1", "\tx", "\rx", "plain", "", "a=b", " =x"]


@pytest.mark.parametrize("value", CELLS)
def test_python_and_sql_neutralize_the_same_cells(db, value):
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {safe_cell_sql('v')} FROM (SELECT %s::text AS v) t",  # noqa: S608
            [value],
        )
        (neutral,) = cursor.fetchone()
    assert neutral == safe_cell(value)


@pytest.mark.parametrize(
    ("value", "expected"), [("=1+1", "'=1+1"), ("a=b", "a=b"), (-2, -2)]
)
def test_formula_cells_get_an_apostrophe_and_numbers_stay(value, expected):
    assert safe_cell(value) == expected
