"""The match lives once per organization and key (ADR-4.7c): the match step writes
one row per new key and none per activity; a decision about a key moves every row
with it, recalculated, except rows in a closed period."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection

from ingestion.models import Activity, ActivityKey
from matching.factors.models import EmissionFactor
from matching.models import MatchCacheEntry
from reporting.decisions import activity_match_override
from reporting.models import Emission
from reporting.recalculation import period_close
from reporting.services import emissions_calculate
from tests.reporting.test_calculation import _run

pytestmark = pytest.mark.django_db
HEADER = ["description", "quantity", "unit", "date", "country"]


def _activity_tuples_written() -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT n_tup_upd FROM pg_stat_xact_user_tables WHERE relname = %s",
            [Activity._meta.db_table],
        )
        row = cursor.fetchone()
    return row[0] if row else 0


def test_match_step_writes_keys_not_rows(
    organization, factors, django_capture_on_commit_callbacks
):
    rows = [HEADER] + [
        [desc, str(n + 1), unit, "2024-03-01", "UK"]
        for n in range(30)
        for desc, unit in [("Electricity", "kWh"), ("Diesel", "litres")]
    ]
    upload = _run(organization, rows, django_capture_on_commit_callbacks)
    upload.refresh_from_db()
    assert upload.status == "done", upload.failure
    assert upload.activities_matched == 60
    keys = ActivityKey.objects.filter(organization=organization)
    assert keys.count() == 2
    assert _activity_tuples_written() == 0  # not one activity row updated
    activities = Activity.objects.filter(upload=upload).select_related("match__factor")
    assert {a.match_key for a in activities} == set(keys.values_list("key", flat=True))
    by_key = {k.key: k for k in keys}
    assert all(
        (a.factor_id, a.match_status)
        == (by_key[a.match_key].factor_id, by_key[a.match_key].status)
        and a.match_status != "pending"
        for a in activities
    )
    # The results are the key's factor, frozen per row.
    assert {
        (e.activity.match_key, e.factor_id)
        for e in Emission.objects.filter(upload=upload).select_related("activity")
    } == set(keys.values_list("key", "factor_id"))


def test_known_keys_take_their_match_without_the_matcher(
    organization, factors, django_capture_on_commit_callbacks, monkeypatch
):
    _run(
        organization,
        [HEADER, ["Electricity", "5", "kWh", "2024-01-02", "UK"]],
        django_capture_on_commit_callbacks,
    )
    calls = []
    monkeypatch.setattr(
        "matching.matchers.local.LocalMatcher.match_items",
        lambda self, items: calls.append(items) or [],
    )
    second = _run(
        organization,
        [HEADER, ["electricity", "7", "kWh", "2024-02-02", "uk"]],
        django_capture_on_commit_callbacks,
    )
    second.refresh_from_db()
    assert second.status == "done"
    assert calls == []
    assert ActivityKey.objects.filter(organization=organization).count() == 1
    assert Emission.objects.get(upload=second).status == "calculated"


def test_override_moves_every_row_of_the_key_but_not_a_closed_period(
    organization, factors, django_capture_on_commit_callbacks
):
    march = _run(
        organization,
        [HEADER, ["Generator fuel", "50", "litres", "2024-03-10", "UK"]],
        django_capture_on_commit_callbacks,
    )
    may = _run(
        organization,
        [
            HEADER,
            ["Generator fuel", "80", "litres", "2024-05-10", "UK"],
            ["Generator fuel", "20", "litres", "2024-05-11", "UK"],
            ["Electricity", "100", "kWh", "2024-05-12", "UK"],
        ],
        django_capture_on_commit_callbacks,
    )
    closed_result = Emission.objects.get(upload=march)
    electricity = Emission.objects.get(upload=may, activity__description="Electricity")
    period_close(
        organization=organization,
        user=None,
        start=date(2024, 1, 1),
        end=date(2024, 3, 31),
    )
    factor = EmissionFactor.objects.current().get(
        source="desnz", external_id="1_101_1014_8_1"
    )
    chosen = Activity.objects.filter(upload=may, row_number=2).get()
    activity_match_override(activity=chosen, factor=factor)

    key = ActivityKey.objects.get(organization=organization, key=chosen.match_key)
    assert (key.factor_id, key.status, key.method) == (
        factor.pk,
        "overridden",
        "override",
    )
    cache = MatchCacheEntry.objects.get(organization=organization, key=chosen.match_key)
    assert cache.factor_id == factor.pk
    # Every row with the key reads the new match, in both uploads.
    fuel = Activity.objects.filter(match_key=chosen.match_key).select_related("match")
    assert fuel.count() == 3
    assert {a.factor_id for a in fuel} == {factor.pk}
    # Open-period rows are recalculated with it; the closed period's row keeps its
    # frozen result; the other key's result is untouched.
    assert set(
        Emission.objects.filter(
            upload=may, activity__match_key=chosen.match_key
        ).values_list("factor_id", flat=True)
    ) == {factor.pk}
    kept = Emission.objects.get(upload=march)
    assert (kept.factor_id, kept.co2e_kg, kept.calculated_at) == (
        closed_result.factor_id,
        closed_result.co2e_kg,
        closed_result.calculated_at,
    )
    assert closed_result.factor_id != factor.pk
    after = Emission.objects.get(pk=electricity.pk)
    assert after.calculated_at == electricity.calculated_at


def test_rows_without_a_date_are_in_no_closed_period(
    organization, factors, django_capture_on_commit_callbacks
):
    upload = _run(
        organization,
        [["description", "quantity", "unit"], ["Generator fuel", "50", "litres"]],
        django_capture_on_commit_callbacks,
    )
    period_close(
        organization=organization,
        user=None,
        start=date(2020, 1, 1),
        end=date(2030, 12, 31),
    )
    factor = EmissionFactor.objects.current().get(
        source="desnz", external_id="1_101_1014_8_1"
    )
    activity_match_override(activity=Activity.objects.get(upload=upload), factor=factor)
    assert Emission.objects.get(upload=upload).factor_id == factor.pk


def test_calculation_reads_the_key_match(
    organization, factors, django_capture_on_commit_callbacks
):
    """Results follow the key's factor when an upload is calculated again."""
    upload = _run(
        organization,
        [HEADER, ["Electricity", "100", "kWh", "2024-05-12", "UK"]],
        django_capture_on_commit_callbacks,
    )
    activity = Activity.objects.get(upload=upload)
    other = (
        EmissionFactor.objects.current()
        .filter(dimension=Emission.objects.get(upload=upload).factor.dimension)
        .exclude(pk=Emission.objects.get(upload=upload).factor_id)
        .first()
    )
    ActivityKey.objects.filter(
        organization=organization, key=activity.match_key
    ).update(factor=other)
    emissions_calculate(upload_id=upload.pk)
    assert Emission.objects.get(upload=upload).factor_id == other.pk
