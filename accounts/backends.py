"""Sign-in backends: Django's and allauth's, refusing a member whose membership is
not active (invited, deactivated). `get_user` runs on every request, so a
deactivated member's open session ends with their next request."""

from allauth.account import auth_backends
from django.contrib.auth import backends

from accounts.models import User
from accounts.permissions import may_sign_in


class _MemberCheck:
    def user_can_authenticate(self, user) -> bool:
        return super().user_can_authenticate(user) and may_sign_in(user)

    def get_user(self, user_id):
        # One query for the user, their membership and organization: every page
        # and role check reads them next.
        user = (
            User.objects.select_related("membership__organization")
            .filter(pk=user_id)
            .first()
        )
        return user if user is not None and self.user_can_authenticate(user) else None


class ModelBackend(_MemberCheck, backends.ModelBackend):
    pass


class AuthenticationBackend(_MemberCheck, auth_backends.AuthenticationBackend):
    pass
