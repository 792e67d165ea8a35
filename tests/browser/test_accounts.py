import re

import pytest

from accounts.models import Role

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_admin_logs_in_and_creates_a_site(page, login, browser_user):
    login(browser_user(Role.ADMIN))
    page.snap("home")
    assert page.get_by_role("heading", name="Browser Test Energy").is_visible()
    page.get_by_role("navigation").get_by_role("link", name="Sites").click()
    page.get_by_label("Name").fill("Pad 12")
    page.get_by_label("Emission limit (kg CH4)").fill("250")
    page.snap("site-form")
    page.get_by_role("button", name="Create site").click()
    page.wait_for_url(re.compile(r"/sites/[0-9a-f-]{36}/$"))
    page.snap("site-created")
    assert page.get_by_role("heading", name="Pad 12").is_visible()


def test_supplier_cannot_reach_sites(page, login, browser_user, live_server):
    login(browser_user(Role.SUPPLIER))
    page.snap("supplier-home")
    nav = page.get_by_role("navigation")
    assert nav.get_by_role("link", name="Uploads").is_visible()
    assert nav.get_by_role("link", name="Sites").count() == 0
    response = page.goto("/sites/")
    page.snap("supplier-sites-forbidden")
    assert response.status == 403
