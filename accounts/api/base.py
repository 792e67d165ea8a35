"""Base API views: the caller's organization, resolved once per request."""

from rest_framework.views import APIView

from carbon.core.api.pagination import PageNumberPagination


class OrganizationApi(APIView):
    """Every organization-scoped API view derives from this and passes
    `self.organization` to selectors and services."""

    # Lists paginate by hand (views call the paginator); naming the class here
    # makes the OpenAPI schema describe the envelope they really answer.
    pagination_class = PageNumberPagination

    @property
    def organization(self):
        return self.request.user.membership.organization
