from decimal import Decimal

import pytest

from ingestion.models import Activity
from ingestion.services.uploads import upload_create
from matching.factors.models import EmissionFactor
from reporting.decisions import activity_match_override
from reporting.models import Emission, ScopeOverride
from reporting.services import scope_override_set
from tests.ingestion.helpers import csv_bytes, upload_file

pytestmark = pytest.mark.django_db

HEADER = ["description", "amount", "currency", "date", "category", "country"]


def _one(organization, row, factor_filter, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        upload = upload_create(
            organization=organization, file=upload_file(csv_bytes([HEADER, row]))
        ).upload
    activity = Activity.objects.get(upload=upload)
    factor = EmissionFactor.objects.current().get(**factor_filter)
    with django_capture_on_commit_callbacks(execute=True):
        activity_match_override(activity=activity, factor=factor)
    return Emission.objects.get(activity=activity), factor


def _factor(source, external_id):
    return EmissionFactor.objects.current().get(source=source, external_id=external_id)


def test_fuel_card_line_is_priced_into_litres_and_burned_in_scope_1(
    organization, factors, django_capture_on_commit_callbacks
):
    emission, matched = _one(
        organization,
        ["shell kings 587", "58.00", "GBP", "2017-01-10", "Vehicle Fuel", "UK"],
        {"source": "epa_supply_chain", "external_id": "324110"},
        django_capture_on_commit_callbacks,
    )
    # By hand: DESNZ Table 4.1.2 diesel (ULSD) 2017 = 120.15 p/litre, so
    # £58 / £1.2015 per litre = 48.272992 litres (multiplier 1/1.2015 =
    # 0.832292967124 litre per £). DESNZ 2024 diesel (average biofuel blend)
    # 2.51279 kg CO2e/litre: 48.272992 x 2.51279 = 121.30 kg CO2e, Scope 1.
    # Well-to-tank 0.61101 kg/litre: 29.49 kg, Scope 3 category 3.
    # The spend factor alone (0.27 kg per 2022 USD) gave about 20 kg.
    assert emission.status == "calculated"
    assert emission.matched_factor_id == matched.pk
    assert (emission.factor_source, emission.factor_external_id) == (
        "desnz",
        "1_101_1011_8_1",
    )
    assert emission.factor_value == Decimal("2.51279")
    assert emission.energy_price == Decimal("1.2015")
    assert emission.energy_price_unit == "GBP/liter"
    assert "Table 4.1.2" in emission.energy_price_source
    assert emission.multiplier == Decimal("0.832292967124")
    assert emission.energy_quantity == Decimal("48.272992")
    assert emission.co2e_kg == Decimal("121.299892")
    assert emission.wtt_factor_value == Decimal("0.61101")
    assert emission.wtt_co2e_kg == Decimal("29.495281")
    assert (emission.scope, emission.scope3_category) == ("1", None)
    assert emission.data_quality == "spend_based"
    assert emission.fx_rate is None
    assert emission.price_index_ratio is None


def test_electricity_spend_is_priced_into_kwh_on_the_grid_in_scope_2(
    organization, factors, django_capture_on_commit_callbacks
):
    emission, grid = _one(
        organization,
        ["Electricity town hall", "1000.00", "GBP", "2017-03-31", "Electricity", "UK"],
        {"source": "desnz", "external_id": "7_400_4000_5_1"},
        django_capture_on_commit_callbacks,
    )
    # By hand: DESNZ QEP Table 3.4.2, non-domestic electricity 2017, all-band
    # average incl. CCL = 10.9166145817557 p/kWh = £0.1091661458/kWh, so £1000 buys
    # 1000 / 0.1091661458 = 9160.349050 kWh (multiplier 9.160349050264).
    # DESNZ UK electricity generated 0.20705 kg CO2e/kWh: 1896.65 kg, Scope 2
    # (location-based). WTT of generation 0.0459 kg/kWh: 420.46 kg.
    assert emission.factor_external_id == "7_400_4000_5_1"
    assert emission.factor_id == emission.matched_factor_id == grid.pk
    assert emission.energy_price == Decimal("0.1091661458")
    assert emission.multiplier == Decimal("9.160349050264")
    assert emission.energy_quantity == Decimal("9160.349050")
    assert emission.co2e_kg == Decimal("1896.650271")
    assert emission.wtt_co2e_kg == Decimal("420.460021")
    assert (emission.scope, emission.scope3_category) == ("2", None)


def test_gas_spend_is_priced_into_kwh_and_burned_in_scope_1(
    organization, factors, django_capture_on_commit_callbacks
):
    emission, matched = _one(
        organization,
        ["British Gas offices", "500.00", "GBP", "2016-11-30", "Gas", "UK"],
        {"source": "epa_supply_chain", "external_id": "221210"},
        django_capture_on_commit_callbacks,
    )
    # By hand: DESNZ QEP Table 3.4.2 non-domestic gas 2016, all-band average incl.
    # CCL = 2.3729791760049856 p/kWh = £0.0237297918/kWh; £500 / 0.0237297918 =
    # 21070.559920 kWh (multiplier 42.141119839071). DESNZ natural gas 0.1829 kg
    # CO2e/kWh (gross CV): 3853.80 kg, Scope 1. WTT 0.03021 kg/kWh: 636.54 kg.
    assert emission.matched_factor_id == matched.pk
    assert emission.factor_external_id == "1_100_1004_6_1"
    assert emission.energy_price == Decimal("0.0237297918")
    multiplier = (Decimal(1) / Decimal("0.0237297918")).quantize(Decimal("1e-12"))
    assert emission.multiplier == multiplier
    assert emission.energy_quantity == (500 * multiplier).quantize(Decimal("1e-6"))
    assert emission.co2e_kg == (500 * multiplier * Decimal("0.1829")).quantize(
        Decimal("1e-6")
    )
    assert emission.co2e_kg.quantize(Decimal("0.01")) == Decimal("3853.81")
    assert emission.wtt_co2e_kg.quantize(Decimal("0.01")) == Decimal("636.54")
    assert (emission.scope, emission.scope3_category) == ("1", None)


def test_fuel_in_a_country_without_a_price_stays_spend_based_and_says_so(
    organization, factors, django_capture_on_commit_callbacks
):
    emission, matched = _one(
        organization,
        ["Total station", "100.00", "EUR", "2022-05-01", "Vehicle Fuel", "FR"],
        {"source": "epa_supply_chain", "external_id": "324110"},
        django_capture_on_commit_callbacks,
    )
    assert emission.factor_id == matched.pk
    assert emission.energy_quantity is None
    assert "No road fuel price for FR. Spend-based." in emission.note
    assert (emission.scope, emission.scope3_category) == ("3", 1)


@pytest.mark.parametrize(
    ("source", "external_id", "scope", "category"),
    [
        ("epa_supply_chain", "322230", "3", 1),  # stationery: purchased goods
        ("epa_supply_chain", "334111", "3", 2),  # computers: capital goods
        ("epa_supply_chain", "481111", "3", 6),  # passenger air: business travel
        ("epa_supply_chain", "484121", "3", 4),  # trucking: upstream transport
        ("epa_supply_chain", "562111", "3", 5),  # waste collection
        ("epa_supply_chain", "721110", "3", 6),  # hotels
        ("desnz", "7_400_4000_5_1", "2", None),  # grid electricity
        ("desnz", "1_101_1011_8_1", "1", None),  # diesel burned
        ("desnz", "11_101_1011_8_1", "3", 3),  # diesel well-to-tank
        ("epa_hub", "T6-US Average", "2", None),
    ],
)
def test_factor_classes_come_from_the_data_file(
    factors, source, external_id, scope, category
):
    factor = _factor(source, external_id)
    assert (factor.ghg_scope, factor.scope3_category) == (scope, category)


def test_every_current_factor_has_a_scope(factors):
    assert not EmissionFactor.objects.current().filter(ghg_scope="").exists()


def test_gl_account_override_reclassifies_past_and_future_lines(
    organization, factors, django_capture_on_commit_callbacks
):
    emission, _ = _one(
        organization,
        ["Contractor fuel", "58.00", "GBP", "2017-01-10", "Contractor Fuel", "UK"],
        {"source": "epa_supply_chain", "external_id": "324110"},
        django_capture_on_commit_callbacks,
    )
    assert emission.scope == "1"
    scope_override_set(
        organization=organization,
        gl_account="Contractor Fuel",
        scope="3",
        scope3_category=1,
        note="Fuel for a contractor's vehicles, not ours.",
    )
    emission.refresh_from_db()
    assert (emission.scope, emission.scope3_category) == ("3", 1)
    assert ScopeOverride.objects.get(organization=organization).note


QUANTITY_HEADER = ["description", "quantity", "unit", "date", "country"]


def _quantity_line(
    organization, row, factor_filter, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload = upload_create(
            organization=organization,
            file=upload_file(csv_bytes([QUANTITY_HEADER, row])),
        ).upload
    activity = Activity.objects.get(upload=upload)
    with django_capture_on_commit_callbacks(execute=True):
        activity_match_override(activity=activity, factor=_factor(*factor_filter))
    return Emission.objects.get(activity=activity)


def test_litres_of_diesel_get_the_desnz_well_to_tank_part(
    organization, factors, django_capture_on_commit_callbacks
):
    emission = _quantity_line(
        organization,
        ["Generator diesel", "1000", "litres", "2023-05-10", "UK"],
        ("desnz", "1_101_1011_8_1"),
        django_capture_on_commit_callbacks,
    )
    # By hand: 1,000 litres, factor per litre (multiplier 1).
    # Combustion, DESNZ 2024 diesel (average biofuel blend) 2.51279 kg CO2e/litre:
    #   1,000 x 2.51279 = 2,512.79 kg, Scope 1.
    # Well-to-tank, DESNZ 2024 WTT- fuels diesel (average biofuel blend),
    # 11_101_1011_8_1, 0.61101 kg CO2e/litre: 1,000 x 0.61101 = 611.01 kg,
    # Scope 3 category 3, kept apart from co2e_kg.
    wtt = _factor("desnz", "11_101_1011_8_1")
    assert emission.status == "calculated"
    assert emission.data_quality == "activity_based"
    assert emission.co2e_kg == Decimal("2512.790000")
    assert (emission.scope, emission.scope3_category) == ("1", None)
    assert emission.wtt_factor_id == wtt.pk
    assert emission.wtt_factor_value == Decimal("0.61101")
    assert emission.wtt_co2e_kg == Decimal("611.010000")
    assert emission.energy_quantity is None


def test_us_gallons_of_diesel_are_converted_before_the_well_to_tank_factor(
    organization, factors, django_capture_on_commit_callbacks
):
    emission = _quantity_line(
        organization,
        ["Generator diesel", "10", "US gallons", "2023-05-10", "UK"],
        ("desnz", "1_101_1011_8_1"),
        django_capture_on_commit_callbacks,
    )
    # By hand: 10 US gallons x 3.785411784 litres/gallon = 37.85411784 litres;
    # WTT 37.85411784 x 0.61101 = 23.1292445414 -> 23.129245 kg (6 decimals).
    assert emission.multiplier.quantize(Decimal("1e-9")) == Decimal("3.785411784")
    assert emission.wtt_co2e_kg == Decimal("23.129245")


def test_kwh_of_grid_electricity_get_the_generation_well_to_tank_only(
    organization, factors, django_capture_on_commit_callbacks
):
    emission = _quantity_line(
        organization,
        ["Electricity meter", "10000", "kWh", "2023-05-10", "UK"],
        ("desnz", "7_400_4000_5_1"),
        django_capture_on_commit_callbacks,
    )
    # By hand: 10,000 kWh x 0.20705 (DESNZ 2024 UK electricity generated) =
    # 2,070.5 kg, Scope 2 location-based. WTT of generation (15_917_4000_5_1)
    # 0.0459 kg/kWh: 10,000 x 0.0459 = 459 kg, Scope 3 category 3. The T&D
    # losses (0.0183) and their WTT (0.00397) are not added (documented in
    # ADR-4.9): one WTT factor per result, the same as electricity priced from
    # money.
    assert emission.co2e_kg == Decimal("2070.500000")
    assert emission.scope == "2"
    assert emission.wtt_factor_id == _factor("desnz", "15_917_4000_5_1").pk
    assert emission.wtt_co2e_kg == Decimal("459.000000")


def test_kwh_of_gas_and_therms_get_the_gas_well_to_tank(
    organization, factors, django_capture_on_commit_callbacks
):
    emission = _quantity_line(
        organization,
        ["Boiler gas", "100", "therms", "2023-05-10", "UK"],
        ("desnz", "1_100_1004_6_1"),
        django_capture_on_commit_callbacks,
    )
    # By hand: 100 therms x 29.3071 kWh/therm = 2,930.71 kWh (gross CV);
    # WTT natural gas 0.03021 kg/kWh: 2,930.71 x 0.03021 = 88.536749 kg.
    assert emission.wtt_factor_value == Decimal("0.03021")
    assert emission.wtt_co2e_kg == (
        Decimal(100) * emission.multiplier * Decimal("0.03021")
    ).quantize(Decimal("1e-6"))
    assert emission.wtt_co2e_kg.quantize(Decimal("0.01")) == Decimal("88.54")


def test_epa_hub_fuel_in_gallons_gets_no_well_to_tank(
    organization, factors, django_capture_on_commit_callbacks
):
    emission = _quantity_line(
        organization,
        ["Generator diesel", "100", "US gallons", "2023-05-10", "US"],
        ("epa_hub", "T1-30-unit"),
        django_capture_on_commit_callbacks,
    )
    # The EPA Hub publishes no well-to-tank factors: Scope 1 only.
    assert emission.status == "calculated"
    assert emission.co2e_kg is not None
    assert emission.wtt_factor_id is None
    assert emission.wtt_co2e_kg is None


def test_spend_line_of_a_non_energy_factor_gets_no_well_to_tank(
    organization, factors, django_capture_on_commit_callbacks
):
    emission, _ = _one(
        organization,
        ["Office paper", "100.00", "GBP", "2017-02-01", "Stationery", "UK"],
        {"source": "epa_supply_chain", "external_id": "322230"},
        django_capture_on_commit_callbacks,
    )
    assert emission.wtt_factor_id is None
    assert emission.wtt_co2e_kg is None


def test_energy_routes_name_the_same_wtt_factor_as_the_counterpart_rules():
    from matching.factors.energy import energy_routes, wtt_external_id

    routed = {
        (route.factor_source, route.factor_external_id): route.wtt_external_id or None
        for route in energy_routes().values()
    }
    assert {key: wtt_external_id(*key) for key in routed} == routed
