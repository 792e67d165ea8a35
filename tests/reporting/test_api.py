import csv
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from ingestion.services.uploads import upload_create
from tests.conftest import assert_problem
from tests.ingestion.helpers import csv_bytes, upload_file

pytestmark = pytest.mark.django_db

ROWS = [
    [
        "description",
        "quantity",
        "unit",
        "date",
        "category",
        "supplier",
        "site",
        "country",
    ],
    ["Electricity", "1200", "kWh", "2024-01-31", "Utilities", "Grid Co", "HQ", "UK"],
    ["Electricity", "900", "kWh", "2024-02-29", "Utilities", "Grid Co", "HQ", "UK"],
    ["Diesel", "300", "litres", "2024-02-15", "Fleet", "Fuel Co", "Depot", "UK"],
    [
        "Office paper",
        "250",
        "USD",
        "2022-05-01",
        "Office supplies",
        "Staples",
        "HQ",
        "US",
    ],
    ['=HYPERLINK("http://evil")', "10", "kWh", "2024-03-01", "+cmd", "@x", "-y", "UK"],
    ["Mystery", "3", "furlong", "2024-03-01", "", "", "", "UK"],
]


@pytest.fixture
def upload(api, organization, factors, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return upload_create(
            organization=organization, file=upload_file(csv_bytes(ROWS))
        ).upload


@pytest.mark.parametrize(
    "group_by", ["category", "scope", "supplier", "site", "factor", "month"]
)
def test_grouped_sums_equal_the_total(api, upload, group_by):
    body = api.get(
        f"/api/v1/results/?upload={upload.pk}&group_by={group_by}&page_size=2"
    ).json()
    groups = list(body["results"])
    while body["next"]:
        body = api.get(body["next"]).json()
        groups.extend(body["results"])
    total = body["total"]
    assert total["activities"] == 6
    assert sum(g["activities"] for g in groups) == total["activities"]
    assert sum(Decimal(g["co2e_kg"]) for g in groups) == Decimal(total["co2e_kg"])
    assert Decimal(total["co2e_kg"]) > 0


def test_month_groups_are_labelled_by_month(api, upload):
    body = api.get(f"/api/v1/results/?upload={upload.pk}&group_by=month").json()
    assert {"2024-01", "2024-02", "2022-05"} <= {g["group"] for g in body["results"]}


def test_bad_group_by_is_400(api, upload):
    assert_problem(api.get("/api/v1/results/?group_by=colour"), 400, "validation_error")


def _csv_rows(response) -> list[dict]:
    content = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(content)))


def test_csv_export_equals_the_api_results(api, upload):
    response = api.get(f"/api/v1/results/export/?upload={upload.pk}&format=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = _csv_rows(response)
    total = api.get(f"/api/v1/results/?upload={upload.pk}").json()["total"]
    assert len(rows) == total["activities"]
    exported = sum(Decimal(r["co2e_kg"]) for r in rows if r["co2e_kg"])
    assert exported == Decimal(total["co2e_kg"])
    calculated = [r for r in rows if r["status"] == "calculated"]
    assert all(
        r["factor_source"]
        and r["factor_id"]
        and r["factor_value_kg_co2e"]
        and r["factor_unit"]
        and r["multiplier"]
        for r in calculated
    )


def test_export_cells_cannot_be_formulas(api, upload):
    rows = _csv_rows(api.get(f"/api/v1/results/export/?upload={upload.pk}&format=csv"))
    evil = next(r for r in rows if "HYPERLINK" in r["description"])
    assert evil["description"].startswith("'=")
    assert evil["category"] == "'+cmd"
    assert evil["supplier"] == "'@x"
    assert evil["site"] == "'-y"


def test_export_region_cell_cannot_be_a_formula(
    api, organization, factors, django_capture_on_commit_callbacks
):
    rows = [ROWS[0], ["Electricity", "5", "kWh", "2024-01-31", "", "", "", "=1+2"]]
    with django_capture_on_commit_callbacks(execute=True):
        upload = upload_create(
            organization=organization, file=upload_file(csv_bytes(rows))
        ).upload
    url = f"/api/v1/results/export/?upload={upload.pk}"
    (row,) = _csv_rows(api.get(f"{url}&format=csv"))
    assert row["region"] == "'=1+2"
    workbook = load_workbook(
        io.BytesIO(b"".join(api.get(f"{url}&format=xlsx").streaming_content)),
        read_only=True,
    )
    header, data = list(workbook.worksheets[0].iter_rows(values_only=True))
    assert data[header.index("region")] == "'=1+2"


def test_xlsx_export_has_the_same_rows(api, upload):
    response = api.get(f"/api/v1/results/export/?upload={upload.pk}&format=xlsx")
    assert response.status_code == 200
    workbook = load_workbook(
        io.BytesIO(b"".join(response.streaming_content)), read_only=True
    )
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    header, data = rows[0], rows[1:]
    assert "factor_source" in header
    assert len(data) == 6
    co2e = header.index("co2e_kg")
    total = api.get(f"/api/v1/results/?upload={upload.pk}").json()["total"]
    assert sum(Decimal(str(r[co2e])) for r in data if r[co2e] is not None) == Decimal(
        total["co2e_kg"]
    )


def test_other_organization_sees_no_results(
    api_client_for, member, other_organization, upload
):
    from accounts.models import Role

    stranger = api_client_for(member(Role.ADMIN, org=other_organization))
    body = stranger.get(f"/api/v1/results/?upload={upload.pk}").json()
    assert body["total"] == {"activities": 0, "co2e_kg": "0.000000"}
    rows = _csv_rows(stranger.get(f"/api/v1/results/export/?upload={upload.pk}"))
    assert rows == []


def test_override_api_recalculates(api, upload, factors):
    from matching.factors.models import EmissionFactor

    activity = api.get(f"/api/v1/activities/?upload={upload.pk}&search=diesel").json()[
        "results"
    ][0]
    factor = EmissionFactor.objects.current().get(
        source="desnz", external_id="1_101_1012_8_1"
    )
    response = api.post(
        f"/api/v1/activities/{activity['id']}/match/", {"factor_id": str(factor.pk)}
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["match"]["status"] == "overridden"
    assert body["match"]["factor"]["id"] == str(factor.pk)
    expected = (Decimal(300) * factor.kg_co2e_per_unit).quantize(Decimal("0.000001"))
    assert Decimal(body["result"]["co2e_kg"]) == expected
    incompatible = EmissionFactor.objects.current().get(
        source="desnz", external_id="7_400_4000_5_1"
    )
    response = api.post(
        f"/api/v1/activities/{activity['id']}/match/",
        {"factor_id": str(incompatible.pk)},
    )
    assert_problem(response, 400, "validation_error")


def test_factor_library_api_filters(api, factors):
    body = api.get(
        "/api/v1/emission-factors/?source=desnz&unit=MWh&search=electricity"
    ).json()
    assert body["count"] > 0
    assert all(f["source"] == "desnz" for f in body["results"])
    assert all(f["unit_normalized"] == "kilowatt_hour" for f in body["results"])
