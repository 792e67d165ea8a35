"""Browser tests: Playwright driving Debian's chromium against pytest-django's live server.

Screenshots of every step are kept under test-artifacts/browser/ (git-ignored).
"""

import os
import re
import shutil
from pathlib import Path

import pytest

from accounts.models import Role
from tests.accounts.factories import PASSWORD, MembershipFactory, OrganizationFactory

# Playwright's sync API runs an event loop in this thread; the ORM calls made by the
# test body itself are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-dev-shm-usage",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(
            "Debian's chromium is not installed (apt-get install chromium); "
            "browser tests skipped"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server, request):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 1280, "height": 900}
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    folder = ARTIFACTS / re.sub(r"[^\w.-]+", "_", request.node.name)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    steps = {"n": 0}

    def snap(name: str) -> None:
        steps["n"] += 1
        page.screenshot(
            path=str(folder / f"{steps['n']:02d}-{name}.png"), full_page=True
        )

    page.snap = snap
    yield page
    context.close()


@pytest.fixture
def browser_org(transactional_db):
    return OrganizationFactory(name="Browser Test Energy")


@pytest.fixture
def browser_user(browser_org):
    def make(role: str = Role.ADMIN):
        return MembershipFactory(organization=browser_org, role=role).user

    return make


@pytest.fixture
def login(page):
    def do(user) -> None:
        page.goto("/accounts/login/")
        page.get_by_label("Email").fill(user.email)
        page.get_by_label("Password").fill(PASSWORD)
        page.snap("login-form")
        page.get_by_role("button", name=re.compile("sign in", re.I)).click()
        page.wait_for_load_state("networkidle")

    return do
