"""Recalculation as a previewed diff: a new factor version never changes stored
results until a person applies the preview; closed periods need an override."""

from decimal import Decimal

import pytest

from ingestion.models import Activity
from ingestion.services.uploads import upload_create
from matching.factors.models import EmissionFactor
from reporting.decisions import activity_match_override
from reporting.models import Emission, RecalculationRow
from tests.conftest import assert_problem
from tests.ingestion.helpers import csv_bytes, upload_file

pytestmark = pytest.mark.django_db
URL = "/api/v1/recalculations/"


@pytest.fixture
def calculated(organization, admin_user, factors, django_capture_on_commit_callbacks):
    rows = [
        ["description", "quantity", "unit", "date", "category"],
        ["Fleet fuel", "10", "US gallons", "2024-03-01", "Fleet"],
        ["Office", "100", "kWh", "2024-03-02", "Buildings"],
    ]
    with django_capture_on_commit_callbacks(execute=True):
        result = upload_create(
            organization=organization,
            file=upload_file(csv_bytes(rows)),
            user=admin_user,
        )
    upload_id = str(result.upload.pk)
    fuel = Activity.objects.get(upload_id=upload_id, description="Fleet fuel")
    old = EmissionFactor.objects.current().get(
        source="desnz", external_id="1_101_1011_8_1"
    )
    activity_match_override(activity=fuel, factor=old)
    return {"upload_id": upload_id, "fuel": fuel, "old": old}


def _new_version(old: EmissionFactor, ratio: str) -> EmissionFactor:
    """Load a new version of the factor set (one factor is enough here)."""
    EmissionFactor.objects.filter(source=old.source).update(is_current=False)
    new = EmissionFactor.objects.get(pk=old.pk)
    new.pk = None
    new.version = "2025-test"
    new.kg_co2e_per_unit = old.kg_co2e_per_unit * Decimal(ratio)
    new.is_current = True
    new.save()
    return new


def test_preview_changes_nothing_and_apply_keeps_history(api, calculated):
    before = Emission.objects.get(activity=calculated["fuel"])
    new = _new_version(calculated["old"], "1.1")
    assert Emission.objects.get(activity=calculated["fuel"]).co2e_kg == before.co2e_kg

    preview = api.post(URL, {"upload": calculated["upload_id"]}, format="json")
    assert preview.status_code == 201, preview.content
    body = preview.json()
    assert body["status"] == "previewed"
    assert body["rows_changed"] == 1
    expected_after = Decimal(body["total_before"]) + before.co2e_kg * Decimal("0.1")
    assert abs(Decimal(body["total_after"]) - expected_after) < Decimal("0.001")
    assert body["largest_changes"][0]["group"] == "Fleet"
    assert Emission.objects.get(activity=calculated["fuel"]).co2e_kg == before.co2e_kg

    applied = api.post(f"{URL}{body['id']}/apply/")
    assert applied.status_code == 200, applied.content
    assert applied.json()["status"] == "applied"
    after = Emission.objects.get(activity=calculated["fuel"])
    assert after.factor_id == new.pk
    assert after.factor_version == "2025-test"
    assert abs(after.co2e_kg - before.co2e_kg * Decimal("1.1")) < Decimal("0.001")
    history = RecalculationRow.objects.get(recalculation_id=body["id"])
    assert history.old_co2e_kg == before.co2e_kg
    assert history.old_factor_id == calculated["old"].pk
    assert_problem(api.post(f"{URL}{body['id']}/apply/"), 409, "conflict")


def test_closed_period_needs_an_override_note(api, calculated):
    _new_version(calculated["old"], "0.9")
    closed = api.post(
        "/api/v1/closed-periods/",
        {"start": "2024-01-01", "end": "2024-03-31", "note": "Q1 filed"},
        format="json",
    )
    assert closed.status_code == 201
    refused = api.post(URL, {"upload": calculated["upload_id"]}, format="json")
    body = assert_problem(refused, 409, "conflict")
    assert body["errors"][0]["field"] == "override_note"
    allowed = api.post(
        URL,
        {"upload": calculated["upload_id"], "override_note": "Supplier restated"},
        format="json",
    )
    assert allowed.status_code == 201
    assert allowed.json()["rows_changed"] == 1


def test_scope_is_required_and_other_organizations_are_404(
    api, calculated, api_client_for, member, other_organization
):
    assert_problem(api.post(URL, {}, format="json"), 400, "validation_error")
    preview = api.post(URL, {"upload": calculated["upload_id"]}, format="json").json()
    stranger = api_client_for(member(org=other_organization))
    assert stranger.get(f"{URL}{preview['id']}/").status_code == 404
    assert stranger.post(f"{URL}{preview['id']}/apply/").status_code == 404
    assert (
        stranger.post(
            URL, {"upload": calculated["upload_id"]}, format="json"
        ).status_code
        == 404
    )


def _new_versions(*factors_and_ratios) -> list[EmissionFactor]:
    """A new version of the DESNZ set holding the given factors, each value x its
    ratio (the rest of the set is gone from it)."""
    EmissionFactor.objects.filter(source="desnz").update(is_current=False)
    news = []
    for old, ratio in factors_and_ratios:
        new = EmissionFactor.objects.get(pk=old.pk)
        new.pk = None
        new.version = "2025-test"
        new.kg_co2e_per_unit = old.kg_co2e_per_unit * Decimal(ratio)
        new.is_current = True
        new.save()
        news.append(new)
    return news


def _wtt_diesel():
    return EmissionFactor.objects.get(
        source="desnz", external_id="11_101_1011_8_1", is_current=True
    )


def test_recalculation_moves_wtt_to_the_new_versions_counterpart(api, calculated):
    from reporting.services import emissions_recalculate

    before = Emission.objects.get(activity=calculated["fuel"])
    # By hand: 10 US gallons = 37.85411784 litres (multiplier 3.785411784).
    # Old WTT 0.61101 kg/litre: 37.85411784 x 0.61101 = 23.129245 kg.
    assert before.wtt_co2e_kg == Decimal("23.129245")
    new, new_wtt = _new_versions((calculated["old"], "1.1"), (_wtt_diesel(), "1.2"))
    preview = api.post(URL, {"upload": calculated["upload_id"]}, format="json")
    assert preview.status_code == 201, preview.content
    body = preview.json()
    assert body["rows_changed"] == 1
    row = RecalculationRow.objects.get(recalculation_id=body["id"])
    # New WTT 0.61101 x 1.2 = 0.733212 kg/litre:
    # 37.85411784 x 0.733212 = 27.7550934497 -> 27.755093 kg.
    assert (row.old_wtt_factor_id, row.old_wtt_co2e_kg) == (
        before.wtt_factor_id,
        Decimal("23.129245"),
    )
    assert row.new_wtt_factor_id == new_wtt.pk
    assert row.new_wtt_factor_value == Decimal("0.733212")
    assert row.new_wtt_co2e_kg == Decimal("27.755093")
    unchanged = Emission.objects.get(activity=calculated["fuel"])
    assert unchanged.wtt_co2e_kg == Decimal("23.129245")

    assert api.post(f"{URL}{body['id']}/apply/").status_code == 200
    after = Emission.objects.get(activity=calculated["fuel"])
    assert (after.factor_id, after.wtt_factor_id) == (new.pk, new_wtt.pk)
    assert after.wtt_factor_value == Decimal("0.733212")
    assert after.wtt_co2e_kg == Decimal("27.755093")
    # Consistent: calculating the line from scratch gives the same figures.
    emissions_recalculate(activity_ids=[calculated["fuel"].pk])
    fresh = Emission.objects.get(activity=calculated["fuel"])
    assert (fresh.factor_id, fresh.co2e_kg) == (after.factor_id, after.co2e_kg)
    assert (fresh.wtt_factor_id, fresh.wtt_co2e_kg) == (
        after.wtt_factor_id,
        after.wtt_co2e_kg,
    )


def test_a_version_that_changes_only_the_wtt_factor_is_a_change(api, calculated):
    before = Emission.objects.get(activity=calculated["fuel"])
    _new_versions((calculated["old"], "1"), (_wtt_diesel(), "1.2"))
    body = api.post(URL, {"upload": calculated["upload_id"]}, format="json").json()
    assert body["rows_changed"] == 1
    # The combustion part is the same; the total is Scope 1-3 co2e_kg.
    assert body["total_after"] == body["total_before"]
    api.post(f"{URL}{body['id']}/apply/")
    after = Emission.objects.get(activity=calculated["fuel"])
    assert after.co2e_kg == before.co2e_kg
    assert after.wtt_co2e_kg == Decimal("27.755093")


def test_apply_refuses_when_the_wtt_part_changed_since_the_preview(api, calculated):
    _new_versions((calculated["old"], "1.1"), (_wtt_diesel(), "1.2"))
    body = api.post(URL, {"upload": calculated["upload_id"]}, format="json").json()
    Emission.objects.filter(activity=calculated["fuel"]).update(
        wtt_co2e_kg=Decimal("1.000000")
    )
    assert_problem(api.post(f"{URL}{body['id']}/apply/"), 409, "conflict")
