import re

import pytest

from accounts.models import Role

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_verifier_lands_on_co2_removal_after_login(page, login, browser_user):
    login(browser_user(Role.VERIFIER))
    page.snap("verifier-landing")
    assert re.search(r"/mrv/$", page.url)
    assert page.get_by_role("heading", name="CO2 removal (MRV)").is_visible()
    nav = page.get_by_role("navigation", name="Main")
    assert nav.get_by_role("link", name="CO2 removal").is_visible()
    assert nav.get_by_role("link", name="Overview").count() == 0
    assert nav.get_by_role("link", name="Review").count() == 0


def test_buyer_lands_on_holdings_after_login(page, login, browser_user):
    login(browser_user(Role.BUYER))
    page.snap("buyer-landing")
    assert re.search(r"/registry/holdings/$", page.url)
    assert page.get_by_role("heading", name="Holdings", exact=True).is_visible()
    nav = page.get_by_role("navigation", name="Main")
    assert nav.get_by_role("link", name="Holdings").is_visible()
    for hidden in ("Overview", "Sites", "CO2 removal", "Jobs"):
        assert nav.get_by_role("link", name=hidden).count() == 0
    page.get_by_role("link", name="Carbon").click()
    page.wait_for_url(re.compile(r"/registry/holdings/$"))
