import pytest

from accounts.models import Role
from tests.sites.factories import SiteFactory

pytestmark = pytest.mark.django_db


def test_member_sees_own_site_page(client, member, organization):
    site = SiteFactory(organization=organization)
    client.force_login(member(Role.VIEWER))
    response = client.get(f"/sites/{site.pk}/")
    assert response.status_code == 200
    assert site.name in response.content.decode()


def test_other_organizations_site_page_is_404(client, member, other_organization):
    site = SiteFactory(organization=other_organization)
    client.force_login(member(Role.ADMIN))
    assert client.get(f"/sites/{site.pk}/").status_code == 404


def test_supplier_cannot_open_sites_pages(client, member, organization):
    site = SiteFactory(organization=organization)
    client.force_login(member(Role.SUPPLIER))
    assert client.get("/sites/").status_code == 403
    assert client.get(f"/sites/{site.pk}/").status_code == 403


def test_anonymous_is_sent_to_login(client):
    response = client.get("/sites/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_login_page_and_admin_are_served(client):
    assert client.get("/accounts/login/").status_code == 200
    assert client.get("/admin/login/").status_code == 200
