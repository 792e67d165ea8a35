import time

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client

from accounts.models import Role
from tests.accounts.factories import PASSWORD
from tests.conftest import assert_problem

pytestmark = pytest.mark.django_db

TOKEN_URL = "/api/v1/auth/token/"


@pytest.fixture(autouse=True)
def _clear_throttles():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def behind_one_proxy(settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}


def _token(client, email, password, forwarded_for):
    return client.post(
        TOKEN_URL,
        {"email": email, "password": password},
        format="json",
        HTTP_X_FORWARDED_FOR=forwarded_for,
    )


def _guess_five_times(client, email):
    for attempt in range(5):
        _token(client, email, "wrong", f"203.0.113.{attempt}")


def test_new_forwarded_for_buys_no_fresh_tries_without_proxies(
    anonymous_api, admin_user
):
    _guess_five_times(anonymous_api, admin_user.email)
    response = _token(anonymous_api, admin_user.email, PASSWORD, "198.51.100.7")
    assert_problem(response, 429, "rate_limited")


def test_account_is_throttled_across_forwarded_clients_behind_a_proxy(
    anonymous_api, admin_user, behind_one_proxy
):
    _guess_five_times(anonymous_api, admin_user.email)
    response = _token(anonymous_api, admin_user.email, PASSWORD, "198.51.100.7")
    assert_problem(response, 429, "rate_limited")
    assert "token" not in response.json()


def test_forwarded_client_is_throttled_per_address_behind_a_proxy(
    anonymous_api, member, behind_one_proxy
):
    first, second = member(Role.ANALYST), member(Role.ANALYST)
    for _ in range(5):
        _token(anonymous_api, first.email, "wrong", "203.0.113.9")
    throttled = _token(anonymous_api, second.email, PASSWORD, "203.0.113.9")
    other_client = _token(anonymous_api, second.email, PASSWORD, "198.51.100.7")
    assert_problem(throttled, 429, "rate_limited")
    assert other_client.status_code == 200


def test_account_throttle_ignores_case_and_spaces(anonymous_api, admin_user):
    client_addresses = iter(f"10.0.0.{n}" for n in range(1, 10))
    for variant in [admin_user.email.upper(), f" {admin_user.email} "] * 3:
        anonymous_api.post(
            TOKEN_URL,
            {"email": variant, "password": "wrong"},
            format="json",
            REMOTE_ADDR=next(client_addresses),
        )
    response = anonymous_api.post(
        TOKEN_URL,
        {"email": admin_user.email, "password": PASSWORD},
        format="json",
        REMOTE_ADDR=next(client_addresses),
    )
    assert_problem(response, 429, "rate_limited")


def _html_login(email, password, address):
    client = Client(REMOTE_ADDR=address)
    client.get("/accounts/login/")
    response = client.post("/accounts/login/", {"login": email, "password": password})
    return response


def test_wrong_html_logins_do_not_lock_the_owner_out(admin_user):
    for _ in range(6):
        _html_login(admin_user.email, "wrong", "203.0.113.5")
    attacker = _html_login(admin_user.email, PASSWORD, "203.0.113.5")
    owner = _html_login(admin_user.email, PASSWORD, "198.51.100.20")
    assert attacker.status_code == 200
    assert "_auth_user_id" not in attacker.client.session
    assert owner.status_code == 302
    assert owner.client.session["_auth_user_id"] == str(admin_user.pk)


def test_wrong_html_login_is_delayed(admin_user, settings):
    settings.LOGIN_FAILED_DELAY_SECONDS = 0.4
    started = time.monotonic()
    response = _html_login(admin_user.email, "wrong", "203.0.113.6")
    assert response.status_code == 200
    assert time.monotonic() - started >= 0.4


def test_html_login_failures_are_throttled_per_client(admin_user):
    assert settings.ACCOUNT_RATE_LIMITS["login_failed"].startswith("10/m/ip")
    for _ in range(10):
        _html_login(f"nobody-{_}@example.test", "wrong", "203.0.113.8")
    response = _html_login(admin_user.email, PASSWORD, "203.0.113.8")
    assert "_auth_user_id" not in response.client.session
    assert b"Too many failed login attempts" in response.content
