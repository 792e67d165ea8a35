from decimal import Decimal

import pytest

from matching.factors.keys import match_key
from matching.factors.models import EmissionFactor
from matching.factors.units import unit_dimension, unit_normalize
from matching.matchers.base import MatchItem
from matching.matchers.local import VOCABULARY_METHOD, LocalMatcher
from matching.models import MatchCacheEntry, MatchStatus
from matching.services.matches import matches_resolve
from tests.matching.labelled_activities import LABELLED

pytestmark = pytest.mark.django_db


def _items(rows):
    return [
        MatchItem(key=str(i), description=d, unit=u, category=c, region=r)
        for i, (d, u, c, r, _) in enumerate(rows)
    ]


def test_labelled_set_top1_accuracy_is_at_least_80_percent(factors):
    assert len(LABELLED) >= 60
    results = LocalMatcher().match_items(_items(LABELLED))
    factors_by_id = EmissionFactor.objects.in_bulk([r.factor_id for r in results])
    hits = []
    for row, result in zip(LABELLED, results, strict=True):
        factor = factors_by_id.get(result.factor_id)
        hits.append(factor is not None and factor.external_id in row[4])
    accuracy = sum(hits) / len(hits)
    misses = [row[0] for row, hit in zip(LABELLED, hits, strict=True) if not hit]
    print(f"\nlocal matcher top-1 accuracy: {accuracy:.3f} ({sum(hits)}/{len(hits)})")
    print("misses:", misses)
    assert accuracy >= 0.8


def test_candidates_are_unit_compatible(factors):
    rows = [(d, u, c, r, None) for d, u, c, r, _ in LABELLED]
    results = LocalMatcher().match_items(_items(rows))
    factors_by_id = EmissionFactor.objects.in_bulk([r.factor_id for r in results])
    for row, result in zip(rows, results, strict=True):
        factor = factors_by_id[result.factor_id]
        assert factor.dimension == unit_dimension(unit_normalize(row[1]))


def test_unknown_unit_is_unmatched(factors):
    [result] = LocalMatcher().match_items(
        [MatchItem(key="k", description="Widgets", unit="blorps")]
    )
    assert result.factor_id is None
    assert result.confidence == Decimal(0)


def test_uk_activity_prefers_desnz_and_us_activity_prefers_epa(factors):
    uk, us = LocalMatcher().match_items(
        [
            MatchItem(key="uk", description="Electricity", unit="kWh", region="GB"),
            MatchItem(key="us", description="Electricity", unit="kWh", region="US"),
        ]
    )
    sources = EmissionFactor.objects.in_bulk([uk.factor_id, us.factor_id])
    assert sources[uk.factor_id].source == "desnz"
    assert sources[us.factor_id].source == "epa_hub"


class CountingMatcher(LocalMatcher):
    calls: list[int]

    def __init__(self):
        super().__init__()
        self.calls = []

    def match_items(self, items):
        self.calls.append(len(items))
        return super().match_items(items)


def test_each_key_is_matched_once_ever(organization, factors):
    key = match_key(description="Diesel", unit="liter", category="", region="GB")
    item = MatchItem(key=key, description="Diesel", unit="liter", region="GB")
    matcher = CountingMatcher()
    matches_resolve(organization=organization, items=[item, item], matcher=matcher)
    matches_resolve(organization=organization, items=[item], matcher=matcher)
    assert matcher.calls == [1]
    assert MatchCacheEntry.objects.for_organization(organization).count() == 1


def test_low_confidence_needs_review(organization, factors, settings):
    settings.MATCH_CONFIDENCE_THRESHOLD = 0.99
    item = MatchItem(key="x", description="Diesel", unit="liter", region="GB")
    entries = matches_resolve(organization=organization, items=[item])
    assert entries["x"].status == MatchStatus.NEEDS_REVIEW


def test_match_key_normalizes_case_spacing_and_unit_spelling():
    a = match_key(
        description=" Diesel  Fuel", unit="litres", category="Fleet", region="GB"
    )
    b = match_key(description="diesel fuel", unit="L", category="fleet ", region="gb")
    assert a == b


def spend_line(description, *, supplier="", country=""):
    return MatchItem(
        key=description + supplier + country,
        description=description,
        unit="USD",
        currency="USD",
        region="US",
        supplier=supplier,
        country=country,
    )


def test_local_vocabulary_reads_the_supplier_not_a_free_text_title(factors):
    title, paid = LocalMatcher().match_items(
        [
            spend_line("UPS units for ICT facilities", supplier="Powerhouse"),
            spend_line("Young Ambassadors", supplier="ibis Styles Canberra"),
        ]
    )

    assert title.method != VOCABULARY_METHOD
    assert paid.method == VOCABULARY_METHOD
    assert "ibis Styles Canberra" in paid.rationale


def test_a_brand_name_holds_only_in_the_market_it_was_read_from(factors):
    # Read from British card files, "Costa" is a coffee chain and "Centro" a bus
    # company; in a Brazilian card file they are a surname and a town centre.
    british, unknown, brazilian, hotel = LocalMatcher().match_items(
        [
            spend_line("COSTA COFFEE 1234", country="GB"),
            spend_line("COSTA COFFEE 1234"),
            spend_line("ANA CRISTINA DA COSTA", country="BR"),
            spend_line("HOTEL POLLES EIRELI", country="BR"),
        ]
    )

    assert british.method == unknown.method == VOCABULARY_METHOD
    assert "Food and drink out" in british.rationale
    assert brazilian.method != VOCABULARY_METHOD
    # Everyday words hold everywhere.
    assert hotel.method == VOCABULARY_METHOD
    assert "Hotel stays" in hotel.rationale
