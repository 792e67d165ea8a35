import pytest

from accounts.models import Role
from reporting.registry.models import VerifierGrant
from tests.reporting.registry.factories import ProjectFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("role", "landing"),
    [
        (Role.SUPPLIER, "/uploads/"),
        (Role.BUYER, "/registry/holdings/"),
        (Role.VERIFIER, "/mrv/"),
    ],
)
def test_home_takes_each_role_to_its_work(client, member, role, landing):
    client.force_login(member(role))
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == landing
    assert client.get(landing).status_code == 200


@pytest.mark.parametrize("role", [Role.ADMIN, Role.ANALYST, Role.VIEWER])
def test_operations_roles_land_on_the_overview(client, member, role):
    client.force_login(member(role))
    response = client.get("/")
    assert response.status_code == 200
    assert "Overview" in response.content.decode()


def test_verifier_of_registry_projects_lands_on_registry_work(client, member):
    verifier = member(Role.VERIFIER)
    project = ProjectFactory()
    VerifierGrant.objects.create(
        project=project, verifier=verifier, granted_by=project.created_by
    )
    client.force_login(verifier)
    response = client.get("/")
    assert response["Location"] == "/registry/work/"


def test_login_lands_the_buyer_on_holdings(client, member):
    buyer = member(Role.BUYER)
    buyer.set_password("a long password 42")
    buyer.save()
    response = client.post(
        "/accounts/login/",
        {"login": buyer.email, "password": "a long password 42"},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/registry/holdings/"


@pytest.mark.parametrize(
    ("role", "shown", "hidden"),
    [
        (
            Role.BUYER,
            ["Holdings", "Registry", "Factors"],
            ["Overview", "Sites", "CO2 removal", "Jobs", "Review", "Members"],
        ),
        (
            Role.VERIFIER,
            ["Sites", "CO2 removal", "Jobs"],
            ["Overview", "Review", "Members"],
        ),
        (
            Role.SUPPLIER,
            ["Uploads", "Inventory"],
            ["Overview", "Sites", "CO2 removal", "Jobs", "Review"],
        ),
        (
            Role.ADMIN,
            ["Overview", "Sites", "CO2 removal", "Review", "Jobs", "Members"],
            [],
        ),
    ],
)
def test_navigation_offers_only_pages_the_role_may_open(
    client, member, role, shown, hidden
):
    client.force_login(member(role))
    nav = client.get("/factors/").content.decode().split("</nav>")[0]
    links = nav.split('aria-label="Main"')[1]
    assert all(f">{name}</a>" in links for name in shown)
    assert not any(f">{name}</a>" in links for name in hidden)


def test_header_names_the_role_in_words(client, member):
    client.force_login(member(Role.VIEWER))
    body = client.get("/factors/").content.decode()
    assert "<strong>Viewer</strong>" in body
