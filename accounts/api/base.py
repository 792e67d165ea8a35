"""Base API views: the caller's organization, resolved once per request."""

from rest_framework.views import APIView


class OrganizationApi(APIView):
    """Every organization-scoped API view derives from this and passes
    `self.organization` to selectors and services."""

    @property
    def organization(self):
        return self.request.user.membership.organization
