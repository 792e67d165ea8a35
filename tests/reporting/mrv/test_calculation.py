import datetime as dt
from decimal import Decimal as D

import pytest

from ingestion.models import Upload
from reporting.mrv import constants as c
from reporting.mrv.calculation import Flag, OpsCandidate, Reading, day_compute
from reporting.mrv.models import DailyRemoval, QaIssue
from tests.accounts.factories import MembershipFactory, OrganizationFactory
from tests.reporting.mrv.conftest import CALCIUM, PLANT_A_FILES, PLANT_B_FILES
from tests.reporting.mrv.factories import PlantFactory

# t CO2 per (mg/L of Ca delta x MGD), written out from the seed's steps 2-5.
K = (
    D("3785.41")
    * D(1000)
    * (D("100.0869") / D("40.078"))
    * (D("44.0095") / D("100.0869"))
    / D(10**9)
)
Q12 = D("0.000000000001")


def _day(plant, date):
    return DailyRemoval.objects.get(
        plant__code=plant, date=dt.date.fromisoformat(date), is_current=True
    )


def _reading(value, u=None):
    return Reading(value=D(value), uncertainty=D(u) if u else None, source={})


def _ops(flow, generated=None, uploaded=dt.datetime(2025, 1, 1, tzinfo=dt.UTC)):
    return OpsCandidate(
        effluent_flow_mgd=None if flow is None else D(flow),
        generated_at=generated,
        uploaded_at=uploaded,
        source={"file": f"{flow}.xlsx", "row": 1, "upload": None, "sheet": "S"},
    )


def test_constants_are_the_seeds():
    assert (
        D("40.078"),
        D("100.0869"),
        D("44.0095"),
    ) == (c.MW_CA, c.MW_CACO3, c.MW_CO2)
    assert D("3785.41") == c.M3_PER_MILLION_GALLONS
    assert D(10**9) == c.MG_PER_TONNE


@pytest.mark.parametrize(
    ("ops", "up", "down", "flag"),
    [
        ([], ["10"], ["20"], Flag.NO_OPS_DATA),
        ([None], ["10"], ["20"], Flag.INVALID_FLOW),
        (["0"], ["10"], ["20"], Flag.INVALID_FLOW),
        (["-1"], ["10"], ["20"], Flag.INVALID_FLOW),
        (["5"], [], ["20"], Flag.MISSING_CA_READINGS),
        (["5"], ["10"], [], Flag.MISSING_CA_READINGS),
        (["5"], ["20"], ["20"], Flag.INVALID),
        (["5"], ["21"], ["20"], Flag.INVALID),
        (["5"], ["10"], ["20"], Flag.VALID),
    ],
)
def test_flags_in_the_seeds_order(ops, up, down, flag):
    result = day_compute(
        upstream=[_reading(v) for v in up],
        downstream=[_reading(v) for v in down],
        ops=[_ops(f) for f in ops],
    )
    assert result.flag == flag
    assert result.message
    calculated = flag in (Flag.VALID, Flag.INVALID)
    assert (result.co2_t is not None) is calculated


def test_calculation_is_the_seeds_formula_in_decimal():
    result = day_compute(
        upstream=[_reading("30", "0.3"), _reading("32", "0.4")],
        downstream=[_reading("45")],
        ops=[_ops("10")],
    )
    assert result.ca_upstream_mg_l == D("31")
    assert result.ca_delta_mg_l == D("14")
    assert result.flow_l_day == D("10") * D("3785.41") * 1000
    caco3_mg = D("14") * result.flow_l_day * D("100.0869") / D("40.078")
    assert result.caco3_mg.quantize(Q12) == caco3_mg.quantize(Q12)
    co2_t = caco3_mg * D("44.0095") / D("100.0869") / 10**9
    assert result.co2_t.quantize(Q12) == co2_t.quantize(Q12)
    # RMS of the stated uncertainties upstream; downstream states none.
    assert result.ca_upstream_uncertainty.quantize(Q12) == (
        ((D("0.09") + D("0.16")) / 2).sqrt().quantize(Q12)
    )
    assert result.co2_t_uncertainty.quantize(Q12) == (
        result.ca_upstream_uncertainty * D("10") * K
    ).quantize(Q12)


def test_latest_generated_report_wins_and_disagreement_over_1_percent_conflicts():
    older = _ops("10.0", generated=dt.datetime(2025, 4, 1, tzinfo=dt.UTC))
    newer = _ops("10.2", generated=dt.datetime(2025, 4, 2, tzinfo=dt.UTC))
    close = _ops("10.15", generated=dt.datetime(2025, 3, 1, tzinfo=dt.UTC))
    result = day_compute(
        upstream=[_reading("1")], downstream=[_reading("2")], ops=[newer, close, older]
    )
    assert result.flow_mgd == D("10.2")
    assert [
        s["effluent_flow_mgd"] for s in result.sources["superseded_operations"]
    ] == [
        "10.0",
        "10.15",
    ]
    assert [x["superseded"]["effluent_flow_mgd"] for x in result.conflicts] == ["10.0"]


def test_upload_time_breaks_a_tie_of_generation_times():
    same = dt.datetime(2025, 4, 1, tzinfo=dt.UTC)
    first = _ops("7", generated=same, uploaded=dt.datetime(2025, 5, 1, tzinfo=dt.UTC))
    later = _ops("8", generated=same, uploaded=dt.datetime(2025, 5, 2, tzinfo=dt.UTC))
    result = day_compute(
        upstream=[_reading("1")], downstream=[_reading("2")], ops=[later, first]
    )
    assert result.flow_mgd == D("8")


# --- plant-days pinned by hand from the real files ----------------------------


@pytest.mark.django_db
def test_plant_a_april_2_from_the_xlsx_by_hand(uploaded):
    day = _day("PLANT_A", "2025-04-02")
    up = (D("43.2626502") + D("42.01231736087999")) / 2
    down = (D("53.5268149") + D("52.155928489679994")) / 2
    assert day.quality_flag == Flag.VALID
    assert day.ca_upstream_mg_l == up.quantize(Q12)
    assert day.ca_downstream_mg_l == down.quantize(Q12)
    assert day.flow_mgd == D("31")  # "Plnt Ef" column, row "4/2/2025"
    assert day.flow_l_day == D("117347710")
    assert day.co2_t == ((down - up) * D("31") * K).quantize(Q12)
    assert day.co2_t == D("1.314863567065")
    assert "mean of 2 readings" in day.message
    ops = day.sources["operations"]
    assert (ops["file"], ops["sheet"], ops["row"]) == (
        "PLANT_A-OPS DATA-APR25.xlsx",
        "OPERATOR DATA",
        3,
    )
    assert [s["row"] for s in day.sources["ca_upstream"]] == [2, 3]


@pytest.mark.django_db
def test_plant_a_june_3_from_the_old_xls_averages_four_replicates(uploaded):
    day = _day("PLANT_A", "2025-06-03")
    up = (
        sum(D(v) for v in ("37.5176022", "37.517602241616", "38.0784743", "38.1038003"))
        / 4
    )
    down = (
        sum(D(v) for v in ("48.5384028", "48.53840279952", "48.993988", "48.6858548"))
        / 4
    )
    assert (day.ca_upstream_n, day.ca_downstream_n) == (4, 4)
    assert day.flow_mgd == D("30.3")
    assert day.co2_t == ((down - up) * D("30.3") * K).quantize(Q12)
    assert day.co2_t == D("1.370932572450")
    u = (D("0.76152") ** 2 + D("0.7671312") ** 2).sqrt()  # replicates 2-3 state none
    assert day.co2_t_uncertainty == (u * D("30.3") * K).quantize(Q12)
    assert day.sources["operations"]["file"] == "PLANT_A-OPS DATA-JUNE25.xls"


@pytest.mark.django_db
def test_plant_b_april_7_overlap_day_takes_the_later_report(uploaded):
    day = _day("PLANT_B", "2025-04-07")
    assert day.quality_flag == Flag.VALID
    # 3/21-4/11 report (generated 4/11) says 9.163; 4/4-4/25 (generated 4/25) 9.194.
    assert day.flow_mgd == D("9.194")
    assert (
        day.sources["operations"]["file"] == "PLANT_B-MPOR_Crew_04042025to04252025.xlsx"
    )
    assert day.sources["operations"]["row"] == 16
    superseded = day.sources["superseded_operations"]
    assert [(s["file"], s["effluent_flow_mgd"]) for s in superseded] == [
        ("PLANT_B-MPOR_Crew_03212025to04112025.xlsx", "9.163000")
    ]
    delta = D("49.4") - (D("31.7") + D("31.699999999999996")) / 2
    assert day.co2_t == (delta * D("9.194") * K).quantize(Q12)
    assert day.co2_t == D("0.676442809128")
    # 0.34 % apart: no conflict.
    assert not QaIssue.objects.filter(
        plant__code="PLANT_B", date="2025-04-07", code="duplicate_conflict"
    ).exists()


@pytest.mark.django_db
def test_plant_b_trailing_zero_day_is_superseded_and_raises_a_conflict(uploaded):
    day = _day("PLANT_B", "2025-04-11")
    assert day.flow_mgd == D("9.322")
    assert day.quality_flag == Flag.MISSING_CA_READINGS  # no lab sample that day
    issue = QaIssue.objects.get(
        plant__code="PLANT_B", date="2025-04-11", code="duplicate_conflict"
    )
    assert issue.level == 1
    assert issue.details["kept"]["effluent_flow_mgd"] == "9.322000"
    assert issue.details["superseded"]["effluent_flow_mgd"] == "0.000000"
    assert "9.322000" in issue.message and "0.000000" in issue.message
    assert day.qa_levels["1"]["status"] == "warn"


@pytest.mark.django_db
def test_plant_b_may_12_negative_delta_is_calculated_and_flagged_invalid(uploaded):
    day = _day("PLANT_B", "2025-05-12")
    assert day.quality_flag == Flag.INVALID
    assert day.ca_delta_mg_l == D("-32.5")
    assert day.co2_t == (D("-32.5") * D("7.625") * K).quantize(Q12)
    assert day.co2_t == D("-1.030093217493")
    assert "<= 0" in day.message


@pytest.mark.django_db
def test_plant_b_july_6_zero_flow_is_invalid_flow(uploaded):
    day = _day("PLANT_B", "2025-07-06")
    assert day.quality_flag == Flag.INVALID_FLOW
    assert day.co2_t is None
    assert QaIssue.objects.filter(
        plant__code="PLANT_B", date="2025-07-06", code="invalid_flow", level=4
    ).exists()


@pytest.mark.django_db
def test_plant_a_april_1_without_lab_is_missing_ca_readings(uploaded):
    day = _day("PLANT_A", "2025-04-01")
    assert day.quality_flag == Flag.MISSING_CA_READINGS
    assert day.co2_t is None


@pytest.mark.django_db
def test_lab_file_alone_gives_no_ops_data_days(api, plants, samples, upload_path):
    upload_path(api, CALCIUM)
    flags = set(
        DailyRemoval.objects.filter(is_current=True).values_list(
            "quality_flag", flat=True
        )
    )
    assert flags == {Flag.NO_OPS_DATA}
    assert DailyRemoval.objects.filter(plant__code="PLANT_A").count() == 89


@pytest.mark.django_db
def test_one_row_per_plant_day_with_any_record(uploaded):
    assert DailyRemoval.objects.filter(is_current=True).count() == 204
    assert Upload.objects.filter(status=Upload.Status.DONE).count() == 10


def _results(organization):
    return sorted(
        (
            r.plant.code,
            r.date,
            r.quality_flag,
            r.ca_upstream_mg_l,
            r.ca_downstream_mg_l,
            r.flow_mgd,
            r.co2_t,
            r.co2_t_uncertainty,
            r.sources["operations"]["file"] if r.sources["operations"] else None,
        )
        for r in DailyRemoval.objects.filter(
            organization=organization, is_current=True
        ).select_related("plant")
    )


@pytest.mark.django_db
def test_any_order_some_twice_gives_the_same_daily_results(
    api_client_for, samples, upload_path
):
    files = [CALCIUM, *PLANT_A_FILES, *PLANT_B_FILES]
    orders = [
        files,
        [*reversed(files), PLANT_B_FILES[0], CALCIUM, PLANT_A_FILES[1]],
        [*PLANT_B_FILES[::2], CALCIUM, *PLANT_A_FILES, *PLANT_B_FILES[1::2], *files],
    ]
    results = []
    for order in orders:
        org = OrganizationFactory()
        PlantFactory(organization=org, code="PLANT_A")
        PlantFactory(organization=org, code="PLANT_B")
        client = api_client_for(MembershipFactory(organization=org).user)
        for path in order:
            assert upload_path(client, path).status_code in (200, 202)
        results.append(_results(org))
    assert len(results[0]) == 204
    assert results[0] == results[1] == results[2]


@pytest.mark.django_db
def test_reuploading_nothing_new_adds_no_version(api, uploaded, upload_path):
    before = DailyRemoval.objects.count()
    assert upload_path(api, PLANT_B_FILES[0]).status_code == 200
    assert DailyRemoval.objects.count() == before
