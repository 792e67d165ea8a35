"""Column-at-a-time parsing of CSV rows: the row rules of `RowParser`, applied to a
whole chunk at once (ARCHITECTURE.md, ADR-4.7c).

A chunk's cells become Polars columns. What a value of many rows decides (the
trimmed texts, a number, whether it is present) is computed by Polars over the
column; what only a few distinct values decide (units, currencies, regions, dates,
match keys) is computed by the row rules themselves, once per distinct value, and
joined back. A row that any of this cannot vouch for (an error, a number or date
in an unusual form, a control character that Python and Polars trim differently)
is handed to `RowParser` as it is: its activity or its errors are exactly what the
row path gives. So the two paths agree by construction, and tests compare them on
the real sample ledgers.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from itertools import zip_longest

import polars as pl

from ingestion.parsing import (
    ACTIVITY_COLUMNS,
    RowInvalid,
    RowParser,
    _parse_date_text,
    region_code,
)
from matching.factors.keys import match_key
from matching.factors.units import UnknownUnit, is_currency, unit_normalize

_FIELDS = RowParser.FIELDS
# Characters Python's str.strip() and `\s` treat as space and Rust's do not (the
# ASCII information separators): a row holding one takes the row path.
_SEPARATORS = r"[\x1c-\x1f]"
_NUMBER_JUNK = r"[,\s£$€]"
_NUMBER_JUNK_COMMA = r"[.\s£$€]"
# The numbers the column path vouches for; anything else (exponents, a plus sign,
# other digits, too many digits) is decided by the row path.
_PLAIN_NUMBER = r"^-?[0-9]{1,17}(\.[0-9]+)?$"
_TEXT_LIMITS = {
    "description": 2000,
    "unit": 64,
    "currency": 8,
    "region": 64,
    "category": 200,
    "supplier": 200,
    "merchant_type": 200,
    "site": 200,
    "external_id": 200,
}
# Texts of CSV-format COPY that are never NULL (an empty field is '').
TEXT_COLUMNS = (
    "description",
    "unit",
    "unit_normalized",
    "category",
    "supplier",
    "merchant_type",
    "site",
    "external_id",
    "currency",
    "region",
    "match_key",
)
# An activity key's columns (ingestion.ActivityKey), as the parse step writes them.
KEY_COLUMNS = (
    "match_key",
    "description",
    "unit_normalized",
    "category",
    "region",
    "supplier",
    "merchant_type",
)
_KEY_AT = tuple(ACTIVITY_COLUMNS.index(name) for name in KEY_COLUMNS)
# Activity columns the database fills when no column of the file gives them
# (NULL, or the column's database default): COPY leaves them out.
_FILLED = ("date", "period_start", "period_end", "amount", "merchant_type")
_MAP_LIMIT = 200_000  # distinct values remembered across chunks, per map


@dataclass
class ChunkResult:
    """A chunk's rows: the valid ones as a frame (column path) or as tuples (row
    path), and the row errors of the others."""

    rows: int = 0  # the chunk's rows, valid or not
    frame: pl.DataFrame | None = None  # ACTIVITY_COLUMNS, as COPY text
    copied: tuple[str, ...] = ACTIVITY_COLUMNS  # the frame's columns COPY writes
    activities: list[tuple] = field(default_factory=list)
    errors: list[tuple[int, str, str]] = field(default_factory=list)
    failed_rows: int = 0

    def add_rows(self, row_parser: RowParser, rows) -> None:
        """Parse (row number, cells) pairs by the row path into this result."""
        for number, cells in rows:
            try:
                self.activities.append(row_parser(number, cells))
            except RowInvalid as exc:
                self.failed_rows += 1
                self.errors.extend(
                    (number, column, message) for column, message in exc.errors
                )

    def keys(self) -> dict[str, tuple]:
        """The chunk's distinct match keys, each with the words of one of its rows
        (KEY_COLUMNS order)."""
        found: dict[str, tuple] = {}
        if self.frame is not None and self.frame.height:
            words = self.frame.select(KEY_COLUMNS).unique(
                subset="match_key", keep="first"
            )
            found.update((row[0], row) for row in words.iter_rows())
        for activity in self.activities:
            key = activity[_KEY_AT[0]]
            if key not in found:
                found[key] = tuple(activity[i] for i in _KEY_AT)
        return found


class RowChunkParser:
    """A chunk parsed a row at a time (a workbook's typed cells), as a ChunkResult."""

    def __init__(self, **options) -> None:
        self.row_parser = RowParser(**options)

    def __call__(self, numbers: list[int], rows: list[list]) -> ChunkResult:
        result = ChunkResult(rows=len(rows))
        result.add_rows(self.row_parser, zip(numbers, rows, strict=True))
        return result


class ChunkParser:
    """`RowParser`'s rules over a chunk of CSV rows (lists of str) at once."""

    def __init__(
        self,
        *,
        columns: dict[str, int],
        default_region: str,
        default_currency: str = "",
        **reading,
    ) -> None:
        self.row_parser = RowParser(
            columns=columns,
            default_region=default_region,
            default_currency=default_currency,
            **reading,
        )
        self.columns = columns
        self.default_region = default_region
        self.default_currency = default_currency
        self._currencies: dict[str, str] = {}
        self._regions: dict[str, str] = {}
        self._units: dict[str, str | None] = {}
        self._dates: dict[tuple[str, bool], str | None] = {}
        self._keys: dict[tuple[str, str, str, str], str] = {}

    def __call__(self, numbers: list[int], rows: list[list]) -> ChunkResult:
        if not rows:
            return ChunkResult()
        frame = self._frame(numbers, rows)
        frame = self._decide(frame)
        fast = frame.filter(pl.col("_ok")).select(ACTIVITY_COLUMNS)
        given = set(self._given())
        result = ChunkResult(
            rows=len(rows),
            frame=fast,
            copied=tuple(
                name
                for name in ACTIVITY_COLUMNS
                if name in given or name not in _FILLED
            ),
        )
        positions = frame.filter(~pl.col("_ok"))["_position"].to_list()
        result.add_rows(self.row_parser, ((numbers[p], rows[p]) for p in positions))
        return result

    def _frame(self, numbers: list[int], rows: list[list]) -> pl.DataFrame:
        cells = list(zip_longest(*rows))
        data: dict[str, pl.Series] = {
            "row_number": pl.Series(numbers, dtype=pl.Int64),
            "_position": pl.Series(range(len(rows)), dtype=pl.Int64),
        }
        for name in self._given():
            index = self.columns.get(name)
            values = cells[index] if index is not None and index < len(cells) else None
            constant = (
                None if index is not None else self.row_parser.constants.get(name)
            )
            data[f"_{name}"] = (
                pl.Series(values, dtype=pl.String)
                if values is not None
                else pl.repeat(constant, len(rows), dtype=pl.String, eager=True)
            )
        return pl.DataFrame(data)

    def _given(self) -> list[str]:
        """The fields a column or a constant gives; the others are empty texts."""
        return [
            name
            for name in _FIELDS
            if name in self.columns or name in self.row_parser.constants
        ]

    def _decide(self, frame: pl.DataFrame) -> pl.DataFrame:
        given = self._given()
        raw = [f"_{name}" for name in given]
        stripped = {
            name: pl.col(f"_{name}").str.strip_chars().fill_null("")
            if name in given
            else pl.lit("", dtype=pl.String)
            for name in _FIELDS
        }
        frame = frame.with_columns(
            pl.any_horizontal(
                pl.col(name).str.contains(_SEPARATORS).fill_null(False) for name in raw
            ).alias("_odd"),
            *(
                stripped[name].str.slice(0, limit).alias(name)
                for name, limit in _TEXT_LIMITS.items()
            ),
            *(
                _number(stripped[name], name in self.row_parser.decimal_comma).alias(
                    name
                )
                for name in ("quantity", "amount")
            ),
            *(
                (stripped[name] != "").alias(f"_{name}_given")
                for name in ("quantity", "amount", "date", "period_start", "period_end")
            ),
        )
        frame = frame.with_columns(
            _mapped(frame["currency"], self._currencies, self._currency),
            _mapped(frame["region"], self._regions, self._region),
        )
        spend = (
            pl.col("quantity").is_null()
            & ~pl.col("_quantity_given")
            & (pl.col("unit") == "")
            & pl.col("amount").is_not_null()
            & (pl.col("currency") != "")
        )
        frame = frame.with_columns(
            pl.when(spend)
            .then(pl.col("amount"))
            .otherwise(pl.col("quantity"))
            .alias("quantity"),
            pl.when(spend)
            .then(pl.col("currency"))
            .otherwise(pl.col("unit"))
            .alias("unit"),
        )
        frame = frame.with_columns(
            _mapped(frame["unit"], self._units, self._unit).alias("unit_normalized")
        )
        frame = frame.with_columns(
            pl.when(
                (pl.col("currency") == "")
                & pl.col("unit_normalized").is_in(_currency_units(frame))
            )
            .then(pl.col("unit_normalized"))
            .otherwise(pl.col("currency"))
            .alias("currency"),
        )
        for name in ("date", "period_start", "period_end"):
            if name in self.columns or name in self.row_parser.constants:
                frame = self._dates_joined(frame, name, stripped[name])
            else:
                frame = frame.with_columns(pl.lit(None, pl.String).alias(name))
        frame = self._keys_joined(frame)
        ok = (
            ~pl.col("_odd")
            & (pl.col("description") != "")
            & pl.col("quantity").is_not_null()
            & (~pl.col("_amount_given") | pl.col("amount").is_not_null())
            & pl.col("unit_normalized").is_not_null()
        )
        for name in ("date", "period_start", "period_end"):
            ok = ok & (~pl.col(f"_{name}_given") | pl.col(name).is_not_null())
        return frame.with_columns(ok.alias("_ok"))

    def _dates_joined(self, frame: pl.DataFrame, name: str, text) -> pl.DataFrame:
        day_first = self.row_parser.day_first[name]
        frame = frame.with_columns(text.alias("_text"))
        pairs = frame.filter(pl.col("_text") != "").select("_text").unique()
        values = []
        for (value,) in pairs.iter_rows():
            key = (value, day_first)
            if key not in self._dates:
                if len(self._dates) >= _MAP_LIMIT:
                    self._dates.clear()
                self._dates[key] = _iso_date(value, day_first)
            values.append(self._dates[key])
        table = pairs.with_columns(pl.Series(name, values, dtype=pl.String))
        return frame.join(table, on="_text", how="left", maintain_order="left").drop(
            "_text"
        )

    def _keys_joined(self, frame: pl.DataFrame) -> pl.DataFrame:
        parts = ["description", "unit_normalized", "category", "region"]
        combos = frame.filter(pl.col("unit_normalized").is_not_null()).select(parts)
        combos = combos.unique()
        keys = []
        for description, unit, category, region in combos.iter_rows():
            combo = (description, unit, category, region)
            found = self._keys.get(combo)
            if found is None:
                if len(self._keys) >= _MAP_LIMIT:
                    self._keys.clear()
                found = self._keys[combo] = match_key(
                    description=description, unit=unit, category=category, region=region
                )
            keys.append(found)
        table = combos.with_columns(pl.Series("match_key", keys, dtype=pl.String))
        return frame.join(table, on=parts, how="left", maintain_order="left")

    def _currency(self, text: str) -> str:
        return text.upper() or self.default_currency

    def _region(self, text: str) -> str:
        return region_code(text, self.default_region)

    @staticmethod
    def _unit(text: str) -> str | None:
        if not text:
            return None
        try:
            return unit_normalize(text)
        except UnknownUnit:
            return None


def _number(text: pl.Expr, decimal_comma: bool = False) -> pl.Expr:
    """The number a cell holds, as plain decimal text; null when it is empty or not
    in a plain form (`parse_decimal`'s junk, decimal comma and parentheses
    rules)."""
    if decimal_comma:
        cleaned = text.str.replace_all(_NUMBER_JUNK_COMMA, "").str.replace(
            ",", ".", literal=True
        )
    else:
        cleaned = text.str.replace_all(_NUMBER_JUNK, "")
    cleaned = cleaned.str.replace(r"^\((.*)\)$", "-${1}")
    return pl.when((text != "") & cleaned.str.contains(_PLAIN_NUMBER)).then(cleaned)


def _mapped(series: pl.Series, cache: dict, decide) -> pl.Series:
    """`decide(value)` for each value of `series`, computed once per distinct one."""
    for value in series.unique().to_list():
        if value not in cache:
            if len(cache) >= _MAP_LIMIT:
                cache.clear()
            cache[value] = decide(value)
    return series.replace_strict(cache, default=None, return_dtype=pl.String)


def _currency_units(frame: pl.DataFrame) -> list[str]:
    return [
        unit
        for unit in frame["unit_normalized"].unique().to_list()
        if unit is not None and is_currency(unit)
    ]


def _iso_date(text: str, day_first: bool) -> str | None:
    try:
        return _parse_date_text(text, day_first).isoformat()
    except ValueError:
        return None


def chunk_csv(result: ChunkResult, *, ids: list[str], prefix: tuple) -> bytes:
    """The chunk's column-path rows as CSV for COPY: id, organization, upload first,
    then `result.copied`."""
    frame = result.frame.select(
        pl.Series("id", ids, dtype=pl.String),
        pl.lit(prefix[0]).alias("organization_id"),
        pl.lit(prefix[1]).alias("upload_id"),
        *result.copied,
    )
    buffer = io.BytesIO()
    frame.write_csv(buffer, include_header=False)
    return buffer.getvalue()
