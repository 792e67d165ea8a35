import pytest
from django.core.cache import cache

from accounts.models import Role
from tests.accounts.factories import PASSWORD
from tests.conftest import assert_problem

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clear_throttles():
    cache.clear()
    yield
    cache.clear()


def test_token_for_right_credentials_authenticates_api_calls(anonymous_api, admin_user):
    response = anonymous_api.post(
        "/api/v1/auth/token/",
        {"email": admin_user.email, "password": PASSWORD},
        format="json",
    )
    assert response.status_code == 200
    token = response.json()["token"]
    anonymous_api.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    me = anonymous_api.get("/api/v1/me/")
    assert me.status_code == 200
    assert me.json() == {
        "email": admin_user.email,
        "role": "admin",
        "organization": {
            "id": str(admin_user.membership.organization_id),
            "name": admin_user.membership.organization.name,
        },
    }


@pytest.mark.parametrize(
    ("password", "status", "code"),
    [("wrong-password", 401, "not_authenticated"), ("", 400, "validation_error")],
)
def test_wrong_password_is_a_problem(anonymous_api, admin_user, password, status, code):
    response = anonymous_api.post(
        "/api/v1/auth/token/",
        {"email": admin_user.email, "password": password},
        format="json",
    )
    assert_problem(response, status, code)


def test_token_endpoint_is_rate_limited(anonymous_api, admin_user):
    for _ in range(5):
        anonymous_api.post(
            "/api/v1/auth/token/",
            {"email": admin_user.email, "password": "x"},
            format="json",
        )
    response = anonymous_api.post(
        "/api/v1/auth/token/",
        {"email": admin_user.email, "password": PASSWORD},
        format="json",
    )
    assert_problem(response, 429, "rate_limited")
    assert int(response["Retry-After"]) > 0


def test_bad_token_is_401(anonymous_api):
    anonymous_api.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    body = assert_problem(anonymous_api.get("/api/v1/me/"), 401, "not_authenticated")
    assert "errors" not in body


def test_missing_credentials_is_401_with_challenge(anonymous_api):
    response = anonymous_api.get("/api/v1/me/")
    assert_problem(response, 401, "not_authenticated")
    assert response["WWW-Authenticate"] == "Token"


@pytest.mark.parametrize(
    ("role", "method", "status"),
    [
        (Role.ADMIN, "post", 201),
        (Role.ANALYST, "post", 201),
        (Role.VIEWER, "post", 403),
        (Role.VERIFIER, "post", 403),
        (Role.SUPPLIER, "post", 403),
        (Role.VIEWER, "get", 200),
        (Role.VERIFIER, "get", 200),
        (Role.SUPPLIER, "get", 403),
    ],
)
def test_role_permissions_on_sites(member, api_client_for, role, method, status):
    client = api_client_for(member(role))
    if method == "post":
        response = client.post(
            "/api/v1/sites/",
            {"name": f"Pad {role}", "emission_limit": "10"},
            format="json",
        )
    else:
        response = client.get("/api/v1/sites/")
    assert response.status_code == status


@pytest.mark.parametrize("role", [Role.SUPPLIER, Role.VIEWER])
def test_forbidden_role_gets_permission_problem(member, api_client_for, role):
    client = api_client_for(member(role))
    response = client.post(
        "/api/v1/sites/", {"name": "x", "emission_limit": "1"}, format="json"
    )
    assert_problem(response, 403, "permission_denied")


def test_only_admins_retry_jobs(member, api_client_for):
    client = api_client_for(member(Role.ANALYST))
    response = client.post("/api/v1/jobs/00000000-0000-0000-0000-000000000000/retry/")
    assert_problem(response, 403, "permission_denied")
