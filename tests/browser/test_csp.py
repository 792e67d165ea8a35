import re
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from accounts.models import Role
from tests.sites.factories import SiteFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_pages_run_under_the_content_security_policy(
    page, login, browser_user, browser_org
):
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    site = SiteFactory(organization=browser_org, emission_limit=Decimal(10))
    login(browser_user(Role.ADMIN))
    page.goto(f"/sites/{site.pk}/")
    page.wait_for_load_state("networkidle")
    expect(page.locator("#monthly-chart")).to_be_attached()
    page.snap("site-detail")
    page.goto("/uploads/")
    page.snap("uploads")
    page.get_by_role("navigation").get_by_role("link", name=re.compile("Sites")).click()
    page.wait_for_load_state("networkidle")
    assert violations == []
