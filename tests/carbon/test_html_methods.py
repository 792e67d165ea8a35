import re
import uuid

import pytest
from django.apps import apps
from django.db import connection
from django.test import Client
from django.urls import converters

from tests.accounts.factories import OrganizationFactory
from tests.urlconf import url_patterns_walk

pytestmark = pytest.mark.django_db

SKIPPED_PREFIXES = ("api/", "admin/", "accounts/", "static/")

# Pages that only read: GET and HEAD, nothing else.
READ_ONLY = {
    "home",
    "healthz",
    "readyz",
    "metrics",
    "sites:detail",
    "reporting:upload-detail",
    "activities:detail",
    "inventory:page",
    "inventory:report",
    "jobs:list",
    "mrv:dashboard",
    "mrv:upload-detail",
    "registry:list",
    "registry:export",
    "registry:sitemap",
    "registry:project",
    "registry:document",
    "registry:certificate",
    "registry:holdings",
    "factors:list",
    "factors:detail",
    "factors:pick",
}
# Pages whose GET only reads and shows a form; the form's POST changes state.
FORM_PAGES = {
    "sites:list",
    "ingestion:upload-list",
    "ingestion:upload-mapping",
    "matching:review",
    "matching:review-groups",
    "mrv:plants",
    "mrv:plant",
    "mrv:upload",
    "registry:ingestion-issues",
    "registry:work",
    "registry:work-detail",
    "members:list",
    "members:accept",
    "inventory:supplier-factors",
    "inventory:classification",
}
# Every other HTML URL changes state and answers POST only.

DUMMIES = {
    converters.UUIDConverter: uuid.UUID("00000000-0000-4000-8000-000000000000"),
    converters.IntConverter: 1,
    converters.SlugConverter: "approve",
    converters.StringConverter: "dummy",
    converters.PathConverter: "dummy/path",
}
PLACEHOLDER = re.compile(r"<(?:[^>:]+:)?(?P<name>[^>]+)>")
# The login session is not the data a page may change.
UNWATCHED_TABLES = {"django_session"}


def _html_urls():
    for name, route, pattern in url_patterns_walk(SKIPPED_PREFIXES):
        yield name, _fill(route, pattern.pattern.converters)


def _fill(route: str, found: dict) -> str:
    def dummy(match):
        converter = found[match["name"]]
        return converter.to_url(DUMMIES[type(converter)])

    return "/" + PLACEHOLDER.sub(dummy, route)


HTML_URLS = sorted(_html_urls())
STATE_CHANGING = [(n, u) for n, u in HTML_URLS if n not in READ_ONLY | FORM_PAGES]
READ_PAGES = [(n, u) for n, u in HTML_URLS if n in READ_ONLY | FORM_PAGES]
ACCEPTS_POST = [(n, u) for n, u in HTML_URLS if n not in READ_ONLY]


def _writes() -> dict:
    tables = {model._meta.db_table for model in apps.get_models()}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, n_tup_ins, n_tup_upd, n_tup_del"
            " FROM pg_stat_xact_user_tables"
        )
        return {
            table: counts
            for table, *counts in cursor.fetchall()
            if table in tables - UNWATCHED_TABLES and any(counts)
        }


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    client.raise_request_exception = False
    return client


def test_the_walk_finds_every_listed_page():
    names = {name for name, _ in HTML_URLS}
    assert names >= READ_ONLY | FORM_PAGES
    assert {name for name, _ in STATE_CHANGING} >= {
        "mrv:statement-action",
        "mrv:statement-create",
        "mrv:upload-reprocess",
        "jobs:retry",
    }


def test_the_write_probe_sees_a_write(organization):
    before = _writes()
    OrganizationFactory()
    assert _writes() != before


@pytest.mark.parametrize(("name", "url"), STATE_CHANGING)
@pytest.mark.parametrize("method", ["get", "head"])
def test_state_changing_page_refuses_get(admin_client, name, url, method):
    response = getattr(admin_client, method)(url)
    assert response.status_code == 405, name
    assert response["Allow"] == "POST"


@pytest.mark.parametrize(("name", "url"), READ_PAGES)
def test_get_of_a_page_writes_nothing(
    admin_client, django_capture_on_commit_callbacks, name, url
):
    before = _writes()
    with django_capture_on_commit_callbacks() as callbacks:
        response = admin_client.get(url)
    assert response.status_code < 500, name
    assert _writes() == before, name
    assert callbacks == [], name


@pytest.mark.parametrize(("name", "url"), HTML_URLS)
@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_page_refuses_methods_it_does_not_declare(admin_client, name, url, method):
    assert getattr(admin_client, method)(url).status_code == 405, name


@pytest.mark.parametrize(
    ("name", "url"), [(n, u) for n, u in READ_PAGES if n in READ_ONLY]
)
def test_read_only_page_refuses_post(admin_client, name, url):
    assert admin_client.post(url).status_code == 405, name


@pytest.fixture
def csrf_client(admin_user):
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.force_login(admin_user)
    return client


@pytest.mark.parametrize(("name", "url"), ACCEPTS_POST)
def test_post_without_csrf_token_is_403(csrf_client, name, url):
    assert csrf_client.post(url, {"action": "approve"}).status_code == 403, name


@pytest.mark.parametrize(("name", "url"), ACCEPTS_POST)
def test_post_with_csrf_token_passes_the_check(csrf_client, name, url):
    csrf_client.get("/")
    token = csrf_client.cookies["csrftoken"].value
    response = csrf_client.post(url, {"csrfmiddlewaretoken": token})
    assert response.status_code not in (403, 405), name
