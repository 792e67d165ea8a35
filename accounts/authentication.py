"""API token authentication (`Authorization: Token <key>`)."""

from rest_framework import authentication, exceptions

from accounts.permissions import may_sign_in


class TokenAuthentication(authentication.TokenAuthentication):
    """DRF's token authentication, loading the user's membership and organization in
    the same query, and refusing a member whose membership is not active."""

    def authenticate_credentials(self, key):
        model = self.get_model()
        try:
            token = model.objects.select_related("user__membership__organization").get(
                key=key
            )
        except model.DoesNotExist:
            raise exceptions.AuthenticationFailed("Invalid token.") from None
        if not token.user.is_active or not may_sign_in(token.user):
            raise exceptions.AuthenticationFailed("User inactive or deleted.")
        return token.user, token
