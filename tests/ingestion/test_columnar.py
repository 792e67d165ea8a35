"""The column path (ChunkParser) gives exactly what the row path (RowParser) gives:
the same activities and the same row errors, on the real sample ledgers and on
generated rows full of the forms people write."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from itertools import islice
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingestion.columnar import ChunkParser
from ingestion.parsing import ACTIVITY_COLUMNS, RowInvalid, RowParser, header_map
from ingestion.readers import iter_rows

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "data" / "samples"
_DECIMALS = {"quantity", "amount"}
_DATES = {"date", "period_start", "period_end"}


def _normal(name: str, value):
    if value is None or (value == "" and name in _DECIMALS | _DATES):
        return None
    if name in _DECIMALS:
        return Decimal(value) if not isinstance(value, Decimal) else value
    if name in _DATES:
        return date.fromisoformat(value) if isinstance(value, str) else value
    if name == "row_number":
        return int(value)
    return value


def _activity(values) -> tuple:
    return tuple(
        _normal(name, value)
        for name, value in zip(ACTIVITY_COLUMNS, values, strict=True)
    )


def _row_path(options, numbers, rows) -> dict:
    parser = RowParser(**options)
    outcome = {}
    for number, cells in zip(numbers, rows, strict=True):
        try:
            outcome[number] = ("ok", _activity(parser(number, cells)))
        except RowInvalid as exc:
            outcome[number] = ("error", exc.errors)
    return outcome


def _column_path(options, numbers, rows, chunk=1000) -> tuple[dict, int]:
    """The column path's outcome, and how many rows it decided itself."""
    parser = ChunkParser(**options)
    outcome: dict = {}
    fast = 0
    for start in range(0, len(rows), chunk):
        result = parser(numbers[start : start + chunk], rows[start : start + chunk])
        assert result.rows == len(rows[start : start + chunk])
        fast += result.frame.height
        for values in result.frame.iter_rows():
            outcome[values[0]] = ("ok", _activity(values))
        for activity in result.activities:
            outcome[activity[0]] = ("ok", _activity(activity))
        errors: dict = {}
        for number, column, message in result.errors:
            errors.setdefault(number, []).append((column, message))
        assert len(errors) == result.failed_rows
        outcome.update((number, ("error", e)) for number, e in errors.items())
    return outcome, fast


def _ledger(path: Path, header_row: int):
    with path.open("rb") as handle:
        rows = list(iter_rows(handle, "csv"))
    header = header_map(header_row, rows[header_row - 1][1])
    body = [
        (n, cells) for n, cells in rows[header_row:] if any(c.strip() for c in cells)
    ]
    return header, [n for n, _ in body], [cells for _, cells in body]


@pytest.mark.parametrize(
    ("name", "header_row", "defaults"),
    [
        ("spend/birmingham_cc_purchase_card_2017_01.csv", 1, {}),
        ("spend/birmingham_cc_purchase_card_2016_06.csv", 1, {"currency": "GBP"}),
        ("spend/birmingham_cc_purchase_card_2017_08.csv", 1, {"currency": "GBP"}),
        ("spend/usaid_scms_delivery_history.csv", 1, {"currency": "USD"}),
        (
            "travel/canada_proactive_disclosure_travelq_sample.csv",
            1,
            {"currency": "CAD"},
        ),
    ],
)
def test_real_ledgers_read_the_same_both_ways(name, header_row, defaults):
    path = SAMPLES / name
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared/data/samples)")
    header, numbers, rows = _ledger(path, header_row)
    options = {
        "columns": header.columns,
        "default_region": "GB" if "birmingham" in name else "US",
        "default_currency": defaults.get("currency", ""),
    }
    by_rows = _row_path(options, numbers, rows)
    by_columns, fast = _column_path(options, numbers, rows)
    assert by_columns == by_rows
    # The column path decides the ordinary rows itself.
    valid = sum(1 for kind, _ in by_rows.values() if kind == "ok")
    assert fast >= 0.9 * valid > 0


_COLUMNS = {
    "description": 0,
    "quantity": 1,
    "unit": 2,
    "date": 3,
    "category": 4,
    "region": 5,
    "amount": 6,
    "currency": 7,
    "supplier": 8,
}
_TEXTS = st.sampled_from(
    [
        "",
        " ",
        "Diesel",
        "  Electricity grid  ",
        "Café Nero",
        "x" * 2100,
        "a\x1fb",
        "\x1c",
        "\x1fDiesel\x1f",
        "line\nbreak",
        'quote "q"',
        "comma, text",
        "ß straße",
        "\u00a0nbsp\u00a0",
    ]
)
_NUMBERS = st.sampled_from(
    [
        "",
        " ",
        "12",
        "12.50",
        "-3.25",
        "1,234.56",
        "(45.10)",
        "£1,000",
        "$ 12",
        "€5",
        "1e3",
        "+7",
        "abc",
        ".5",
        "5.",
        "١٢",
        "99999999999999999",
        "100000000000000000",
        "0000000000000000001",
        "NaN",
        "Infinity",
        "£",
        "()",
        "1_000",
        "\x1d12",
        "12\x1f",
        " 8 ",
    ]
)
_UNITS = st.sampled_from(
    ["", "kWh", " litres ", "GBP", "£", "usd", "miles", "furlongs-per-week", "kg", "m3"]
)
_DATES_TEXT = st.sampled_from(
    [
        "",
        "2024-03-05",
        "05/03/2024",
        "13/02/2024",
        "02/13/2024",
        "5.3.24",
        "2024-02-30",
        "05-Mar-24",
        "5 March 2024",
        "Mar 5, 2024",
        "2024-03-05T10:00:00",
        "not a date",
        " 2024-01-31 ",
    ]
)
_REGIONS = st.sampled_from(["", "UK", "gb", "US", "united states", "fr", "Scotland "])
_CURRENCIES = st.sampled_from(["", "gbp", "USD", " eur ", "dollars"])


@st.composite
def _rows(draw):
    row = [
        draw(_TEXTS),
        draw(_NUMBERS),
        draw(_UNITS),
        draw(_DATES_TEXT),
        draw(_TEXTS),
        draw(_REGIONS),
        draw(_NUMBERS),
        draw(_CURRENCIES),
        draw(_TEXTS),
    ]
    return row[: draw(st.integers(min_value=1, max_value=len(row)))]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(_rows(), min_size=1, max_size=80),
    default_region=st.sampled_from(["GB", "US"]),
    default_currency=st.sampled_from(["", "GBP"]),
)
def test_generated_rows_read_the_same_both_ways(rows, default_region, default_currency):
    options = {
        "columns": _COLUMNS,
        "default_region": default_region,
        "default_currency": default_currency,
    }
    numbers = list(range(2, len(rows) + 2))
    by_columns, _fast = _column_path(options, numbers, rows, chunk=17)
    assert by_columns == _row_path(options, numbers, rows)


def test_missing_columns_and_short_rows():
    options = {
        "columns": {"description": 0, "amount": 3},
        "default_region": "GB",
        "default_currency": "GBP",
    }
    rows = [["Taxi"], ["Train", "x", "y", "12.40"], ["", "", "", "3"]]
    by_columns, fast = _column_path(options, [2, 3, 4], rows)
    assert by_columns == _row_path(options, [2, 3, 4], rows)
    assert fast == 1
    assert by_columns[3][1][ACTIVITY_COLUMNS.index("unit")] == "GBP"


def test_values_cached_across_chunks_stay_right():
    """Maps remembered from one chunk (units, dates, keys) serve the next."""
    options = {"columns": _COLUMNS, "default_region": "GB", "default_currency": ""}
    rows = [["Diesel", str(n), "litres", "01/02/2024", "Fuel", ""] for n in range(50)]
    rows += [["Diesel", "1", "litres", "01/02/2024", "Fuel", "US"]]
    numbers = list(range(2, len(rows) + 2))
    by_columns, fast = _column_path(options, numbers, rows, chunk=7)
    assert by_columns == _row_path(options, numbers, rows)
    assert fast == len(rows)
    # One day/month order for the column (here the GB fallback), whatever a
    # row's region says: never decided row by row (ADR-4.2c).
    assert by_columns[2][1][ACTIVITY_COLUMNS.index("date")] == date(2024, 2, 1)
    assert by_columns[numbers[-1]][1][ACTIVITY_COLUMNS.index("date")] == date(
        2024, 2, 1
    )


def test_real_ledger_first_rows_are_column_path(tmp_path):
    """Sanity: a plain ledger takes the column path for every row."""
    text = "description,quantity,unit,date\n" + "".join(
        f"Gas {n},{n}.5,kWh,2024-01-{1 + n % 28:02d}\n" for n in range(100)
    )
    path = tmp_path / "plain.csv"
    path.write_text(text)
    header, numbers, rows = _ledger(path, 1)
    options = {"columns": header.columns, "default_region": "GB"}
    by_columns, fast = _column_path(options, numbers, list(islice(rows, 100)))
    assert fast == 100
    assert by_columns == _row_path(options, numbers, rows)
