import re

import pytest
from playwright.sync_api import expect

from accounts.models import Role
from ingestion.models import Activity
from matching.factors.loaders import factor_library_load
from matching.factors.models import EmissionFactor
from matching.models import MatchCacheEntry
from tests.ingestion.factories import UploadFactory
from tests.matching.ai_factories import ActivityFactory, EmissionFactorFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_review_line_takes_a_factor_chosen_by_search(
    page, login, browser_user, browser_org
):
    factor_library_load()
    wire = EmissionFactorFactory(name="Wire manufacturing")
    line = ActivityFactory(
        upload=UploadFactory(organization=browser_org),
        description="Acct 4411 misc",
        factor=wire,
    )
    login(browser_user(Role.ANALYST))
    page.get_by_role("navigation").get_by_role("link", name="Review").click()
    # htmx binds the picker's search box once the deferred scripts have run; a
    # person typing sooner than that would have to type again.
    page.wait_for_load_state("load")
    row = page.locator("#review-table tr", has_text="Acct 4411 misc")
    expect(row).to_contain_text("Wire manufacturing")
    expect(row).not_to_contain_text("Natural gas")

    search = row.get_by_label(re.compile("Search all factors"))
    search.press_sequentially("natural gas")
    results = row.locator(".factor-results")
    expect(results.get_by_role("radio").first).to_be_visible()
    expect(results).to_contain_text("kg CO2e per kWh")
    page.snap("picker-results")
    choice = results.get_by_role("radio").first
    chosen = EmissionFactor.objects.get(pk=choice.get_attribute("value"))
    assert chosen.pk != wire.pk
    assert "natural gas" in f"{chosen.name} {chosen.category_path}".lower()
    choice.check()
    choice.evaluate("radio => radio.setAttribute('data-stale', '')")
    search.press("Enter")  # searches again, never submits the review form
    expect(results.locator("[data-stale]")).to_have_count(0)  # results replaced
    fresh = results.get_by_role("radio").first
    fresh.check()
    expect(fresh).to_be_checked()
    row.get_by_role("button", name="Use chosen").click()

    expect(page.locator(".messages")).to_contain_text("Overrode 1 row")
    expect(page.locator("#review-queue")).not_to_contain_text("Acct 4411 misc")
    page.snap("after-override")
    activity = Activity.objects.select_related("match").get(pk=line.pk)
    assert (activity.factor_id, activity.match_status) == (chosen.pk, "overridden")

    page.goto(f"/activities/{line.pk}/")
    expect(page.locator("#trail-factor")).to_contain_text(chosen.name)
    page.locator("#trail-factor").get_by_role(
        "link", name=re.compile("factor library")
    ).click()
    page.wait_for_url(f"**/factors/{chosen.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(chosen.name)
    page.snap("factor-page")

    page.get_by_role("link", name="← Factor library").click()
    page.get_by_label("Words").fill("pharmaceutical preparation")
    page.get_by_role("button", name="Search").click()
    table = page.locator("#factors-table")
    expect(table).to_contain_text("Pharmaceutical Preparation Manufacturing")
    expect(table).to_contain_text("kg CO2e per 2022 US dollar")
    page.snap("factor-library")


def test_review_line_offers_the_matchers_next_best_factors_with_their_reasons(
    page, login, browser_user, browser_org
):
    proposed = EmissionFactorFactory(name="Wire manufacturing")
    next_best = EmissionFactorFactory(name="Cable manufacturing")
    line = ActivityFactory(
        upload=UploadFactory(organization=browser_org),
        description="Acct 4411 misc",
        factor=proposed,
        match_method="ai_service_v1",
    )
    MatchCacheEntry.objects.create(
        organization=browser_org,
        key=line.match_key,
        description=line.description,
        unit="kWh",
        factor=proposed,
        confidence="0.1500",
        method="ai_service_v1",
        status="needs_review",
        rationale="Wire: description ~ wire (0.52).",
        alternatives=[
            {"factor_id": str(next_best.pk), "reason": "Cable: misc ~ cable (0.48)."}
        ],
    )
    login(browser_user(Role.ANALYST))
    page.goto("/matching/review/")
    row = page.locator("#review-table tr", has_text="Acct 4411 misc")
    offered = row.locator("fieldset.candidates label")
    expect(offered.first).to_contain_text("Wire: description ~ wire (0.52).")
    expect(offered.nth(1)).to_contain_text("Cable manufacturing")
    expect(offered.nth(1)).to_contain_text("Cable: misc ~ cable (0.48).")
    page.snap("model-alternatives")

    row.get_by_role("radio", name=re.compile("Cable manufacturing")).check()
    row.get_by_role("button", name="Use chosen").click()

    expect(page.locator(".messages")).to_contain_text("Overrode 1 row")
    activity = Activity.objects.select_related("match").get(pk=line.pk)
    assert (activity.factor_id, activity.match_status) == (next_best.pk, "overridden")
