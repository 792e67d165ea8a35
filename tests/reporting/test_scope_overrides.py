import datetime

import pytest

from accounts.models import Role
from ingestion.models import Activity
from ingestion.services.uploads import upload_create
from matching.factors.models import EmissionFactor
from reporting.decisions import activity_match_override
from reporting.models import Emission, ScopeOverride
from reporting.recalculation import period_close
from reporting.services import scope_override_set
from tests.conftest import assert_problem
from tests.ingestion.helpers import csv_bytes, upload_file

pytestmark = pytest.mark.django_db

HEADER = ["description", "amount", "currency", "date", "category", "country"]
PAPER = ("epa_supply_chain", "322230")
FIELDS = {"id", "gl_account", "factor", "scope", "scope3_category", "note"}


@pytest.fixture
def lines(organization, factors, django_capture_on_commit_callbacks):
    """Two paper lines of GL account "Stationery" (2017 and 2018), matched by
    a person to the paper spend factor: Scope 3 category 1 by its class."""
    rows = [
        ["Office paper", "100.00", "GBP", "2017-02-01", "Stationery", "UK"],
        ["More paper", "100.00", "GBP", "2018-02-01", "Stationery", "UK"],
    ]
    with django_capture_on_commit_callbacks(execute=True):
        upload = upload_create(
            organization=organization, file=upload_file(csv_bytes([HEADER, *rows]))
        ).upload
    factor = EmissionFactor.objects.current().get(source=PAPER[0], external_id=PAPER[1])
    for activity in Activity.objects.filter(upload=upload):
        with django_capture_on_commit_callbacks(execute=True):
            activity_match_override(activity=activity, factor=factor)
    return factor


def _class(description):
    emission = Emission.objects.get(activity__description=description)
    return emission.scope, emission.scope3_category


def test_admin_posts_a_gl_account_override_and_its_lines_are_reclassified(api, lines):
    assert _class("Office paper") == ("3", 1)
    response = api.post(
        "/api/v1/scope-overrides/",
        {
            "gl_account": "Stationery",
            "scope": "3",
            "scope3_category": 2,
            "note": "Printed forms are capital goods here.",
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert set(body) == FIELDS | {"updated_at"}
    assert body["gl_account"] == "Stationery"
    assert body["factor"] is None
    assert (body["scope"], body["scope3_category"]) == ("3", 2)
    assert _class("Office paper") == ("3", 2)
    assert _class("More paper") == ("3", 2)
    listed = api.get("/api/v1/scope-overrides/").json()
    assert [item["id"] for item in listed["results"]] == [body["id"]]


def test_factor_override_by_external_id_names_the_current_factor(api, lines):
    response = api.post(
        "/api/v1/scope-overrides/",
        {"factor": "322230", "scope": "1"},
        format="json",
    )
    assert response.status_code == 201, response.content
    factor = response.json()["factor"]
    assert factor == {
        "id": str(lines.pk),
        "source": "epa_supply_chain",
        "external_id": "322230",
        "version": lines.version,
        "name": lines.name,
    }
    assert _class("Office paper") == ("1", None)


def test_factor_override_by_id_and_posting_again_replaces_it(api, lines):
    first = api.post(
        "/api/v1/scope-overrides/",
        {"factor": str(lines.pk), "scope": "2"},
        format="json",
    ).json()
    second = api.post(
        "/api/v1/scope-overrides/",
        {"factor": f"epa_supply_chain:{lines.external_id}", "scope": "1"},
        format="json",
    ).json()
    assert second["id"] == first["id"]
    assert ScopeOverride.objects.count() == 1
    assert _class("More paper") == ("1", None)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"scope": "1"}, "gl_account"),
        ({"gl_account": "Stationery", "factor": "322230", "scope": "1"}, "gl_account"),
        ({"gl_account": "Stationery", "scope": "3"}, "scope3_category"),
        (
            {"gl_account": "Stationery", "scope": "1", "scope3_category": 4},
            "scope3_category",
        ),
        ({"gl_account": "Stationery", "scope": "4"}, "scope"),
        ({"factor": "no-such-factor", "scope": "1"}, "factor"),
        ({"factor": "00000000-0000-4000-8000-000000000000", "scope": "1"}, "factor"),
    ],
)
def test_an_invalid_override_is_a_validation_problem(api, lines, body, field):
    response = api.post("/api/v1/scope-overrides/", body, format="json")
    problem = assert_problem(response, 400, "validation_error")
    assert field in {error["field"] for error in problem["errors"]}
    assert not ScopeOverride.objects.exists()
    assert _class("Office paper") == ("3", 1)


@pytest.mark.parametrize(
    ("role", "codes"),
    [
        (Role.ADMIN, (200, 201)),
        (Role.ANALYST, (200, 403)),
        (Role.VERIFIER, (200, 403)),
        (Role.VIEWER, (200, 403)),
        (Role.SUPPLIER, (403, 403)),
    ],
)
def test_admins_write_overrides_and_other_roles_read_them(
    api_client_for, member, lines, role, codes
):
    client = api_client_for(member(role))
    read = client.get("/api/v1/scope-overrides/")
    write = client.post(
        "/api/v1/scope-overrides/",
        {"gl_account": "Stationery", "scope": "1"},
        format="json",
    )
    assert (read.status_code, write.status_code) == codes


def test_analyst_may_not_delete_an_override(api_client_for, member, organization):
    override = ScopeOverride.objects.create(
        organization=organization, gl_account="Stationery", scope="1"
    )
    response = api_client_for(member(Role.ANALYST)).delete(
        f"/api/v1/scope-overrides/{override.pk}/"
    )
    assert_problem(response, 403, "permission_denied")
    assert ScopeOverride.objects.filter(pk=override.pk).exists()


def test_another_organizations_override_is_404_and_not_listed(api, other_organization):
    other = ScopeOverride.objects.create(
        organization=other_organization, gl_account="Stationery", scope="1"
    )
    assert_problem(api.delete(f"/api/v1/scope-overrides/{other.pk}/"), 404, "not_found")
    assert api.get("/api/v1/scope-overrides/").json()["results"] == []
    assert ScopeOverride.objects.filter(pk=other.pk).exists()


def test_another_organizations_override_never_applies(
    organization, other_organization, lines
):
    scope_override_set(
        organization=other_organization, gl_account="Stationery", scope="1"
    )
    assert _class("Office paper") == ("3", 1)


def test_deleting_an_override_reclassifies_back_outside_closed_periods(
    api, organization, admin_user, lines
):
    override = scope_override_set(
        organization=organization,
        gl_account="Stationery",
        scope="3",
        scope3_category=2,
    )
    assert _class("Office paper") == _class("More paper") == ("3", 2)
    period_close(
        organization=organization,
        user=admin_user,
        start=datetime.date(2017, 1, 1),
        end=datetime.date(2017, 12, 31),
    )
    response = api.delete(f"/api/v1/scope-overrides/{override.pk}/")
    assert response.status_code == 204
    assert not ScopeOverride.objects.exists()
    # The 2018 line goes back to the paper factor's class; the 2017 line is in
    # the closed period and keeps the class it was reported with.
    assert _class("More paper") == ("3", 1)
    assert _class("Office paper") == ("3", 2)


def test_override_outside_closed_period_only(organization, admin_user, lines):
    period_close(
        organization=organization,
        user=admin_user,
        start=datetime.date(2017, 1, 1),
        end=datetime.date(2017, 12, 31),
    )
    scope_override_set(organization=organization, gl_account="Stationery", scope="1")
    assert _class("Office paper") == ("3", 1)
    assert _class("More paper") == ("1", None)


# -- the page (/inventory/classification/) ---------------------------------------


def test_page_lists_overrides_and_admin_adds_one_with_the_form(
    client, admin_user, lines
):
    client.force_login(admin_user)
    page = client.get("/inventory/classification/")
    assert page.status_code == 200
    assert 'id="scope-override-form"' in page.content.decode()
    response = client.post(
        "/inventory/classification/",
        {"gl_account": "Stationery", "scope": "3", "scope3_category": "2"},
    )
    assert response.status_code == 302
    assert _class("Office paper") == ("3", 2)
    listed = client.get("/inventory/classification/").content.decode()
    assert "<code>Stationery</code>" in listed


def test_page_takes_the_factor_the_picker_posts(client, admin_user, lines):
    client.force_login(admin_user)
    response = client.post(
        "/inventory/classification/",
        {"factor": "", "factor-pick": str(lines.pk), "scope": "2"},
    )
    assert response.status_code == 302
    assert ScopeOverride.objects.get().factor_id == lines.pk
    assert _class("More paper") == ("2", None)


def test_page_shows_an_unknown_factor_as_a_form_error(client, admin_user, lines):
    client.force_login(admin_user)
    response = client.post(
        "/inventory/classification/", {"factor": "nope", "scope": "1"}
    )
    assert response.status_code == 400
    assert "No factor" in response.content.decode()
    assert not ScopeOverride.objects.exists()


def test_page_delete_reclassifies_back(client, organization, admin_user, lines):
    override = scope_override_set(
        organization=organization, gl_account="Stationery", scope="1"
    )
    client.force_login(admin_user)
    response = client.post(f"/inventory/classification/{override.pk}/delete/")
    assert response.status_code == 302
    assert _class("Office paper") == ("3", 1)


def test_analyst_sees_the_overrides_but_no_form_and_may_not_post(
    client, member, organization, lines
):
    scope_override_set(organization=organization, gl_account="Stationery", scope="1")
    client.force_login(member(Role.ANALYST))
    page = client.get("/inventory/classification/").content.decode()
    assert "<code>Stationery</code>" in page
    assert 'id="scope-override-form"' not in page
    response = client.post(
        "/inventory/classification/", {"gl_account": "Paper", "scope": "1"}
    )
    assert response.status_code == 403
    override = ScopeOverride.objects.get()
    assert (
        client.post(f"/inventory/classification/{override.pk}/delete/").status_code
        == 403
    )


def test_page_delete_of_another_organizations_override_is_404(
    client, admin_user, other_organization
):
    other = ScopeOverride.objects.create(
        organization=other_organization, gl_account="Stationery", scope="1"
    )
    client.force_login(admin_user)
    response = client.post(f"/inventory/classification/{other.pk}/delete/")
    assert response.status_code == 404
    assert ScopeOverride.objects.filter(pk=other.pk).exists()


def test_inventory_page_links_the_overrides(client, admin_user, organization):
    client.force_login(admin_user)
    page = client.get("/inventory/").content.decode()
    assert 'href="/inventory/classification/"' in page
