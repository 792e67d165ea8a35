import time

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings


class AccountAdapter(DefaultAccountAdapter):
    """Accounts are created by organization admins; open sign-up is off by default."""

    def is_open_for_signup(self, request) -> bool:
        return settings.ACCOUNT_ALLOW_REGISTRATION

    def _get_login_attempts_cache_key(self, request, **credentials) -> str:
        # allauth counts failed logins per account; keyed by client too, so wrong
        # passwords from one address do not lock the owner out from another.
        account = super()._get_login_attempts_cache_key(request, **credentials)
        return f"{account}:{self.get_client_ip(request)}"

    def authentication_failed(self, request, **credentials) -> None:
        # A fixed delay per wrong password slows a guesser on every address.
        time.sleep(settings.LOGIN_FAILED_DELAY_SECONDS)
