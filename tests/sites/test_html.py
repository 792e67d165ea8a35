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


def test_site_page_shows_metrics_and_alerts(client, api, member, organization):
    from decimal import Decimal

    from sites.services.outbox import outbox_relay
    from tests.sites.helpers import batch, post, stamp

    site = SiteFactory(organization=organization, emission_limit=Decimal(1))
    body = batch(site, [{"timestamp": stamp(5), "value": "2"}])
    post(api, body)
    post(api, body)
    outbox_relay()
    client.force_login(member(Role.VIEWER))
    page = client.get(f"/sites/{site.pk}/").content.decode()
    assert "Limit Exceeded" in page
    assert "Duplicates rejected</dt><dd>1</dd>" in page
    assert "exceeded its limit" in page


def test_site_page_names_alerts_and_rounds_totals(client, api, member, organization):
    from decimal import Decimal

    from sites.services.outbox import outbox_relay
    from tests.sites.helpers import batch, post, stamp

    site = SiteFactory(organization=organization, emission_limit=Decimal(1000))
    post(api, batch(site, [{"timestamp": stamp(5), "value": "1234.567"}]))
    outbox_relay()
    client.force_login(member(Role.VIEWER))
    page = client.get(f"/sites/{site.pk}/").content.decode()
    assert "<strong>Site limit exceeded</strong>" in page
    assert "site.limit_exceeded" not in page
    assert '<p class="big" id="site-total">1,235</p>' in page
    assert "kg CH4 of 1,000 kg limit" in page
    assert "exceeded its limit of 1,000 kg CH4: 1,235 kg CH4 to date." in page
