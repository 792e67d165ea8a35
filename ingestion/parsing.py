"""Header mapping and per-row validation of activity files (API.md, activity columns)."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import pycountry

from ingestion.recognition import recognize
from matching.factors.keys import match_key
from matching.factors.units import UnknownUnit, is_currency, unit_normalize

# Every field a column may be read as, the description first (API.md, mapping).
FIELDS = (
    "description",
    "quantity",
    "unit",
    "date",
    "period_start",
    "period_end",
    "category",
    "supplier",
    "merchant_type",
    "site",
    "external_id",
    "amount",
    "currency",
    "region",
)
_REGIONS = {
    "uk": "GB",
    "gb": "GB",
    "gbr": "GB",
    "united kingdom": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "great britain": "GB",
    "us": "US",
    "usa": "US",
    "united states": "US",
    "united states of america": "US",
}
_NUMBER_JUNK = re.compile(r"[,\s£$€]")
_NUMBER_JUNK_COMMA = re.compile(r"[.\s£$€]")


def header_key(text) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(text or "").lower()).strip()


MAPPING_DEFAULTS = ("currency", "region")


@dataclass(frozen=True)
class HeaderMap:
    row_number: int
    columns: dict[str, int]  # field -> column index
    names: tuple[str, ...] = ()  # the header row's cells, as text
    # field -> the value of every row, when no column holds it (a meter export's
    # description and unit, from its quantity column's header)
    constants: dict[str, str] = dataclasses.field(default_factory=dict)

    def missing(self, defaults: dict | None = None) -> list[str]:
        """Fields (or defaults) the file still needs: a description, and quantity
        with unit, or amount with a currency column or a default currency."""
        present = set(self.columns) | set(self.constants)
        defaults = defaults or {}
        missing = [f for f in ("description",) if f not in present]
        if {"quantity", "unit"} <= present:
            return missing
        if "amount" in present:
            if "currency" not in present and not defaults.get("currency"):
                missing.append("currency")
            return missing
        return missing + [f for f in ("quantity", "unit") if f not in present]

    @property
    def signature(self) -> str:
        """The layout's identity: the normalized header names, in order."""
        text = "\x1f".join(header_key(name) for name in self.names)
        return hashlib.sha256(text.encode()).hexdigest()

    def remapped(self, columns: dict[str, str | None]) -> HeaderMap:
        """This header with a person's choices applied: {header name: field}, where
        an empty field means "ignore this column". Unnamed columns keep what was
        recognized."""
        index_of: dict[str, int] = {}
        for index, name in enumerate(self.names):
            index_of.setdefault(name, index)
        fields = dict(self.columns)
        constants = dict(self.constants)
        for name, chosen in columns.items():
            index = index_of[name]
            fields = {f: i for f, i in fields.items() if i != index}
            if chosen:
                fields[chosen] = index
                constants.pop(chosen, None)
        return HeaderMap(self.row_number, fields, self.names, constants)


def header_map(row_number: int, cells: list, samples: list[list] | None = None):
    """Each field's column, from the header's words and, given sample rows, from
    their values (ingestion.recognition)."""
    names = tuple("" if cell is None else str(cell).strip() for cell in cells)
    columns, _readings, _profiles = recognize(names, samples)
    return HeaderMap(row_number=row_number, columns=columns, names=names)


def looks_like_header(mapping: HeaderMap) -> bool:
    return "description" in mapping.columns and len(mapping.columns) >= 2


class RowInvalid(ValueError):
    def __init__(self, errors: list[tuple[str, str]]):
        self.errors = errors
        super().__init__("; ".join(message for _, message in errors))


class DateOrderConflict(ValueError):
    """A date only the other day/month order reads (`08/25/2017` in a day-first
    column): a row error, never a silent swap."""


@lru_cache(maxsize=8192)
def _parse_date_text(text: str, day_first: bool) -> date:
    """The date of a cell, slashed dates read in the column's order (decided once
    per column, ingestion.recognition)."""
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}([ T].*)?", text):
        year, month, day = (int(p) for p in re.split(r"[-T ]", text)[:3])
        return date(year, month, day)
    match = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})", text)
    if match:
        first, second, year = (int(p) for p in match.groups())
        if year < 100:
            year += 2000
        day, month = (first, second) if day_first else (second, first)
        if month > 12 and day <= 12 and month <= 31:
            raise DateOrderConflict(text)
        return date(year, month, day)
    for fmt in ("%d-%b-%y", "%d-%b-%Y", "%d %b %Y", "%d %B %Y", "%b %d, %Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def parse_date(value, *, day_first: bool) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return _parse_date_text(str(value), day_first)
    except DateOrderConflict:
        order = "day first" if day_first else "month first"
        raise ValueError(
            f"{value!r} does not fit the column's day/month order ({order})."
        ) from None
    except ValueError:
        raise ValueError(f"{value!r} is not a valid date.") from None


def parse_decimal(value, *, decimal_comma: bool = False) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a number.")
    if isinstance(value, (int, Decimal)):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if decimal_comma:  # 1.234,56: the column's values settled it
        text = _NUMBER_JUNK_COMMA.sub("", str(value)).replace(",", ".", 1)
    else:
        text = _NUMBER_JUNK.sub("", str(value))
    if text.startswith("(") and text.endswith(")"):
        text = "-" + text[1:-1]
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"{value!r} is not a number.") from None
    if not number.is_finite():
        raise ValueError(f"{value!r} is not a finite number.")
    return number


# A region is a code of at most this many characters (the factors' region).
REGION_MAX_LENGTH = 8


def region_code(value: str, default: str) -> str:
    """A row's region as a code: a country's name, ISO alpha-2 or alpha-3 code is
    its alpha-2 code ("South Africa" → "ZA"); another short code stays as written
    ("EU", "US-CA"); an unknown name, which no code could stand for, is `default`."""
    text = str(value or "").strip()
    if not text:
        return default
    return _region_lookup(text.lower()) or default


@lru_cache(maxsize=4096)
def _region_lookup(text: str) -> str:
    if text in _REGIONS:
        return _REGIONS[text]
    try:
        return pycountry.countries.lookup(text).alpha_2
    except LookupError:
        return text.upper() if len(text) <= REGION_MAX_LENGTH else ""


ACTIVITY_COLUMNS = (
    "row_number",
    "description",
    "quantity",
    "unit",
    "unit_normalized",
    "date",
    "period_start",
    "period_end",
    "category",
    "supplier",
    "merchant_type",
    "site",
    "external_id",
    "amount",
    "currency",
    "region",
    "match_key",
)
_MAX_QUANTITY = Decimal("1e17")


class RowParser:
    """The activity tuple (ACTIVITY_COLUMNS order) of each row of one file; raises
    RowInvalid. The column indexes are looked up once, and what a row's words
    decide (trimmed texts, region, default currency) is worked out once per
    distinct set of words, since ledgers repeat them."""

    _TEXT_CACHE_SIZE = 50_000
    # The fields a row is read from, in the order __call__ takes them.
    FIELDS = (
        "description",
        "unit",
        "currency",
        "region",
        "category",
        "quantity",
        "amount",
        "date",
        "period_start",
        "period_end",
        "supplier",
        "site",
        "external_id",
        "merchant_type",
    )

    def __init__(
        self,
        *,
        columns: dict[str, int],
        default_region: str,
        default_currency: str = "",
        day_first: dict[str, bool] | None = None,
        constants: dict[str, str] | None = None,
        decimal_comma: tuple[str, ...] = (),
    ) -> None:
        """`day_first`: each date field's order, decided once for the file (a
        field not named: day first unless the region is US); `constants`: a
        field's value for every row when no column holds it; `decimal_comma`:
        the number fields written `1.234,56`."""
        self.columns = columns
        self.default_region = default_region
        self.default_currency = default_currency
        self.constants = dict(constants or {})
        self.decimal_comma = tuple(decimal_comma)
        fallback = default_region != "US"
        self.day_first = {
            name: (day_first or {}).get(name, fallback) for name in _DATE_FIELDS
        }
        self._words: dict[tuple, tuple] = {}
        self._index = tuple(columns.get(field) for field in self.FIELDS)
        self._constant = tuple(
            None if field in columns else self.constants.get(field)
            for field in self.FIELDS
        )
        self._comma = tuple(
            name in self.decimal_comma for name in ("quantity", "amount")
        )

    def _texts(self, raw: tuple) -> tuple:
        found = self._words.get(raw)
        if found is None:
            description, unit, currency, region, category = (
                "" if value is None else str(value).strip()[:limit]
                for value, limit in zip(raw, (2000, 64, 8, 64, 200), strict=True)
            )
            found = (
                description,
                unit,
                currency.upper() or self.default_currency,
                region_code(region, self.default_region),
                category,
            )
            # Only words are remembered: 1, 1.0 and True are equal keys.
            if all(value is None or type(value) is str for value in raw):
                if len(self._words) >= self._TEXT_CACHE_SIZE:
                    self._words.clear()
                self._words[raw] = found
        return found

    def __call__(self, row_number: int, cells: list) -> tuple:
        size = len(cells)
        values = [
            constant if index is None else None if index >= size else cells[index]
            for index, constant in zip(self._index, self._constant, strict=True)
        ]
        description, unit, currency, region, category = self._texts(tuple(values[:5]))
        errors: list[tuple[str, str]] = []
        if not description:
            errors.append(("description", "Description is required."))
        quantity = amount = None
        try:
            quantity = parse_decimal(_stripped(values[5]), decimal_comma=self._comma[0])
        except ValueError as exc:
            errors.append(("quantity", str(exc)))
        try:
            amount = parse_decimal(_stripped(values[6]), decimal_comma=self._comma[1])
        except ValueError as exc:
            errors.append(("amount", str(exc)))
        if quantity is None and not unit and amount is not None and currency:
            quantity, unit = amount, currency  # a spend line: the money is the quantity
        if quantity is None and not any(e[0] == "quantity" for e in errors):
            errors.append(("quantity", "Quantity is required."))
        elif quantity is not None and abs(quantity) >= _MAX_QUANTITY:
            errors.append(("quantity", "Quantity is too large."))
        unit_normalized = ""
        if not unit:
            errors.append(("unit", "Unit is required."))
        else:
            try:
                unit_normalized = unit_normalize(unit)
            except UnknownUnit:
                errors.append(("unit", f"Unit {unit!r} is not a known unit."))
        dates = []
        for field, value in zip(_DATE_FIELDS, values[7:10], strict=True):
            try:
                dates.append(
                    parse_date(_stripped(value), day_first=self.day_first[field])
                )
            except ValueError as exc:
                errors.append((field, str(exc)))
        if errors:
            raise RowInvalid(errors)
        if is_currency(unit_normalized) and not currency:
            currency = unit_normalized
        supplier, site, external_id, merchant_type = (
            "" if value is None else str(value).strip()[:200] for value in values[10:]
        )
        return (
            row_number,
            description,
            quantity,
            unit,
            unit_normalized,
            *dates,
            category,
            supplier,
            merchant_type,
            site,
            external_id,
            amount,
            currency,
            region,
            match_key(
                description=description,
                unit=unit_normalized,
                category=category,
                region=region,
            ),
        )


_DATE_FIELDS = ("date", "period_start", "period_end")


def _stripped(value):
    return value.strip() if isinstance(value, str) else value
