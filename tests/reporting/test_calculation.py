from decimal import Decimal

import pytest

from ingestion.models import Activity
from ingestion.services.uploads import upload_create
from matching.factors.models import EmissionFactor
from reporting.conversions import multiplier_for
from reporting.decisions import activity_match_override
from reporting.models import Emission
from tests.ingestion.helpers import csv_bytes, upload_file

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("from_unit", "to_unit", "expected"),
    [
        ("megawatt_hour", "kilowatt_hour", Decimal(1000)),
        ("gallon", "liter", Decimal("3.785411784")),
        ("mile", "kilometer", Decimal("1.609344")),
        ("ton", "kilogram", Decimal("907.18474")),
        ("kilometer * metric_ton", "mile * ton", Decimal("0.684944")),
    ],
)
def test_unit_conversions(from_unit, to_unit, expected):
    multiplier, fx_rate, price_ratio, note = multiplier_for(from_unit, to_unit, 0)
    assert multiplier.quantize(Decimal("0.000001")) == expected.quantize(
        Decimal("0.000001")
    )
    assert fx_rate is None
    assert price_ratio is None
    assert note == ""


def test_currency_conversion_names_rate_and_price_year():
    multiplier, fx_rate, price_ratio, note = multiplier_for("GBP", "USD", 2023)
    assert fx_rate == Decimal("0.804")
    # BEA GDP implicit price deflator (2017=100): 2022 118.023, 2023 122.390.
    assert price_ratio == (Decimal("118.023") / Decimal("122.390")).quantize(
        Decimal("1e-10")
    )
    assert multiplier == (price_ratio / Decimal("0.804")).quantize(Decimal("1e-12"))
    assert "GBP->USD at 0.804" in note
    assert "2023 USD->2022 USD" in note


def test_spend_of_the_factor_year_needs_no_price_adjustment():
    multiplier, fx_rate, price_ratio, note = multiplier_for("USD", "USD", 2022)
    assert (multiplier, fx_rate, price_ratio, note) == (Decimal(1), None, None, "")


def test_a_year_past_the_index_uses_its_last_year_and_says_so():
    _, _, price_ratio, note = multiplier_for("USD", "USD", 2031)
    assert price_ratio == (Decimal("118.023") / Decimal("128.986")).quantize(
        Decimal("1e-10")
    )
    assert "No index for 2031: 2025's used." in note


@pytest.mark.parametrize(
    ("from_unit", "to_unit", "year"),
    [("kilowatt_hour", "liter", 0), ("GBP", "USD", 1999), ("JPY", "USD", 2022)],
)
def test_unconvertible_pairs_have_no_multiplier(from_unit, to_unit, year):
    multiplier, _, _, note = multiplier_for(from_unit, to_unit, year)
    assert multiplier is None
    assert note


def _run(organization, rows, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        result = upload_create(
            organization=organization, file=upload_file(csv_bytes(rows))
        )
    return result.upload


@pytest.mark.parametrize(
    ("quantity", "unit", "factor_filter", "multiplier"),
    [
        (
            "2",
            "MWh",
            {"source": "desnz", "external_id": "7_400_4000_5_1"},
            Decimal(1000),
        ),
        (
            "10",
            "US gallons",
            {"source": "desnz", "external_id": "1_101_1011_8_1"},
            Decimal("3.785411784"),
        ),
        (
            "100",
            "miles",
            {"source": "desnz", "external_id": "25_301_3070_4_1"},
            Decimal("1.609344"),
        ),
        (
            "3",
            "short tons",
            {"source": "desnz", "external_id": "1_102_1025_15_1"},
            Decimal("0.90718474"),
        ),
    ],
)
def test_override_recalculates_with_the_conversion(  # noqa: PLR0917
    organization,
    factors,
    django_capture_on_commit_callbacks,
    quantity,
    unit,
    factor_filter,
    multiplier,
):
    upload = _run(
        organization,
        [["description", "quantity", "unit"], ["Some activity", quantity, unit]],
        django_capture_on_commit_callbacks,
    )
    activity = Activity.objects.get(upload=upload)
    factor = EmissionFactor.objects.current().get(**factor_filter)
    activity_match_override(activity=activity, factor=factor)
    emission = Emission.objects.get(activity=activity)
    assert emission.status == "calculated"
    assert emission.factor_id == factor.pk
    assert emission.factor_version == factor.version
    assert emission.method_version == "calc-v5"
    assert emission.multiplier.quantize(Decimal("1e-9")) == multiplier.quantize(
        Decimal("1e-9")
    )
    expected = Decimal(quantity) * emission.multiplier * factor.kg_co2e_per_unit
    assert emission.co2e_kg == expected.quantize(Decimal("0.000001"))


def test_2016_spend_is_priced_in_2022_dollars(
    organization, factors, django_capture_on_commit_callbacks
):
    upload = _run(
        organization,
        [
            ["description", "amount", "currency", "date"],
            ["Office paper", "100.00", "GBP", "2016-06-15"],
        ],
        django_capture_on_commit_callbacks,
    )
    activity = Activity.objects.get(upload=upload)
    factor = EmissionFactor.objects.current().get(
        source="epa_supply_chain", external_id="322230"
    )
    activity_match_override(activity=activity, factor=factor)
    emission = Emission.objects.get(activity=activity)
    # By hand: £100 at the IRS 2016 average of 0.741 GBP per USD is $134.9528;
    # x 118.023 / 98.241 (BEA GDP deflator 2022 / 2016) is $162.1271 of 2022;
    # x the factor's kg CO2e per 2022 USD.
    assert emission.fx_rate == Decimal("0.741")
    assert emission.price_index_ratio == Decimal("1.2013619568")
    assert emission.multiplier == Decimal("1.621271196761")
    expected = Decimal("162.1271196761") * factor.kg_co2e_per_unit
    assert emission.co2e_kg == expected.quantize(Decimal("0.000001"))
    assert "2016 USD->2022 USD x1.2013619568" in emission.note


def test_unconvertible_spend_is_flagged_not_guessed(
    organization, factors, django_capture_on_commit_callbacks
):
    upload = _run(
        organization,
        [
            ["description", "amount", "currency", "date"],
            ["Office paper", "100", "JPY", "2022-03-01"],
        ],
        django_capture_on_commit_callbacks,
    )
    emission = Emission.objects.get(upload=upload)
    assert emission.status == "unconvertible"
    assert emission.co2e_kg is None
    assert "JPY" in emission.note


def test_override_persists_into_the_next_upload(
    organization, factors, django_capture_on_commit_callbacks
):
    header = ["description", "quantity", "unit", "country"]
    first = _run(
        organization,
        [header, ["Generator fuel", "50", "litres", "UK"]],
        django_capture_on_commit_callbacks,
    )
    factor = EmissionFactor.objects.current().get(
        source="desnz", external_id="1_101_1014_8_1"
    )
    activity_match_override(activity=Activity.objects.get(upload=first), factor=factor)
    second = _run(
        organization,
        [
            header,
            ["Generator fuel", "80", "litres", "UK"],
            ["generator  FUEL", "5", "L", "uk"],
        ],
        django_capture_on_commit_callbacks,
    )
    activities = Activity.objects.filter(upload=second)
    assert {a.factor_id for a in activities} == {factor.pk}
    assert {a.match_status for a in activities} == {"overridden"}
    assert Emission.objects.filter(upload=second, factor=factor).count() == 2


def test_new_factor_version_does_not_change_existing_results(
    organization, factors, django_capture_on_commit_callbacks
):
    upload = _run(
        organization,
        [
            ["description", "quantity", "unit", "country"],
            ["Electricity", "100", "kWh", "UK"],
        ],
        django_capture_on_commit_callbacks,
    )
    before = Emission.objects.get(upload=upload)
    EmissionFactor.objects.filter(pk=before.factor_id).update(is_current=False)
    assert Emission.objects.get(upload=upload).co2e_kg == before.co2e_kg
    assert Emission.objects.get(upload=upload).factor_value == before.factor_value


def test_refund_is_matched_like_its_twin_and_nets_its_emissions(
    organization, factors, django_capture_on_commit_callbacks
):
    upload = _run(
        organization,
        [
            ["description", "amount", "currency", "date", "category"],
            ["shell kings 587", "60.00", "GBP", "2017-01-10", "Vehicle Fuel"],
            ["shell kings 587", "-25.00", "GBP", "2017-01-20", "Vehicle Fuel"],
        ],
        django_capture_on_commit_callbacks,
    )
    upload.refresh_from_db()
    assert upload.status == "done", upload.failure
    assert upload.rows_failed == 0
    purchase, refund = Activity.objects.filter(upload=upload).order_by("row_number")
    assert refund.is_refund and not purchase.is_refund
    assert refund.match_key == purchase.match_key
    assert refund.factor_id == purchase.factor_id
    bought = Emission.objects.get(activity=purchase)
    returned = Emission.objects.get(activity=refund)
    assert bought.co2e_kg > 0
    assert returned.co2e_kg < 0
    # The same factor and conversion: the refund is -25/60 of the purchase.
    assert (returned.co2e_kg * 60 + bought.co2e_kg * 25).copy_abs() < Decimal("0.01")
