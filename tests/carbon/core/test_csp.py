import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

pytestmark = pytest.mark.django_db

TEMPLATES = Path(settings.BASE_DIR) / "templates"


def _policy(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    return {
        part.split()[0]: part.split()[1:]
        for part in (piece.strip() for piece in header.split(";"))
        if part
    }


def test_html_pages_carry_a_policy_without_inline_scripts():
    response = Client().get("/accounts/login/", secure=True)
    assert response.status_code == 200
    policy = _policy(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]


def test_signed_in_pages_carry_the_policy(client, admin_user):
    client.force_login(admin_user)
    response = client.get("/sites/", secure=True)
    assert response.status_code == 200
    assert "'unsafe-inline'" not in _policy(response)["script-src"]


@pytest.mark.parametrize(
    "template", sorted(TEMPLATES.rglob("*.html")), ids=lambda p: p.name
)
def test_templates_have_no_inline_scripts_or_handlers(template):
    text = template.read_text()
    for tag in re.findall(r"<script\b[^>]*>", text):
        assert "src=" in tag, (template, tag)
    assert not re.search(r"\son[a-z]+\s*=", text), template


def test_api_docs_load_everything_from_the_project():
    page = Client().get("/api/docs/", secure=True)
    assert page.status_code == 200
    assert _policy(page)["script-src"] == ["'self'"]
    assert b"<script>" not in page.content
    assets = re.findall(rb'(?:src|href)="([^"]+)"', page.content)
    assert assets
    assert all(not asset.startswith((b"http:", b"https:", b"//")) for asset in assets)
    init = re.search(rb'<script src="([^"]*script=[^"]*)"', page.content)[1]
    script = Client().get(init.decode().replace("&amp;", "&"), secure=True)
    assert script.status_code == 200
    assert script["Content-Type"].startswith("application/javascript")
