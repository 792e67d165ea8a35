import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from accounts.models import Role
from tests.accounts.factories import MembershipFactory, OrganizationFactory


@pytest.fixture
def organization(db):
    return OrganizationFactory()


@pytest.fixture
def other_organization(db):
    return OrganizationFactory()


@pytest.fixture
def member(organization):
    """member(role) -> a user of `organization` with that role."""

    def make(role: str = Role.ADMIN, org=None):
        return MembershipFactory(organization=org or organization, role=role).user

    return make


@pytest.fixture
def api_client_for():
    """api_client_for(user) -> an APIClient authenticated with the user's token."""

    def make(user):
        token, _ = Token.objects.get_or_create(user=user)
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
        return client

    return make


@pytest.fixture
def admin_user(member):
    return member(Role.ADMIN)


@pytest.fixture
def api(api_client_for, admin_user):
    return api_client_for(admin_user)


@pytest.fixture
def anonymous_api():
    return APIClient()


def assert_problem(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status
    assert body["code"] == code
    assert body["type"] == f"/api/problems/{code}"
    assert body["title"]
    assert "detail" in body
    assert body["request_id"] == response["X-Request-ID"]
    return body
