import pytest

from matching import knowledge
from matching.ai.items import class_samples, item_from_payload, item_payload
from matching.factors.keys import match_key
from matching.factors.models import EmissionFactor
from matching.matchers.base import MatchItem
from matching.models import MatchStatus
from matching.service.encoder import encoder
from matching.service.model import (
    FEATURES,
    NAME_KINDS,
    KnowledgeIndex,
    ModelMatcher,
    knowledge_index,
)
from matching.services.examples import match_example_withdraw
from matching.services.matches import match_override, match_status_for
from tests.conftest import assert_problem

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="session")
def matcher():
    return ModelMatcher()


def spend(description="", category="", merchant_type="", supplier="", key=None):
    return MatchItem(
        key=key
        or match_key(
            description=description, unit="GBP", category=category, region="GB"
        ),
        description=description,
        unit="GBP",
        currency="GBP",
        category=category,
        region="GB",
        merchant_type=merchant_type,
        supplier=supplier,
    )


def naics(result) -> str:
    return EmissionFactor.objects.get(pk=result.factor_id).external_id


def test_merchant_type_only_row_is_matched(factors, matcher):
    [result] = matcher.match_items([spend(merchant_type="5812")])

    assert naics(result) == "722511"
    assert match_status_for(result) == MatchStatus.MATCHED
    assert "MCC 5812" in result.rationale


def test_mcc_read_as_the_category_is_a_merchant_type(factors, matcher):
    [result] = matcher.match_items([spend(category="5812")])

    assert naics(result) == "722511"
    assert match_status_for(result) == MatchStatus.MATCHED


@pytest.mark.parametrize(
    ("merchant_type", "code"),
    [("Fast Food Restaurants", "722513"), ("Caterers", "722320")],
)
def test_merchant_type_title_points_to_its_industry(
    factors, matcher, merchant_type, code
):
    [result] = matcher.match_items([spend(merchant_type=merchant_type)])

    assert naics(result) == code


def test_tax_payment_merchant_type_gets_no_factor(factors, matcher):
    [result] = matcher.match_items([spend(merchant_type="9311")])

    assert result.factor_id is None
    assert result.confidence >= 0.9


def test_airline_card_descriptor_is_air_travel_not_metal_cans(factors, matcher):
    [result] = matcher.match_items([spend("BRITISH AIRWAYS 1252344")])

    assert naics(result) == "481111"


def test_review_offers_three_candidates_with_a_reason_each(factors, matcher):
    candidates = matcher.candidates(spend("travelodge gb0000", "Board & Lodging"))

    assert len(candidates) == 3
    assert candidates[0].naics == "721110"
    assert all(c.reason for c in candidates)


@pytest.fixture
def confirmed(organization, factors):
    factor = EmissionFactor.objects.current().get(
        source="epa_supply_chain", external_id="722513"
    )
    entry = match_override(
        organization=organization,
        item=spend("Pret A Manger 1234", "Staff subsistence"),
        factor=factor,
    )
    return entry


def test_confirmed_decision_applies_to_a_new_similar_merchant(
    organization, confirmed, matcher
):
    [result] = matcher.match_items(
        [spend("PRET A MANGER 98", "Staff subsistence")], organization=organization.pk
    )

    assert result.factor_id == confirmed.factor_id
    assert match_status_for(result) == MatchStatus.MATCHED
    assert result.rationale.startswith("Like 'Pret A Manger 1234' you confirmed on ")


def test_confirmed_decision_does_not_reach_other_organizations(
    other_organization, confirmed, matcher
):
    [result] = matcher.match_items(
        [spend("PRET A MANGER 98", "Staff subsistence")],
        organization=other_organization.pk,
    )

    assert not result.rationale.startswith("Like ")


def test_withdrawn_example_no_longer_teaches(organization, confirmed, matcher):
    match_example_withdraw(organization=organization, entry_id=confirmed.pk)

    [result] = matcher.match_items(
        [spend("PRET A MANGER 98", "Staff subsistence")], organization=organization.pk
    )

    assert not result.rationale.startswith("Like ")


def test_unlike_line_is_not_taken_from_an_example(organization, confirmed, matcher):
    [result] = matcher.match_items(
        [spend("shell kings 587", "Vehicle Fuel")], organization=organization.pk
    )

    assert not result.rationale.startswith("Like ")


def test_line_for_review_names_two_more_candidates(factors, matcher):
    [result] = matcher.match_items([spend("the new shop", "Miscellaneous")])

    assert match_status_for(result) == MatchStatus.NEEDS_REVIEW
    assert result.rationale.startswith("NAICS ")
    offered = [a.factor_id for a in result.alternatives]
    assert len(set(offered)) == 2
    assert result.factor_id not in offered
    assert all(a.reason.startswith("NAICS ") for a in result.alternatives)
    assert [naics(result)] + [
        EmissionFactor.objects.get(pk=f).external_id for f in offered
    ] == [c.naics for c in matcher.candidates(spend("the new shop", "Miscellaneous"))]


def test_service_contract_carries_merchant_type_and_supplier(factors):
    [item] = [spend(merchant_type="5812", supplier="Nando's")]
    payload = item_payload(item)

    assert payload["merchant_type"] == "5812"
    assert payload["supplier"] == "Nando's"
    assert item_from_payload(payload) == item


def test_examples_api_lists_and_withdraws_a_decision(api, confirmed):
    listed = api.get("/api/v1/match-examples/")
    response = api.post(f"/api/v1/match-examples/{confirmed.pk}/withdraw/")

    assert listed.status_code == 200
    assert [e["id"] for e in listed.json()["results"]] == [confirmed.pk]
    assert listed.json()["results"][0]["description"] == "Pret A Manger 1234"
    assert response.status_code == 200, response.content
    assert response.json()["withdrawn_at"] is not None
    assert api.get("/api/v1/match-examples/").json()["results"] == []


def test_another_organizations_example_cannot_be_withdrawn(
    api, other_organization, factors
):
    factor = EmissionFactor.objects.current().get(
        source="epa_supply_chain", external_id="722513"
    )
    theirs = match_override(
        organization=other_organization, item=spend("Pret A Manger 1"), factor=factor
    )

    response = api.post(f"/api/v1/match-examples/{theirs.pk}/withdraw/")

    assert_problem(response, 404, "not_found")


DRUGS = [
    ("Nevirapine 200mg, tablets", "Aurobindo Pharma"),
    ("Efavirenz 600mg, tablets", "Mylan Laboratories"),
    ("Lamivudine 150mg, tablets", "Cipla"),
    ("Zidovudine 300mg, capsules", "Aurobindo Pharma"),
    ("Abacavir 20mg/ml, oral solution", "Cipla"),
]
FUEL = ["SHELL BIRMINGHAM", "BP CONNECT SOLIHULL", "ESSO FILLING STATION", "TEXACO"]


def test_a_category_its_rows_names_disagree_with_is_weighed_less(factors, matcher):
    # A patient group read as the category names no kind of spend: the rows'
    # names point elsewhere, so its evidence is set aside; a fuel account over
    # filling stations is kept whole.
    rows = [spend(d, "Adult", supplier=s) for d, s in DRUGS]
    rows += [spend(m, "Vehicle fuel") for m in FUEL]

    trust = matcher.class_trust(class_samples(rows))
    results = matcher.match_items(rows, classes=class_samples(rows))

    assert trust["Adult"] <= 0.2
    assert trust["Vehicle fuel"] == 1.0
    assert 'category "Adult" weighed at' in results[0].rationale
    # Said once, in the proposed factor's reason, not again in each alternative's.
    assert results[0].alternatives
    assert not any("weighed at" in a.reason for a in results[0].alternatives)
    assert not any("weighed at" in r.rationale for r in results[len(DRUGS) :])
    # A trusted value's rows are answered as without any sample.
    plain = matcher.match_items(rows[len(DRUGS) :])
    assert results[len(DRUGS) :] == plain


def test_an_index_entry_that_lists_examples_is_read_once_per_example():
    entry = (
        "Pharmaceutical preparations (e.g., capsules, liniments, ointments, tablets) "
        "manufacturing"
    )

    assert knowledge.index_variants(entry) == [
        "Pharmaceutical preparations capsules manufacturing",
        "Pharmaceutical preparations liniments manufacturing",
        "Pharmaceutical preparations ointments manufacturing",
        "Pharmaceutical preparations tablets manufacturing",
    ]
    assert knowledge.index_variants("Homeless shelters") == []
    found = {(p.text, p.kind) for p in knowledge.phrases({"325412"})}
    assert (entry, "index") in found
    assert ("Pharmaceutical preparations tablets manufacturing", "instance") in found


def test_a_manufacturing_entry_is_also_read_as_the_product_it_names():
    assert knowledge.product_variant("HIV test kits manufacturing") == "HIV test kits"
    assert knowledge.product_variant("Pizza, frozen, manufacturing") == "Pizza, frozen"
    assert knowledge.product_variant("Blood analysis laboratories") == ""
    found = {(p.text, p.kind) for p in knowledge.phrases({"325412", "325413"})}
    assert ("HIV test kits", "product") in found
    # An entry listing examples gives a product per example, not the whole list.
    assert ("Pharmaceutical preparations tablets", "product") in found
    assert not any(kind == "product" and "e.g." in text for text, kind in found)
    assert "product" in NAME_KINDS


def test_a_line_buying_a_product_is_closer_to_the_product_than_to_its_industry():
    # The reason product phrases exist: "... manufacturing" pulls a purchase of
    # the product towards a service that handles it (USAID's test kits went to
    # Medical Laboratories).
    line, product, industry, service = encoder().encode(
        [
            "hiv 1/2, stat-pak buffer only, tests",
            "HIV test kits",
            "HIV test kits manufacturing",
            "Blood analysis laboratories",
        ]
    )

    assert line @ product > line @ industry
    assert line @ product > line @ service


def test_an_example_of_an_index_entry_speaks_to_names_not_to_a_category(
    factors, settings, tmp_path
):
    settings.MATCH_MODEL_PHRASE_KINDS = ["title", "instance"]
    index = KnowledgeIndex("test", tmp_path)
    tablets = encoder().encode(["efavirenz 600mg, tablets"])
    code = index.code_position["325412"]
    instances = [
        i
        for i, p in enumerate(index.phrases)
        if p.naics == "325412" and p.kind == "instance"
    ]

    as_name, at_name = index.field_similarity(tablets, names=True)
    as_class, at_class = index.field_similarity(tablets, names=False)

    assert int(at_name[0, code]) in instances
    assert int(at_class[0, code]) not in instances
    assert as_class[0, code] < as_name[0, code]


def test_the_vocabulary_reads_who_was_paid_not_a_free_text_title(factors, matcher):
    # A contract register's title is free text: a word of it ("UPS", an
    # uninterruptible power supply) names no courier. Its supplier is who was paid.
    title = spend("UPS units for ICT facilities", "Contract", supplier="Powerhouse")
    card = spend("UPS")  # a card line: its description is its merchant
    paid = spend("Young Ambassadors", "Contract", supplier="ibis Styles Canberra")
    assert (title.merchant, card.merchant) == ("Powerhouse", "UPS")

    scored = matcher.score_spend([title, card, paid])

    vocabulary = FEATURES.index("vocabulary")
    codes = knowledge_index().code_position
    assert not scored[0].features[:, vocabulary].any()
    assert scored[1].features[codes["492110"], vocabulary] > 0
    assert scored[2].features[codes["721110"], vocabulary] > 0
