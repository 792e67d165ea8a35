import csv
import io

import pytest
from django.apps import apps
from django.contrib import admin
from django.test import Client
from django.urls import reverse

from accounts.models import User
from tests.reporting.registry.conftest import project_body
from tests.reporting.registry.helpers import BASE, ok, published_project

pytestmark = pytest.mark.django_db


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_work_pages_follow_the_policy(people, api_client_for):
    pid = ok(
        api_client_for(people["supplier"]).post(f"{BASE}/projects/", project_body()),
        201,
    )["id"]
    url = reverse("registry:work-detail", kwargs={"project_id": pid})
    assert logged_in(people["supplier"]).get(url).status_code == 200
    assert logged_in(people["staff"]).get(url).status_code == 200
    assert logged_in(people["verifier"]).get(url).status_code == 404
    assert logged_in(people["buyer"]).get(url).status_code == 404
    assert Client().get(url).status_code == 302


def test_work_page_action_errors_become_messages(people, api_client_for):
    pid = ok(
        api_client_for(people["supplier"]).post(f"{BASE}/projects/", project_body()),
        201,
    )["id"]
    url = reverse("registry:work-detail", kwargs={"project_id": pid})
    response = logged_in(people["supplier"]).post(
        url, {"action": "publish"}, follow=True
    )
    assert response.status_code == 200
    assert b"Only registry staff may do this." in response.content


def test_buyer_sees_buyer_fields_on_the_public_page(people, api_client_for):
    project = published_project(people, api_client_for)
    url = reverse("registry:project", kwargs={"project_id": project["registry_id"]})
    assert b"Detailed description." not in Client().get(url).content
    assert b"Detailed description." in logged_in(people["buyer"]).get(url).content


def test_public_list_paginates_and_htmx_gets_the_fragment(people, api_client_for):
    published_project(people, api_client_for)
    page = Client().get("/registry/?ordering=name")
    assert b"Highland Basalt Spreading" in page.content
    fragment = Client().get("/registry/", HTTP_HX_REQUEST="true")
    assert fragment.content.lstrip().startswith(b'<div id="results"')


def test_sitemap_and_export(people, api_client_for):
    project = published_project(people, api_client_for)
    sitemap = Client().get("/registry/sitemap.xml")
    assert sitemap["Content-Type"] == "application/xml"
    assert f"/registry/projects/{project['registry_id']}/".encode() in sitemap.content
    export = Client().get("/registry/export.csv")
    lines = export.content.decode().splitlines()
    assert lines[0].startswith("registry_id,name,methodology")
    assert project["registry_id"] in lines[1]


@pytest.mark.parametrize(
    "name", ['=HYPERLINK("http://evil.test","Open")', "+SUM(1)", "-2+3", "@SUM(A1)"]
)
def test_export_cells_cannot_be_formulas(people, api_client_for, name):
    published_project(
        people,
        api_client_for,
        name=name,
        region="=1+1",
        visibility={"location": "public"},
    )
    export = Client().get("/registry/export.csv").content.decode()
    (row,) = csv.DictReader(io.StringIO(export))
    assert row["name"] == "'" + name
    assert row["region"] == "'=1+1"
    assert row["longitude"] == "-4.7"


@pytest.mark.parametrize(
    "model", list(apps.get_app_config("registry").get_models()), ids=str
)
def test_every_registry_model_has_an_admin_changelist(client, model):
    client.force_login(User.objects.create_superuser("root@x.test", "x-secret-1"))
    assert model in admin.site._registry
    url = reverse(f"admin:registry_{model._meta.model_name}_changelist")
    assert client.get(url).status_code == 200


def test_demo_seed_publishes_one_project_and_is_idempotent(settings):
    from reporting.registry.demo import registry_demo_seed

    settings.REGISTRY_OPERATOR_ORGANIZATION = "CCX Demo Test"
    assert registry_demo_seed(password="demo-password-2026") == 3
    assert registry_demo_seed(password="demo-password-2026") == 0
    listed = Client().get("/api/public/v1/projects/").json()
    assert [p["name"] for p in listed["results"]] == ["Highland Basalt Spreading"]
    assert listed["results"][0]["credits_retired"] == 100


def test_public_pages_are_rate_limited_for_anonymous_callers(
    people, api_client_for, settings
):
    published_project(people, api_client_for)
    client = Client()
    settings.REGISTRY_PUBLIC_RATE = "1/min"
    client.get("/registry/sitemap.xml")
    throttled = client.get("/registry/sitemap.xml")
    assert throttled.status_code == 429
    assert int(throttled["Retry-After"]) >= 1
    assert logged_in(people["buyer"]).get("/registry/sitemap.xml").status_code == 200


def test_pages_show_words_not_codes(people, api_client_for):
    project = published_project(people, api_client_for)
    listing = Client().get("/registry/").content.decode()
    assert '<option value="published" selected>Newest first</option>' in listing
    assert '<option value="-published">Oldest first</option>' in listing
    assert f'<span class="badge {project["status"]}">Registered</span>' in listing
    url = reverse("registry:work-detail", kwargs={"project_id": project["id"]})
    work = logged_in(people["supplier"]).get(url).content.decode()
    assert 'data-testid="state">Published</strong>' in work
    assert "In verification → Assessed" in work
