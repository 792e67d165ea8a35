import csv
import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from ingestion.plants.layouts import BUILTIN_LAYOUTS
from ingestion.plants.parsers import (
    header_paths,
    parse_lab,
    parse_operations,
    parse_sensor,
    resolve_columns,
)

SAMPLES = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "samples"
OPS = SAMPLES / "mrv" / "plant_ops"
CALCIUM = SAMPLES / "mrv" / "lab" / "IC_calcium.csv"
WQP = SAMPLES / "lab" / "wqp_ohio_river_2024_narrowresult.csv"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"sample file {path} not found (../shared/data/samples)")
    return path


def _sheets(path: Path):
    workbook = CalamineWorkbook.from_path(str(_need(path)))
    return [
        (n, workbook.get_sheet_by_name(n).to_python()) for n in workbook.sheet_names
    ]


def _csv_rows(path: Path, encoding="utf-8"):
    with _need(path).open(encoding=encoding, newline="") as handle:
        return list(enumerate(csv.reader(handle), start=1))


@pytest.mark.parametrize(
    ("name", "days", "first", "last"),
    [
        (
            "PLANT_A-OPS DATA-APR25.xlsx",
            30,
            ("2025-04-01", "36.8"),
            ("2025-04-30", "30"),
        ),
        (
            "PLANT_A-OPS DATA-MAY25.xls",
            31,
            ("2025-05-01", "29.2"),
            ("2025-05-31", "41.3"),
        ),
        (
            "PLANT_A-OPS DATA-JUNE25.xls",
            30,
            ("2025-06-01", "34.3"),
            ("2025-06-30", "27.3"),
        ),
    ],
)
def test_plant_a_xlsx_and_old_xls_skip_summary_rows(name, days, first, last):
    parsed = parse_operations(_sheets(OPS / name))
    assert not parsed.failure and not parsed.errors
    assert len(parsed.ops) == days  # Sum/Avg/Max/Min/Count/Formula rows skipped
    head, tail = parsed.ops[0], parsed.ops[-1]
    assert (head.date.isoformat(), head.effluent_flow_mgd) == (first[0], D(first[1]))
    assert (tail.date.isoformat(), tail.effluent_flow_mgd) == (last[0], D(last[1]))
    assert head.sheet == "OPERATOR DATA" and head.row_number == 2
    assert head.report_generated_at is None


def test_plant_b_reads_generation_time_multilevel_headers_and_trailing_zero():
    parsed = parse_operations(
        _sheets(OPS / "PLANT_B-MPOR_Crew_03212025to04112025.xlsx")
    )
    assert len(parsed.ops) == 22  # TOTAL/MAX/MIN/AVG and the tag row skipped
    assert parsed.ops[0].report_generated_at == dt.datetime(2025, 4, 11, 14, 48, 15)
    assert (parsed.ops[0].date, parsed.ops[0].effluent_flow_mgd) == (
        dt.date(2025, 3, 21),
        D("9.413"),
    )
    last = parsed.ops[-1]
    assert (last.date, last.effluent_flow_mgd, last.influent_flow_mgd) == (
        dt.date(2025, 4, 11),
        D("0.0"),
        None,
    )
    assert last.row_number == 34


def test_header_paths_carry_the_group_row_over_merged_cells():
    rows = [
        ["", "INFLUENT DATA", "", "EFFLUENT DATA", ""],
        ["DATE", "RAW", "RAW", "FIN", "FIN"],
        ["", "FLOW", "pH", "FLOW", "pH"],
        ["", "MGD", "", "MGD", ""],
    ]
    paths = header_paths(rows)
    assert paths[3] == ["EFFLUENT DATA", "FIN", "FLOW", "MGD"]
    assert paths[4] == ["EFFLUENT DATA", "FIN", "pH"]
    layout = {
        "columns": {
            "date": ["DATE"],
            "effluent_flow_mgd": ["EFFLUENT DATA", "FLOW"],
            "influent_flow_mgd": ["INFLUENT DATA", "FLOW"],
        }
    }
    assert resolve_columns(paths, layout) == {
        "date": 0,
        "effluent_flow_mgd": 3,
        "influent_flow_mgd": 1,
    }


def test_an_unknown_workbook_fails_level_1_parsing():
    parsed = parse_operations([("Sheet1", [["a", "b"], ["1", "2"]])])
    assert parsed.failure
    assert [(c.level, c.code, c.status) for c in parsed.checks] == [
        (1, "parsing", "fail")
    ]


def test_builtin_layouts_name_the_samples_effluent_columns():
    assert BUILTIN_LAYOUTS["operator_data_daily"]["columns"]["effluent_flow_mgd"][
        0
    ] == ("Plnt Ef")
    assert "FIN" in BUILTIN_LAYOUTS["dmr_summary"]["columns"]["effluent_flow_mgd"]


def test_crew_lab_file_maps_clarifiers_to_up_and_downstream():
    parsed = parse_lab(_csv_rows(CALCIUM))
    assert len(parsed.lab) == 574 and not parsed.errors
    first = parsed.lab[0]
    assert (first.plant_code, first.point, first.value, first.uncertainty) == (
        "PLANT_A",
        "upstream",
        D("43.2626502"),
        None,
    )
    assert parsed.lab[3].point == "downstream"
    assert parsed.lab[3].uncertainty == D("0.2561112")
    assert {c.code: c.status for c in parsed.checks}["completeness"] == "pass"


def test_crew_lab_row_errors_keep_the_other_rows():
    rows = _csv_rows(CALCIUM)[:4]
    rows[1][1][15] = "n/a"  # value
    rows[2][1][1] = ""  # date
    parsed = parse_lab(rows)
    assert len(parsed.lab) == 1
    assert [(e.row, e.column) for e in parsed.errors] == [(2, "value"), (3, "date")]
    checks = {c.code: (c.level, c.status, c.count) for c in parsed.checks}
    assert checks["completeness"] == (2, "warn", 1)
    assert checks["schema_ranges"] == (3, "warn", 1)


def test_water_quality_portal_narrow_results_need_a_plant():
    rows = _csv_rows(WQP, encoding="utf-8-sig")
    assert parse_lab(rows).failure
    parsed = parse_lab(rows, default_plant="OHIO")
    calcium = [r for r in parsed.lab if r.parameter == "calcium"]
    assert calcium and all(r.unit == "mg/L" and r.plant_code == "OHIO" for r in calcium)
    assert any(r.parameter == "ph" for r in parsed.lab)


def test_ph_minute_readings_aggregate_to_daily_mean_min_max():
    rows = list(
        enumerate(
            [
                ["timestamp", "value"],
                ["2025-04-02 00:00:00", "7.0"],
                ["2025-04-02 00:01:00", "7.4"],
                ["2025-04-02 23:59:00", "7.2"],
                ["2025-04-03 00:00:00", "6.9"],
                ["2025-04-03 00:01:00", "15"],
                ["2025-04-03 00:02:00", "x"],
            ],
            start=1,
        )
    )
    parsed = parse_sensor(rows)
    assert [
        (d.date.isoformat(), d.mean, d.minimum, d.maximum, d.readings)
        for d in parsed.sensor
    ] == [
        ("2025-04-02", D("7.2"), D("7.0"), D("7.4"), 3),
        ("2025-04-03", D("6.9"), D("6.9"), D("6.9"), 1),
    ]
    assert [e.row for e in parsed.errors] == [6, 7]
