import pytest

pytestmark = pytest.mark.django_db


def test_login_page_does_not_offer_closed_sign_up(client, settings):
    settings.ACCOUNT_ALLOW_REGISTRATION = False
    body = client.get("/accounts/login/").content.decode()
    assert "sign up" not in body.lower()
    assert "ask your organization's admin to invite you" in body


def test_login_page_offers_sign_up_while_it_is_open(client, settings):
    settings.ACCOUNT_ALLOW_REGISTRATION = True
    body = client.get("/accounts/login/").content.decode()
    assert 'href="/accounts/signup/"' in body
