import csv
import datetime
import io
from decimal import Decimal

import pytest

from ingestion.models import Activity
from ingestion.services.uploads import upload_create
from matching.factors.models import EmissionFactor
from reporting.decisions import activity_match_override
from reporting.inventory import inventory_settings_get
from reporting.models import Emission
from tests.conftest import assert_problem
from tests.ingestion.helpers import csv_bytes, upload_file

pytestmark = pytest.mark.django_db

HEADER = ["description", "amount", "currency", "date", "category", "country", "site"]
ROWS = [
    ["shell kings 587", "58.00", "GBP", "2017-01-10", "Vehicle Fuel", "UK", "Depot"],
    [
        "Electricity town hall",
        "1000.00",
        "GBP",
        "2017-03-31",
        "Electricity",
        "UK",
        "Hall",
    ],
    ["Office paper", "100.00", "GBP", "2017-02-01", "Stationery", "UK", "Hall"],
    ["Old paper", "100.00", "GBP", "2016-02-01", "Stationery", "UK", "Hall"],
]
OVERRIDES = {
    "shell kings 587": ("epa_supply_chain", "324110"),
    "Electricity town hall": ("desnz", "7_400_4000_5_1"),
    "Office paper": ("epa_supply_chain", "322230"),
}


@pytest.fixture
def ledger(organization, factors, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        upload = upload_create(
            organization=organization, file=upload_file(csv_bytes([HEADER, *ROWS]))
        ).upload
    for activity in Activity.objects.filter(upload=upload):
        source, external_id = OVERRIDES.get(
            activity.description, ("epa_supply_chain", "322230")
        )
        factor = EmissionFactor.objects.current().get(
            source=source, external_id=external_id
        )
        if activity.description != "Old paper":
            with django_capture_on_commit_callbacks(execute=True):
                activity_match_override(activity=activity, factor=factor)
    return upload


def _kg(description):
    return Emission.objects.get(activity__description=description)


def test_inventory_totals_by_scope_category_and_quality(api, ledger):
    response = api.get("/api/v1/inventory/?from=2017-01-01&to=2017-12-31")
    assert response.status_code == 200, response.content
    body = response.json()
    fuel, grid, paper = (
        _kg("shell kings 587"),
        _kg("Electricity town hall"),
        _kg("Office paper"),
    )
    # Scope 1: the fuel's combustion; Scope 2: the grid; Scope 3: paper (cat. 1)
    # plus both well-to-tank parts (cat. 3). The 2016 line is outside the year.
    cat3 = fuel.wtt_co2e_kg + grid.wtt_co2e_kg
    total = fuel.co2e_kg + grid.co2e_kg + paper.co2e_kg + cat3
    q = Decimal("0.000001")
    assert body["from"] == "2017-01-01" and body["to"] == "2017-12-31"
    assert body["total"] == {"co2e_kg": str(total.quantize(q))}
    assert body["scopes"] == [
        {"scope": "1", "co2e_kg": str(fuel.co2e_kg.quantize(q)), "categories": []},
        {"scope": "2", "co2e_kg": str(grid.co2e_kg.quantize(q)), "categories": []},
        {
            "scope": "3",
            "co2e_kg": str((paper.co2e_kg + cat3).quantize(q)),
            "categories": [
                {"category": 1, "co2e_kg": str(paper.co2e_kg.quantize(q))},
                {"category": 3, "co2e_kg": str(cat3.quantize(q))},
            ],
        },
    ]
    assert body["data_quality"] == [
        {"class": "supplier_specific", "co2e_kg": "0.000000"},
        {"class": "activity_based", "co2e_kg": "0.000000"},
        {"class": "spend_based", "co2e_kg": str(total.quantize(q))},
    ]
    # Every line here was decided by a person (an override): all reviewed.
    assert body["unreviewed_co2e_kg"] == "0.000000"


def test_automatic_matches_count_as_unreviewed(api, ledger):
    body = api.get("/api/v1/inventory/?from=2016-01-01&to=2016-12-31").json()
    old = _kg("Old paper")
    assert Decimal(body["unreviewed_co2e_kg"]) == (old.co2e_kg or 0)


def test_inventory_groups_by_site(api, ledger):
    body = api.get(
        "/api/v1/inventory/?from=2017-01-01&to=2017-12-31&group_by=site"
    ).json()
    assert [g["group"] for g in body["groups"]] == ["Hall", "Depot"]


def test_inventory_rejects_a_bad_group(api, ledger):
    assert_problem(
        api.get("/api/v1/inventory/?group_by=factor"), 400, "validation_error"
    )


def test_results_carry_scope_category_and_quality(api, ledger):
    items = api.get(f"/api/v1/activities/?upload={ledger.pk}").json()["results"]
    by_description = {item["description"]: item["result"] for item in items}
    assert by_description["shell kings 587"]["scope"] == "1"
    assert by_description["Office paper"]["scope3_category"] == 1
    assert by_description["Office paper"]["data_quality"] == "spend_based"


def test_targets_round_trip_and_show_on_the_straight_line(api, ledger):
    body = {
        "base_year": 2016,
        "year_start_month": 1,
        "targets": [
            {"scopes": "1+2", "target_year": 2030, "reduction_percent": "42"},
            {"scopes": "3", "target_year": 2030, "reduction_percent": "25.00"},
        ],
    }
    response = api.put("/api/v1/targets/", body, format="json")
    assert response.status_code == 200, response.content
    assert api.get("/api/v1/targets/").json() == {
        "base_year": 2016,
        "year_start_month": 1,
        "targets": [
            {"scopes": "1+2", "target_year": 2030, "reduction_percent": "42.00"},
            {"scopes": "3", "target_year": 2030, "reduction_percent": "25.00"},
        ],
    }


def test_target_year_before_base_year_is_rejected(api, organization):
    response = api.put(
        "/api/v1/targets/",
        {
            "base_year": 2020,
            "targets": [{"scopes": "3", "target_year": 2019, "reduction_percent": 10}],
        },
        format="json",
    )
    assert_problem(response, 400, "validation_error")


def test_inventory_csv_export_lines_add_up_to_the_inventory(api, ledger):
    response = api.get("/api/v1/inventory/export/?year=2017&format=csv")
    assert response.status_code == 200
    lines = list(csv.DictReader(io.StringIO(response.content.decode())))
    total = api.get("/api/v1/inventory/?from=2017-01-01&to=2017-12-31").json()
    assert sum(Decimal(line["co2e_kg"]) for line in lines) == Decimal(
        total["total"]["co2e_kg"]
    )
    fuel = next(
        line
        for line in lines
        if line["method"] == "energy_price" and line["scope"] == "1"
    )
    assert fuel["factor_sources"] == "desnz"
    assert {line["method"] for line in lines} == {
        "energy_price",
        "spend",
        "well_to_tank",
    }


def test_inventory_xlsx_export_opens(api, ledger):
    from openpyxl import load_workbook

    response = api.get("/api/v1/inventory/export/?year=2017&format=xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert [cell.value for cell in sheet[1]][:4] == [
        "scope",
        "scope3_category",
        "category_name",
        "t_co2e",
    ]


def test_upload_page_counts_match_the_export(client, admin_user, api, ledger):
    client.force_login(admin_user)
    page = client.get(f"/uploads/{ledger.pk}/").content.decode()
    export = api.get(f"/api/v1/results/export/?upload={ledger.pk}&format=csv")
    rows = list(
        csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode()))
    )
    statuses = [row["match_status"] for row in rows]
    # Three rows overridden by a person, the fourth matched by the matcher.
    assert statuses.count("overridden") == 3
    assert (
        f"<strong>{statuses.count('overridden')}</strong> decided by a person" in page
    )
    assert f"<strong>{statuses.count('needs_review')}</strong> need review" in page
    assert f"<strong>{statuses.count('unmatched')}</strong> without a factor" in page
    assert {row["scope"] for row in rows if row["match_status"] == "overridden"} == {
        "1",
        "2",
        "3",
    }


@pytest.fixture
def today_2018_02_15(monkeypatch):
    # The clock, not the data: the default reporting year depends on today.
    monkeypatch.setattr(
        "django.utils.timezone.localdate", lambda *args: datetime.date(2018, 2, 15)
    )


def test_reporting_year_start_moves_the_default_inventory_period(
    api, ledger, today_2018_02_15
):
    # Calendar years: on 2018-02-15 the current reporting year is 2018, which
    # holds none of the ledger's lines (2016 and 2017).
    calendar = api.get("/api/v1/inventory/").json()
    assert (calendar["from"], calendar["to"]) == ("2018-01-01", "2018-12-31")
    assert calendar["total"] == {"co2e_kg": "0.000000"}
    response = api.put(
        "/api/v1/targets/",
        {"base_year": 2016, "year_start_month": 3, "targets": []},
        format="json",
    )
    assert response.status_code == 200, response.content
    # Years from March: 2018-02-15 is in reporting year 2017 (2017-03-01 to
    # 2018-02-28), which holds the electricity line of 2017-03-31 only.
    fiscal = api.get("/api/v1/inventory/").json()
    assert (fiscal["from"], fiscal["to"]) == ("2017-03-01", "2018-02-28")
    grid = _kg("Electricity town hall")
    assert fiscal["total"] == {
        "co2e_kg": str((grid.co2e_kg + grid.wtt_co2e_kg).quantize(Decimal("1e-6")))
    }


def test_base_year_after_the_current_reporting_year_is_rejected(
    api, organization, today_2018_02_15
):
    # On 2018-02-15 with years from April, the current reporting year is 2017.
    response = api.put(
        "/api/v1/targets/",
        {"base_year": 2018, "year_start_month": 4, "targets": []},
        format="json",
    )
    problem = assert_problem(response, 400, "validation_error")
    assert [e["field"] for e in problem["errors"]] == ["base_year"]


@pytest.mark.parametrize("month", [0, 13])
def test_year_start_month_outside_1_to_12_is_rejected(api, organization, month):
    response = api.put(
        "/api/v1/targets/",
        {"base_year": 2016, "year_start_month": month, "targets": []},
        format="json",
    )
    assert_problem(response, 400, "validation_error")


def test_admin_sets_the_reporting_year_on_the_inventory_page(
    client, admin_user, ledger, today_2018_02_15
):
    client.force_login(admin_user)
    response = client.post(
        "/inventory/targets/", {"base_year": "", "year_start_month": "3"}
    )
    assert response.status_code == 302
    page = client.get("/inventory/").content.decode()
    assert "2017-03-01 to 2018-02-28" in page
    settings = inventory_settings_get(organization=admin_user.membership.organization)
    assert (settings.year_start_month, settings.base_year) == (3, None)
