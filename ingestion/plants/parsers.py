"""Parsers for MRV files, reading the real layouts as they are (seed 003).

Pure functions over rows of cells: they return what they read, the row errors
and the file's QA/QC checks (levels 1-3), and never touch the database.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from ingestion.plants.layouts import (
    REQUIRED_OPERATIONS_FIELDS,
    TABLE_SEARCH_ROWS,
    layouts_for,
)
from ingestion.plants.models import SamplePoint

# Crew lab long format: which (unit_type_id, measurement_point) is up/downstream.
CREW_POINTS = {
    ("primary_clarifier", "outlet"): SamplePoint.UPSTREAM,
    ("secondary_clarifier", "outlet"): SamplePoint.DOWNSTREAM,
}
CREW_REQUIRED = ("date", "plant_id", "unit_type_id", "parameter_name", "value")
WQP_REQUIRED = (
    "activitystartdate",
    "characteristicname",
    "resultmeasurevalue",
    "resultmeasure/measureunitcode",
)
# Plausible bounds (level 3): outside them a value is a row error, not a record.
RANGES = {
    "calcium": (Decimal("0"), Decimal("2000")),  # mg/L
    "ph": (Decimal("0"), Decimal("14")),
    "flow_mgd": (Decimal("-1"), Decimal("1000")),
}
_DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y")
_DATETIME_FORMATS = (
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S%z",
    "%Y-%m-%d %H:%M:%S%z",
)


@dataclass(frozen=True)
class Check:
    level: int
    code: str
    status: str  # pass | warn | fail
    message: str
    count: int = 0


@dataclass(frozen=True)
class CellError:
    sheet: str
    row: int
    column: str
    message: str


@dataclass(frozen=True)
class LabRow:
    plant_code: str
    date: dt.date
    parameter: str
    point: str
    location: str
    replicate: int
    sample_id: str
    value: Decimal
    uncertainty: Decimal | None
    unit: str
    generated_on: dt.date | None
    sheet: str
    row_number: int


@dataclass(frozen=True)
class OpsRow:
    date: dt.date
    effluent_flow_mgd: Decimal | None
    influent_flow_mgd: Decimal | None
    report_generated_at: dt.datetime | None
    sheet: str
    row_number: int


@dataclass(frozen=True)
class SensorDayRow:
    date: dt.date
    parameter: str
    mean: Decimal
    minimum: Decimal
    maximum: Decimal
    readings: int
    first_row: int
    last_row: int


@dataclass
class ParsedFile:
    lab: list[LabRow] = field(default_factory=list)
    ops: list[OpsRow] = field(default_factory=list)
    sensor: list[SensorDayRow] = field(default_factory=list)
    errors: list[CellError] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    rows_read: int = 0
    failure: str = ""

    @property
    def failed_rows(self) -> int:
        return len({(error.sheet, error.row) for error in self.errors})


# --- cells -----------------------------------------------------------------


def text(cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def decimal_or_none(cell) -> Decimal | None:
    """A number from a cell; None when blank. Raises ValueError for non-numbers."""
    if cell is None or isinstance(cell, bool):
        return None
    if isinstance(cell, int | float):
        value = Decimal(repr(cell)) if isinstance(cell, float) else Decimal(cell)
    else:
        raw = str(cell).strip().replace(",", "")
        if not raw:
            return None
        try:
            value = Decimal(raw)
        except InvalidOperation as exc:
            raise ValueError(f"{str(cell)[:40]!r} is not a number") from exc
    if not value.is_finite():
        raise ValueError("not a finite number")
    return value


def date_or_none(cell) -> dt.date | None:
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    raw = text(cell)
    if not raw or len(raw) > 10:
        return None
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    return None


def datetime_or_none(cell) -> dt.datetime | None:
    if isinstance(cell, dt.datetime):
        return cell
    raw = text(cell)
    for fmt in _DATETIME_FORMATS:
        try:
            return dt.datetime.strptime(raw, fmt)
        except ValueError:
            continue
    return None


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", text(name)).lower()


def _in_range(kind: str, value: Decimal) -> bool:
    low, high = RANGES[kind]
    return low <= value <= high


# --- lab results -----------------------------------------------------------


def detect_lab_format(header: list) -> str | None:
    names = {_key(cell) for cell in header}
    if all(column in names for column in CREW_REQUIRED):
        return "crew"
    if all(column in names for column in WQP_REQUIRED):
        return "wqp"
    return None


def parse_lab(
    rows: list[tuple[int, list]], *, sheet: str = "", default_plant: str = ""
) -> ParsedFile:
    """Lab results in the Crew long format or the WQP narrow-result format."""
    parsed = ParsedFile()
    header_at = next(
        (i for i, (_, cells) in enumerate(rows[:30]) if detect_lab_format(cells)), None
    )
    if header_at is None:
        parsed.failure = (
            "No lab header found: expected the Crew columns "
            f"({', '.join(CREW_REQUIRED)}) or Water Quality Portal narrow-result "
            "columns (ActivityStartDate, CharacteristicName, ResultMeasureValue…)."
        )
        parsed.checks.append(Check(1, "parsing", "fail", parsed.failure))
        return parsed
    header = rows[header_at][1]
    layout = detect_lab_format(header)
    columns = {_key(name): index for index, name in enumerate(header) if text(name)}
    if layout == "wqp" and not default_plant:
        parsed.failure = "A Water Quality Portal file names no plant: send `plant`."
        parsed.checks.append(Check(1, "parsing", "fail", parsed.failure))
        return parsed
    read = _crew_row if layout == "crew" else _wqp_row
    seen: dict[tuple, int] = {}
    duplicates = 0
    missing = 0
    for number, cells in rows[header_at + 1 :]:
        if all(not text(cell) for cell in cells):
            continue
        parsed.rows_read += 1

        def cell(name, cells=cells):
            index = columns.get(name)
            return cells[index] if index is not None and index < len(cells) else None

        try:
            row = read(cell, number=number, sheet=sheet, default_plant=default_plant)
        except _RowProblem as problem:
            if problem.missing:
                missing += 1
            parsed.errors.append(
                CellError(sheet, number, problem.column, problem.message)
            )
            continue
        if row is None:
            continue
        identity = (row.plant_code, row.sample_id, row.value, row.uncertainty)
        if row.sample_id and identity in seen:
            duplicates += 1
        seen[identity] = number
        parsed.lab.append(row)
    _lab_checks(parsed, layout=layout, duplicates=duplicates, missing=missing)
    return parsed


class _RowProblem(Exception):
    def __init__(self, column: str, message: str, *, missing: bool = False):
        super().__init__(message)
        self.column = column
        self.message = message
        self.missing = missing


def _required_value(cell, name: str, kind: str | None) -> Decimal:
    try:
        value = decimal_or_none(cell(name))
    except ValueError as exc:
        raise _RowProblem(name, str(exc)) from exc
    if value is None:
        raise _RowProblem(name, "The value is missing.", missing=True)
    if kind and not _in_range(kind, value):
        low, high = RANGES[kind]
        raise _RowProblem(name, f"{value} is outside the plausible {low}-{high}.")
    return value


def _crew_row(cell, *, number, sheet, default_plant) -> LabRow | None:
    date = date_or_none(cell("date"))
    if date is None:
        raise _RowProblem("date", "The date is missing or not a date.", missing=True)
    plant = text(cell("plant_id")) or default_plant
    if not plant:
        raise _RowProblem("plant_id", "The plant is missing.", missing=True)
    parameter = _key(cell("parameter_name"))
    kind = parameter if parameter in RANGES else None
    value = _required_value(cell, "value", kind)
    try:
        uncertainty = decimal_or_none(cell("uncertainty"))
    except ValueError as exc:
        raise _RowProblem("uncertainty", str(exc)) from exc
    if uncertainty is not None and uncertainty < 0:
        raise _RowProblem("uncertainty", "The uncertainty is negative.")
    unit_type = _key(cell("unit_type_id"))
    point_name = _key(cell("measurement_point"))
    replicate = text(cell("replicate_num"))
    return LabRow(
        plant_code=plant,
        date=date,
        parameter=parameter,
        point=CREW_POINTS.get((unit_type, point_name), SamplePoint.OTHER),
        location=f"{unit_type} {point_name}".strip(),
        replicate=int(replicate) if replicate.isdigit() else 1,
        sample_id=text(cell("unique_id"))[:200],
        value=value,
        uncertainty=uncertainty,
        unit=text(cell("units"))[:32] or "mg/L",
        generated_on=date_or_none(cell("date_generated")),
        sheet=sheet,
        row_number=number,
    )


def _wqp_row(cell, *, number, sheet, default_plant) -> LabRow | None:
    date = date_or_none(cell("activitystartdate"))
    if date is None:
        raise _RowProblem(
            "ActivityStartDate", "The date is missing or not a date.", missing=True
        )
    parameter = _key(cell("characteristicname"))
    if not text(cell("resultmeasurevalue")):
        if text(cell("resultdetectionconditiontext")):
            return None  # "Not Detected" and friends: no value to store
        raise _RowProblem("ResultMeasureValue", "The value is missing.", missing=True)
    kind = parameter if parameter in RANGES else None
    value = _required_value(cell, "resultmeasurevalue", kind)
    fraction = text(cell("resultsamplefractiontext"))
    unit = text(cell("resultmeasure/measureunitcode"))
    return LabRow(
        plant_code=default_plant,
        date=date,
        parameter=parameter,
        point=SamplePoint.OTHER,
        location=text(cell("monitoringlocationidentifier"))[:200],
        replicate=1,
        sample_id=(text(cell("activityidentifier")) + " " + fraction).strip()[:200],
        value=value,
        uncertainty=None,
        unit=("" if unit == "None" else unit)[:32],
        generated_on=None,
        sheet=sheet,
        row_number=number,
    )


def _lab_checks(parsed: ParsedFile, *, layout: str, duplicates: int, missing: int):
    fmt = "Crew long format" if layout == "crew" else "Water Quality Portal narrow"
    parsed.checks += [
        Check(1, "file_format", "pass", f"Lab results file, {fmt}."),
        Check(
            1,
            "parsing",
            "pass" if parsed.lab else "fail",
            f"{len(parsed.lab)} of {parsed.rows_read} rows read.",
            len(parsed.lab),
        ),
        Check(
            1,
            "duplicates",
            "warn" if duplicates else "pass",
            f"{duplicates} rows repeat an earlier sample id with the same value.",
            duplicates,
        ),
        Check(
            2,
            "completeness",
            "warn" if missing else "pass",
            f"{missing} rows miss a required value (date, plant, value).",
            missing,
        ),
        Check(
            3,
            "schema_ranges",
            "warn" if parsed.failed_rows > missing else "pass",
            f"{parsed.failed_rows - missing} rows have a value of the wrong type "
            "or outside its plausible range.",
            parsed.failed_rows - missing,
        ),
    ]


# --- plant operations workbooks ----------------------------------------------


def _parts(cell) -> list[str]:
    return [part.strip() for part in text(cell).split("\n") if part.strip()]


def header_paths(header_rows: list[list]) -> list[list[str]]:
    """Each column's header path; the first header row carries right over blanks."""
    width = max((len(row) for row in header_rows), default=0)
    paths: list[list[str]] = [[] for _ in range(width)]
    carried: list[str] = []
    for depth, row in enumerate(header_rows):
        for index in range(width):
            parts = _parts(row[index]) if index < len(row) else []
            if depth == 0:
                if parts:
                    carried = parts
                elif index > 0:
                    parts = carried
            paths[index].extend(parts)
    return paths


def _contains_in_order(path: list[str], wanted: list[str]) -> bool:
    position = 0
    lowered = [part.lower() for part in path]
    for part in wanted:
        try:
            position = lowered.index(part.lower(), position) + 1
        except ValueError:
            return False
    return True


def resolve_columns(paths: list[list[str]], layout: dict) -> dict[str, int] | None:
    """field -> column index, or None when a required field is not exactly one column."""
    resolved: dict[str, int] = {}
    for name, wanted in layout.get("columns", {}).items():
        if not wanted:
            continue
        hits = [i for i, path in enumerate(paths) if _contains_in_order(path, wanted)]
        if len(hits) == 1:
            resolved[name] = hits[0]
        elif name in REQUIRED_OPERATIONS_FIELDS:
            return None
    return resolved


def _find_table(rows: list[list], layout: dict) -> tuple[int, dict[str, int]] | None:
    depth = int(layout.get("header_rows", 1))
    for index in range(depth, min(len(rows), TABLE_SEARCH_ROWS)):
        if not any(date_or_none(cell) for cell in rows[index]):
            continue
        columns = resolve_columns(header_paths(rows[index - depth : index]), layout)
        if columns and date_or_none(rows[index][columns["date"]]):
            return index, columns
    return None


def _generated_at(rows: list[list], layout: dict) -> dt.datetime | None:
    where = layout.get("generated_at")
    if not where:
        return None
    row, column = int(where["row"]) - 1, int(where["column"]) - 1
    if row >= len(rows) or column >= len(rows[row]):
        return None
    return datetime_or_none(rows[row][column])


def _first_layout(rows: list[list], mapping: dict | None):
    for name, layout in layouts_for(mapping):
        found = _find_table(rows, layout)
        if found:
            return name, layout, found
    return None


def parse_operations(
    sheets: list[tuple[str, list[list]]], *, mapping: dict | None = None
) -> ParsedFile:
    """Plant-operations workbook: every sheet whose layout is recognized."""
    parsed = ParsedFile()
    recognized = []
    missing = out_of_range = 0
    days: dict[dt.date, list[int]] = defaultdict(list)
    for sheet, rows in sheets:
        match = _first_layout(rows, mapping)
        if match is None:
            continue
        layout_name, layout, found = match
        start, columns = found
        recognized.append(f"{sheet} ({layout_name})")
        generated = _generated_at(rows, layout)
        for index in range(start, len(rows)):
            cells = rows[index]
            date = date_or_none(cells[columns["date"]])
            if date is None:
                continue  # summary rows (Sum/Avg/Max/Min/Count/TOTAL…), tags, notes
            number = index + 1
            parsed.rows_read += 1
            values = {}
            for name in ("effluent_flow_mgd", "influent_flow_mgd"):
                column = columns.get(name)
                if column is None:
                    values[name] = None
                    continue
                try:
                    value = decimal_or_none(cells[column])
                except ValueError as exc:
                    value = None
                    parsed.errors.append(CellError(sheet, number, name, str(exc)))
                if value is not None and not _in_range("flow_mgd", value):
                    parsed.errors.append(
                        CellError(sheet, number, name, f"{value} MGD is implausible.")
                    )
                    out_of_range += 1
                    value = None
                values[name] = value
            if values["effluent_flow_mgd"] is None:
                missing += 1
            days[date].append(number)
            parsed.ops.append(
                OpsRow(
                    date=date,
                    report_generated_at=generated,
                    sheet=sheet[:100],
                    row_number=number,
                    **values,
                )
            )
    if not recognized:
        parsed.failure = (
            "No sheet matches the plant's column mapping (date and effluent flow "
            "header paths) or a built-in operations layout."
        )
        parsed.checks.append(Check(1, "parsing", "fail", parsed.failure))
        return parsed
    repeated = sum(len(rows) - 1 for rows in days.values() if len(rows) > 1)
    parsed.checks += [
        Check(
            1, "file_format", "pass", "Operations workbook: " + ", ".join(recognized)
        ),
        Check(
            1, "parsing", "pass", f"{len(parsed.ops)} plant-days read.", len(parsed.ops)
        ),
        Check(
            1,
            "duplicates",
            "warn" if repeated else "pass",
            f"{repeated} days appear more than once in this file.",
            repeated,
        ),
        Check(
            2,
            "completeness",
            "warn" if missing else "pass",
            f"{missing} days have no effluent flow.",
            missing,
        ),
        Check(
            3,
            "schema_ranges",
            "warn" if parsed.errors else "pass",
            f"{len(parsed.errors)} cells are not numbers or out of range "
            f"({out_of_range} out of range).",
            len(parsed.errors),
        ),
    ]
    return parsed


# --- pH sensor minute data ---------------------------------------------------


def parse_sensor(rows: list[tuple[int, list]], *, parameter: str = "ph") -> ParsedFile:
    """Minute readings (timestamp, value) aggregated to daily mean/min/max."""
    parsed = ParsedFile()
    days: dict[dt.date, list[tuple[int, Decimal]]] = defaultdict(list)
    for number, cells in rows:
        if all(not text(cell) for cell in cells) or len(cells) < 2:
            continue
        stamp = datetime_or_none(cells[0]) or (
            dt.datetime.combine(date_or_none(cells[0]), dt.time())
            if date_or_none(cells[0])
            else None
        )
        if stamp is None:
            if parsed.rows_read == 0 and not days:
                continue  # a header row
            parsed.errors.append(CellError("", number, "timestamp", "Not a timestamp."))
            parsed.rows_read += 1
            continue
        parsed.rows_read += 1
        try:
            value = decimal_or_none(cells[1])
        except ValueError as exc:
            parsed.errors.append(CellError("", number, "value", str(exc)))
            continue
        if value is None or not _in_range(parameter, value):
            parsed.errors.append(
                CellError("", number, "value", f"{value} is missing or out of range.")
            )
            continue
        days[stamp.date()].append((number, value))
    for date, readings in sorted(days.items()):
        values = [value for _, value in readings]
        parsed.sensor.append(
            SensorDayRow(
                date=date,
                parameter=parameter,
                mean=sum(values) / len(values),
                minimum=min(values),
                maximum=max(values),
                readings=len(values),
                first_row=readings[0][0],
                last_row=readings[-1][0],
            )
        )
    ok = bool(parsed.sensor)
    if not ok:
        parsed.failure = "No (timestamp, value) readings found."
    parsed.checks += [
        Check(1, "parsing", "pass" if ok else "fail", f"{parsed.rows_read} readings."),
        Check(
            3,
            "schema_ranges",
            "warn" if parsed.errors else "pass",
            f"{len(parsed.errors)} readings unreadable or out of range.",
            len(parsed.errors),
        ),
    ]
    return parsed
