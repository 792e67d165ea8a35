import time

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.internal.stagekit import clear_login
from django.conf import settings

from accounts.permissions import may_sign_in


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

    def pre_login(self, request, user, **kwargs):
        # allauth signs in a user whose backend check failed when `is_active` is
        # set; an invited or deactivated member gets the "inactive" page instead.
        if not may_sign_in(user):
            clear_login(request)
            return self.respond_user_inactive(request, user)
        return super().pre_login(request, user, **kwargs)
