import uuid

import pytest

from accounts.models import Role
from matching.factors.compatibility import (
    ENERGY,
    factor_unit_refusal,
    factor_value_words,
)
from matching.factors.models import EmissionFactor
from matching.factors.selectors import emission_factor_list
from tests.conftest import assert_problem
from tests.matching.ai_factories import EmissionFactorFactory

pytestmark = pytest.mark.django_db

PHARMA = "Pharmaceutical Preparation Manufacturing"
API = "/api/v1/emission-factors/"
PICK = "/factors/pick/"


def _names(filters) -> list[str]:
    return list(emission_factor_list(filters=filters).values_list("name", flat=True))


@pytest.mark.parametrize(
    "words",
    ["pharmaceutical", "pharmaceutical preparation", "Pharmaceutical Preparations"],
)
def test_words_find_pharmaceutical_preparation_manufacturing(factors, words):
    assert PHARMA in _names({"search": words})


def test_the_whole_phrase_ranks_first(factors):
    assert _names({"search": "pharmaceutical preparation"})[0] == PHARMA


def test_an_external_id_finds_its_factor(factors):
    assert _names({"search": "325412"})[0] == PHARMA


def test_every_word_must_appear(factors):
    assert _names({"search": "pharmaceutical electricity"}) == []


@pytest.mark.parametrize(
    ("filters", "field", "expected"),
    [
        ({"source": "desnz"}, "source", {"desnz"}),
        ({"region": "us"}, "region", {"US"}),
        ({"year": "2022"}, "year", {2022}),
        ({"version": "1.3.0"}, "source", {"epa_supply_chain"}),
        ({"family": "energy"}, "dimension", {ENERGY}),
        ({"family": "money"}, "dimension", {"currency"}),
        ({"family": "freight"}, "dimension", {"[length] * [mass]"}),
    ],
)
def test_filters_narrow_the_library(factors, filters, field, expected):
    found = emission_factor_list(filters=filters)
    assert found.exists()
    assert set(found.values_list(field, flat=True)) == expected


def test_passenger_distance_is_its_own_unit_family(factors):
    passenger = emission_factor_list(filters={"family": "passenger_distance"})
    distance = emission_factor_list(filters={"family": "distance"})
    assert passenger.exists() and distance.exists()
    assert all("passenger" in unit for unit in passenger.values_list("unit", flat=True))
    assert not any(
        "passenger" in unit or "vehicle" in unit
        for unit in distance.values_list("unit", flat=True)
    )


def test_compatible_with_a_kwh_line_lists_energy_factors_only(factors):
    found = emission_factor_list(filters={"compatible_with": "kWh"})
    assert set(found.values_list("dimension", flat=True)) == {ENERGY}
    assert (
        found.count()
        == EmissionFactor.objects.current().filter(dimension=ENERGY).count()
    )


def test_compatible_with_money_adds_fuel_and_energy_factors(factors):
    found = emission_factor_list(filters={"compatible_with": "GBP"})
    assert set(found.values_list("dimension", flat=True)) > {"currency"}
    assert not found.exclude(dimension="currency").filter(energy_kind="").exists()
    assert PHARMA in found.values_list("name", flat=True)


def test_compatible_with_an_unknown_unit_lists_nothing(factors):
    assert not emission_factor_list(filters={"compatible_with": "wombats"}).exists()


def test_api_gains_the_new_filters(api, factors):
    response = api.get(
        API, {"search": "pharmaceutical", "compatible_with": "USD", "year": 2022}
    )
    assert response.status_code == 200
    assert response.json()["results"][0]["name"] == PHARMA
    energy = api.get(API, {"family": "energy", "source": "desnz"}).json()
    assert energy["count"] > 0
    assert {f["source"] for f in energy["results"]} == {"desnz"}


def test_api_refuses_an_unknown_family(api, factors):
    body = assert_problem(api.get(API, {"family": "vibes"}), 400, "validation_error")
    assert body["errors"][0]["field"] == "family"


@pytest.mark.parametrize(
    ("attrs", "words"),
    [
        ({"kg_co2e_per_unit": "0.207"}, "0.207 kg CO2e per kWh"),
        (
            {
                "kg_co2e_per_unit": "0.27",
                "unit": "USD",
                "unit_label": "kg CO2e/2022 USD, purchaser price",
                "dimension": "currency",
                "year": 2022,
            },
            "0.27 kg CO2e per 2022 US dollar",
        ),
        (
            {"kg_co2e_per_unit": "2512.5", "unit_label": "tonnes"},
            "2,513 kg CO2e per tonnes",
        ),
        (
            {"kg_co2e_per_unit": "0.31", "unit_label": "per FTE Working Hour"},
            "0.31 kg CO2e per FTE Working Hour",
        ),
    ],
)
def test_a_factor_value_reads_as_words(attrs, words):
    assert factor_value_words(EmissionFactorFactory(**attrs)) == words


def test_refusal_names_both_units():
    factor = EmissionFactorFactory(unit="kilogram", unit_label="kg", dimension="[mass]")
    assert factor_unit_refusal(
        factor=factor, unit_normalized="kilowatt_hour", unit="kWh"
    ) == ("A kWh line cannot take a factor per kg: kWh is energy, kg is mass.")


def test_money_may_take_an_energy_factor():
    grid = EmissionFactorFactory(energy_kind="electricity")
    assert factor_unit_refusal(factor=grid, unit_normalized="GBP", unit="GBP") is None


@pytest.fixture
def viewer_client(client, member):
    client.force_login(member(Role.VIEWER))
    return client


def test_library_page_lists_factors_with_readable_units(viewer_client, factors):
    response = viewer_client.get("/factors/", {"search": "pharmaceutical"})
    assert response.status_code == 200
    html = response.content.decode()
    assert PHARMA in html
    assert "kg CO2e per 2022 US dollar" in html
    assert "325412" in html and "Scope 3" in html


def test_library_page_filters_by_unit_family_and_source(viewer_client, factors):
    html = (
        viewer_client.get(
            "/factors/",
            {"search": "electricity", "source": "desnz", "family": "energy"},
        )
        .content.decode()
        .split('id="factors-table"')[1]
    )
    assert "kg CO2e per kWh" in html
    assert "per 2022 US dollar" not in html
    assert "US EPA" not in html


def test_library_page_is_paginated(viewer_client, factors):
    html = viewer_client.get("/factors/").content.decode()
    assert html.count('href="/factors/') >= 50
    assert "page=2" in html


def test_library_page_shows_filter_errors_and_lists_all(viewer_client, factors):
    response = viewer_client.get("/factors/", {"family": "vibes"})
    assert response.status_code == 200
    assert "vibes" in response.content.decode()


def test_htmx_library_request_gets_the_table_only(viewer_client, factors):
    html = viewer_client.get(
        "/factors/", {"search": "pharmaceutical"}, HTTP_HX_REQUEST="true"
    ).content.decode()
    assert PHARMA in html and "<nav" not in html


def test_factor_page_shows_the_factor(viewer_client, factors):
    factor = EmissionFactor.objects.current().get(name=PHARMA)
    html = viewer_client.get(f"/factors/{factor.pk}/").content.decode()
    assert PHARMA in html
    assert factor_value_words(factor) in html
    assert "NAICS 32" in html


@pytest.mark.parametrize("path", ["/factors/not-a-uuid/", f"/factors/{uuid.uuid4()}/"])
def test_unknown_factor_page_is_404(viewer_client, path):
    assert viewer_client.get(path).status_code == 404


def test_library_is_read_only(viewer_client):
    assert viewer_client.post("/factors/").status_code == 405
    assert viewer_client.post(PICK, {"field": "bulk_factor"}).status_code == 405


def test_picker_offers_compatible_factors_as_choices_of_the_field(
    viewer_client, factors
):
    field = f"factor-{uuid.uuid4()}"
    html = viewer_client.get(
        PICK, {"field": field, "compatible_with": "GBP", "search": "pharmaceutical"}
    ).content.decode()
    factor = EmissionFactor.objects.current().get(name=PHARMA)
    assert f'type="radio" name="{field}" value="{factor.pk}"' in html
    assert factor_value_words(factor) in html


def test_picker_leaves_out_factors_of_another_unit_family(viewer_client, factors):
    html = viewer_client.get(
        PICK,
        {"field": "bulk_factor", "compatible_with": "kWh", "search": "pharmaceutical"},
    ).content.decode()
    assert PHARMA not in html
    assert "No factor per energy matches" in html
    assert "a line cannot take a factor of another unit family" in html


def test_picker_without_words_offers_nothing(viewer_client, factors):
    html = viewer_client.get(PICK, {"field": "bulk_factor"}).content.decode()
    assert 'type="radio"' not in html


def test_picker_refuses_an_unknown_field(viewer_client, factors):
    response = viewer_client.get(
        PICK, {"field": '"><script>', "search": "pharmaceutical"}
    )
    assert response.status_code == 404
