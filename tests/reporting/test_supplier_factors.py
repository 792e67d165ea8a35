import datetime
from decimal import Decimal

import pytest

from accounts.models import Role
from ingestion.models import Activity
from ingestion.services.uploads import upload_create
from matching.factors.models import EmissionFactor
from reporting.decisions import activity_match_override
from reporting.inventory import inventory_get
from reporting.models import Emission, SupplierFactor
from reporting.recalculation import period_close
from reporting.supplier_factors import supplier_factor_delete, supplier_factor_record
from tests.conftest import assert_problem
from tests.ingestion.helpers import csv_bytes, upload_file

pytestmark = pytest.mark.django_db

HEADER = ["description", "amount", "currency", "date", "supplier", "country"]
PAPER = {"source": "epa_supply_chain", "external_id": "322230"}
GRID = {"source": "desnz", "external_id": "7_400_4000_5_1"}


def _upload(organization, rows, header, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        upload = upload_create(
            organization=organization, file=upload_file(csv_bytes([header, *rows]))
        ).upload
    return upload


def _line(
    organization,
    row,
    django_capture_on_commit_callbacks,
    *,
    header=HEADER,
    factor_filter=PAPER,
):
    upload = _upload(organization, [row], header, django_capture_on_commit_callbacks)
    activity = Activity.objects.get(upload=upload)
    factor = EmissionFactor.objects.current().get(**factor_filter)
    with django_capture_on_commit_callbacks(execute=True):
        activity_match_override(activity=activity, factor=factor)
    return activity, factor


def _record(organization, user, **kwargs):
    fields = {
        "supplier": "Acme Ltd",
        "kg_co2e_per_unit": Decimal("0.150"),
        "unit": "GBP",
        "year": 2023,
        "source": "CDP 2023 response",
    }
    return supplier_factor_record(
        organization=organization, user=user, **(fields | kwargs)
    )


def test_supplier_factor_replaces_the_industry_average(
    organization, factors, admin_user, django_capture_on_commit_callbacks
):
    activity, paper = _line(
        organization,
        ["Office paper", "1000.00", "GBP", "2023-05-10", "Acme Ltd", "UK"],
        django_capture_on_commit_callbacks,
    )
    before = Emission.objects.get(activity=activity)
    assert before.data_quality == "spend_based"
    assert before.factor_id == paper.pk

    factor = _record(organization, admin_user)

    emission = Emission.objects.get(activity=activity)
    # By hand: £1,000 of 2023 at Acme's own 0.150 kg CO2e per GBP of 2023: the
    # same currency and year need no conversion (multiplier 1), so
    # 1,000 x 1 x 0.150 = 150 kg CO2e, instead of the spend factor's figure.
    assert emission.co2e_kg == Decimal("150.000000")
    assert emission.multiplier == Decimal(1)
    assert emission.fx_rate is None
    assert emission.price_index_ratio is None
    assert emission.status == "calculated"
    assert emission.data_quality == "supplier_specific"
    assert emission.factor_id is None
    assert emission.matched_factor_id == paper.pk
    assert (emission.factor_source, emission.factor_external_id) == (
        "supplier",
        str(factor.pk),
    )
    assert (emission.factor_value, emission.factor_unit, emission.factor_version) == (
        Decimal("0.150"),
        "GBP",
        "2023",
    )
    # Purchased goods stay where the match put them: Scope 3 category 1.
    assert (emission.scope, emission.scope3_category) == (
        paper.ghg_scope,
        paper.scope3_category,
    )
    assert (paper.ghg_scope, paper.scope3_category) == ("3", 1)
    assert emission.note == (
        "Supplier-specific: 0.15 kg CO2e/GBP (2023, CDP 2023 response)."
    )
    assert emission.method_version == "calc-v5"


def test_the_next_upload_of_the_supplier_is_calculated_with_it(
    organization, factors, admin_user, django_capture_on_commit_callbacks
):
    row = ["Office paper", "1000.00", "GBP", "2023-05-10", "ACME LIMITED", "UK"]
    _line(organization, row, django_capture_on_commit_callbacks)
    _record(organization, admin_user)

    # The key's match is remembered: the second upload's own calculate step
    # applies the factor ("ACME LIMITED" and "Acme Ltd" are both "acme").
    second = _upload(organization, [row], HEADER, django_capture_on_commit_callbacks)
    emission = Emission.objects.get(upload=second)
    assert emission.data_quality == "supplier_specific"
    assert emission.co2e_kg == Decimal("150.000000")


def test_factor_in_another_currency_and_year_is_converted_through_usd(
    organization, factors, admin_user, django_capture_on_commit_callbacks
):
    activity, _ = _line(
        organization,
        ["Office paper", "1000.00", "GBP", "2023-05-10", "Acme Ltd", "UK"],
        django_capture_on_commit_callbacks,
    )
    _record(
        organization,
        admin_user,
        kg_co2e_per_unit=Decimal("0.500"),
        unit="EUR",
        year=2022,
        source="Acme sustainability report 2022",
    )
    emission = Emission.objects.get(activity=activity)
    # By hand: £1,000 of 2023 / 0.804 GBP per USD (IRS 2023) = $1,243.78 of 2023;
    # x 118.023 / 122.390 (BEA GDP deflator 2022 / 2023) = 0.9643189803 ->
    # $1,199.40 of 2022; x 0.951 EUR per USD (IRS 2022) = €1,140.63 of 2022.
    # multiplier = 0.9643189803 x 0.951 / 0.804 = 1.140631032668;
    # 1,000 x 1.140631032668 x 0.500 = 570.315516 kg CO2e.
    assert emission.multiplier == Decimal("1.140631032668")
    assert emission.fx_rate == Decimal("0.804")
    assert emission.price_index_ratio == Decimal("0.9643189803")
    assert emission.co2e_kg == Decimal("570.315516")
    assert emission.data_quality == "supplier_specific"
    assert emission.note.startswith(
        "Supplier-specific: 0.5 kg CO2e/EUR (2022, Acme sustainability report 2022)."
    )
    assert "GBP->USD at 0.804 per USD" in emission.note
    assert "2023 USD->2022 USD x0.9643189803" in emission.note
    assert "USD->EUR at 0.951 per USD" in emission.note


def test_physical_supplier_factor_keeps_the_scope_of_the_match(
    organization, factors, admin_user, django_capture_on_commit_callbacks
):
    activity, grid = _line(
        organization,
        ["Electricity", "2", "MWh", "Green Power plc"],
        django_capture_on_commit_callbacks,
        header=["description", "quantity", "unit", "supplier"],
        factor_filter=GRID,
    )
    _record(
        organization,
        admin_user,
        supplier="Green Power",
        kg_co2e_per_unit=Decimal("0.1"),
        unit="kWh",
        year=2024,
        source="Fuel mix disclosure 2024",
    )
    emission = Emission.objects.get(activity=activity)
    # By hand: 2 MWh = 2,000 kWh x 0.1 kg CO2e/kWh = 200 kg CO2e, in Scope 2
    # like the grid factor it was matched to.
    assert emission.multiplier == Decimal(1000)
    assert emission.co2e_kg == Decimal("200.000000")
    assert (emission.scope, emission.data_quality) == ("2", "supplier_specific")
    assert emission.matched_factor_id == grid.pk


@pytest.mark.parametrize(
    ("unit", "year", "why"),
    [
        (
            "kWh",
            2023,
            "Supplier-specific factor per kilowatt_hour does not apply to GBP: "
            "industry average used.",
        ),
        (
            "JPY",
            2023,
            "Supplier-specific factor not applied: No IRS yearly average currency "
            "exchange rates rate for JPY in 2023. Industry average used.",
        ),
    ],
)
def test_no_conversion_path_falls_back_to_the_industry_average_with_a_note(  # noqa: PLR0917
    organization,
    factors,
    admin_user,
    django_capture_on_commit_callbacks,
    unit,
    year,
    why,
):
    activity, paper = _line(
        organization,
        ["Office paper", "1000.00", "GBP", "2023-05-10", "Acme Ltd", "UK"],
        django_capture_on_commit_callbacks,
    )
    before = Emission.objects.get(activity=activity)
    _record(organization, admin_user, unit=unit, year=year)
    emission = Emission.objects.get(activity=activity)
    assert emission.factor_id == paper.pk
    assert emission.matched_factor_id is None
    assert emission.co2e_kg == before.co2e_kg
    assert emission.data_quality == "spend_based"
    assert emission.note == f"{before.note} {why}".strip()


def test_another_organizations_supplier_factor_never_applies(
    organization,
    other_organization,
    member,
    factors,
    django_capture_on_commit_callbacks,
):
    activity, paper = _line(
        organization,
        ["Office paper", "1000.00", "GBP", "2023-05-10", "Acme Ltd", "UK"],
        django_capture_on_commit_callbacks,
    )
    _record(other_organization, member(Role.ADMIN, org=other_organization))
    with django_capture_on_commit_callbacks(execute=True):
        activity_match_override(activity=activity, factor=paper)
    emission = Emission.objects.get(activity=activity)
    assert emission.factor_id == paper.pk
    assert emission.data_quality == "spend_based"


def test_closed_period_keeps_its_result(
    organization, factors, admin_user, django_capture_on_commit_callbacks
):
    closed, _ = _line(
        organization,
        ["Office paper", "1000.00", "GBP", "2023-05-10", "Acme Ltd", "UK"],
        django_capture_on_commit_callbacks,
    )
    open_, _ = _line(
        organization,
        ["Office paper", "1000.00", "GBP", "2024-02-10", "Acme Ltd", "UK"],
        django_capture_on_commit_callbacks,
    )
    before = Emission.objects.get(activity=closed)
    period_close(
        organization=organization,
        user=admin_user,
        start=datetime.date(2023, 1, 1),
        end=datetime.date(2023, 12, 31),
    )
    _record(organization, admin_user, year=2024)
    kept = Emission.objects.get(activity=closed)
    assert (kept.co2e_kg, kept.factor_id, kept.data_quality, kept.calculated_at) == (
        before.co2e_kg,
        before.factor_id,
        "spend_based",
        before.calculated_at,
    )
    assert Emission.objects.get(activity=open_).co2e_kg == Decimal("150.000000")


def test_deleting_recalculates_back_to_the_industry_average(
    organization, factors, admin_user, django_capture_on_commit_callbacks
):
    activity, paper = _line(
        organization,
        ["Office paper", "1000.00", "GBP", "2023-05-10", "Acme Ltd", "UK"],
        django_capture_on_commit_callbacks,
    )
    before = Emission.objects.get(activity=activity)
    factor = _record(organization, admin_user)
    assert Emission.objects.get(activity=activity).data_quality == "supplier_specific"

    rows = supplier_factor_delete(
        organization=organization, user=admin_user, supplier_factor_id=factor.pk
    )

    after = Emission.objects.get(activity=activity)
    assert rows == 1
    assert not SupplierFactor.objects.filter(pk=factor.pk).exists()
    assert (after.factor_id, after.co2e_kg, after.data_quality, after.note) == (
        paper.pk,
        before.co2e_kg,
        "spend_based",
        before.note,
    )
    assert after.matched_factor_id is None


def test_recording_again_replaces_the_factor_of_that_unit_dimension(
    organization, factors, admin_user
):
    first = _record(organization, admin_user)
    second = _record(
        organization, admin_user, supplier="ACME LIMITED", unit="usd", year=2024
    )
    kwh = _record(organization, admin_user, unit="kWh")
    assert second.pk == first.pk
    assert (second.supplier, second.unit, second.year) == ("ACME LIMITED", "USD", 2024)
    assert kwh.pk != first.pk
    assert SupplierFactor.objects.filter(organization=organization).count() == 2


URL = "/api/v1/supplier-factors/"
BODY = {
    "supplier": "Acme Ltd",
    "kg_co2e_per_unit": "0.150",
    "unit": "GBP",
    "year": 2023,
    "source": "CDP 2023 response",
    "url": "https://example.com/acme-cdp-2023",
}


def test_api_records_lists_and_deletes_with_recalculation(
    api, organization, factors, admin_user, django_capture_on_commit_callbacks
):
    activity, paper = _line(
        organization,
        ["Office paper", "1000.00", "GBP", "2023-05-10", "Acme Ltd", "UK"],
        django_capture_on_commit_callbacks,
    )
    created = api.post(URL, BODY, format="json")
    assert created.status_code == 201, created.content
    body = created.json()
    assert set(body) == {
        "id",
        "supplier",
        "supplier_key",
        "kg_co2e_per_unit",
        "unit",
        "year",
        "source",
        "url",
        "created_by",
        "created_at",
    }
    assert body["supplier_key"] == "acme"
    assert body["kg_co2e_per_unit"] == "0.150000000000000"
    assert body["created_by"] == admin_user.email
    assert Emission.objects.get(activity=activity).co2e_kg == Decimal("150.000000")

    listed = api.get(URL)
    assert listed.status_code == 200
    assert [item["id"] for item in listed.json()["results"]] == [body["id"]]

    deleted = api.delete(f"{URL}{body['id']}/")
    assert deleted.status_code == 204
    assert Emission.objects.get(activity=activity).factor_id == paper.pk
    assert api.get(URL).json()["results"] == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"unit": "bananas"}, "unit"),
        ({"kg_co2e_per_unit": "-1"}, "kg_co2e_per_unit"),
        ({"year": 1800}, "year"),
        ({"supplier": "Ltd"}, "supplier"),
        ({"source": ""}, "source"),
    ],
)
def test_api_rejects_an_invalid_factor(api, change, field):
    body = assert_problem(
        api.post(URL, BODY | change, format="json"), 400, "validation_error"
    )
    assert field in {error["field"] for error in body["errors"]}


def test_another_organizations_factor_is_404(api, other_organization, member):
    other = _record(other_organization, member(Role.ADMIN, org=other_organization))
    assert_problem(api.delete(f"{URL}{other.pk}/"), 404, "not_found")
    assert api.get(URL).json()["results"] == []
    assert SupplierFactor.objects.filter(pk=other.pk).exists()


@pytest.mark.parametrize(
    ("role", "read", "write"),
    [
        (Role.ADMIN, 200, 201),
        (Role.ANALYST, 200, 201),
        (Role.SUPPLIER, 200, 201),
        (Role.VERIFIER, 403, 403),
        (Role.VIEWER, 403, 403),
        (Role.BUYER, 403, 403),
    ],
)
def test_who_may_record(api_client_for, member, role, read, write):
    client = api_client_for(member(role))
    assert client.get(URL).status_code == read
    assert client.post(URL, BODY, format="json").status_code == write


def test_supplier_member_sees_and_replaces_only_their_own(
    api_client_for, member, organization, admin_user
):
    _record(organization, admin_user, supplier="Other Co")
    mine = _record(organization, admin_user)
    supplier = api_client_for(member(Role.SUPPLIER))

    assert supplier.get(URL).json()["results"] == []
    assert_problem(supplier.delete(f"{URL}{mine.pk}/"), 404, "not_found")
    assert_problem(
        supplier.post(URL, BODY, format="json"), 409, "supplier_factor_exists"
    )
    own = supplier.post(URL, BODY | {"supplier": "Supplier Self plc"}, format="json")
    assert own.status_code == 201
    assert [item["supplier"] for item in supplier.get(URL).json()["results"]] == [
        "Supplier Self plc"
    ]


PAGE = "/inventory/supplier-factors/"
FORM = {
    "supplier": "Acme Ltd",
    "kg_co2e_per_unit": "0.150",
    "unit": "GBP",
    "year": "2023",
    "source": "CDP 2023 response",
    "url": "",
}


def test_page_records_lists_and_deletes(
    client, member, organization, factors, django_capture_on_commit_callbacks
):
    activity, paper = _line(
        organization,
        ["Office paper", "1000.00", "GBP", "2023-05-10", "Acme Ltd", "UK"],
        django_capture_on_commit_callbacks,
    )
    client.force_login(member(Role.ANALYST))
    assert 'href="/inventory/supplier-factors/"' in client.get("/inventory/").text

    saved = client.post(PAGE, FORM)
    assert saved.status_code == 302
    assert Emission.objects.get(activity=activity).data_quality == "supplier_specific"
    factor = SupplierFactor.objects.get(organization=organization)
    page = client.get(PAGE)
    assert page.status_code == 200
    assert "CDP 2023 response" in page.text
    assert "0.15 / GBP" in page.text

    deleted = client.post(f"{PAGE}{factor.pk}/delete/")
    assert deleted.status_code == 302
    assert Emission.objects.get(activity=activity).factor_id == paper.pk


def test_page_shows_form_errors(client, member):
    client.force_login(member(Role.ADMIN))
    response = client.post(PAGE, FORM | {"unit": "bananas"})
    assert response.status_code == 400
    assert "Unknown unit" in response.text
    assert not SupplierFactor.objects.exists()


def test_page_is_closed_to_viewers_and_other_organizations_factors_are_404(
    client, member, other_organization
):
    other = _record(other_organization, member(Role.ADMIN, org=other_organization))
    client.force_login(member(Role.VIEWER))
    assert client.get(PAGE).status_code == 403
    assert 'href="/inventory/supplier-factors/"' not in client.get("/inventory/").text
    client.force_login(member(Role.ADMIN))
    assert client.post(f"{PAGE}{other.pk}/delete/").status_code == 404
    assert SupplierFactor.objects.filter(pk=other.pk).exists()


def test_inventory_counts_supplier_specific_data_quality(
    organization, factors, admin_user, django_capture_on_commit_callbacks
):
    _line(
        organization,
        ["Office paper", "1000.00", "GBP", "2023-05-10", "Acme Ltd", "UK"],
        django_capture_on_commit_callbacks,
    )
    _record(organization, admin_user)
    inventory = inventory_get(
        organization=organization,
        start=datetime.date(2023, 1, 1),
        end=datetime.date(2023, 12, 31),
    )
    assert inventory.data_quality == [
        ("supplier_specific", Decimal("150.000000")),
        ("activity_based", Decimal(0)),
        ("spend_based", Decimal(0)),
    ]
    assert inventory.scopes[2].categories == [(1, Decimal("150.000000"))]
