"""Who may do what: every API view and HTML page asks for a capability
(accounts.roles.CAPABILITIES), and README's matrix is the table's.

Run with `-s` to see the matrix and which view asks for what; when the table
changes, paste the matrix this test prints into README ("Who may do what").
"""

from pathlib import Path

from django.conf import settings

from accounts.models import Role
from accounts.roles import CAPABILITIES, NAVIGATION, UPLOAD_KINDS, can
from tests.urlconf import url_patterns_walk

SKIPPED_PREFIXES = ("admin/", "accounts/", "static/")  # Django admin, allauth
README = Path(settings.BASE_DIR) / "README.md"
MATRIX_START = "<!-- capability-matrix: tests/accounts/test_capabilities.py -->"
MATRIX_END = "<!-- /capability-matrix -->"

# Views that ask for no capability, each with why (a URL name, or a prefix with *).
PUBLIC_OR_ANY_MEMBER = {
    "home": "any member: their landing page (roles.landing) or the overview",
    "healthz": "public: liveness probe",
    "readyz": "public: readiness probe",
    "metrics": "public: Prometheus scrape (kept off the internet by the proxy)",
    "api-schema": "public: the OpenAPI schema",
    "api-docs": "public: Swagger UI",
    "auth-token": "public: trades an email and password for a token",
    "me": "any member: who the caller is",
    "members:accept": "the invitee, not yet a member: the one-time link is the key",
    "public-*": "public: the registry's public API",
    "registry:list": "public: the registry's published projects",
    "registry:project": "public: a published project",
    "registry:document": "public: a published document (the policy decides who sees it)",
    "registry:certificate": "public: a retirement certificate",
    "registry:export": "public: the published projects as CSV",
    "registry:sitemap": "public: the registry's sitemap",
    "registry-*": "any member: the registry decides per project (role, grant, four eyes)",
    "registry:work": "any signed-in user: the registry decides per project",
    "registry:work-detail": "any signed-in user: the registry decides per project",
}


def _views():
    for name, route, pattern in url_patterns_walk(SKIPPED_PREFIXES):
        yield name, "/" + route, pattern.callback


def asks_for(callback) -> dict | None:
    """What a view asks for: {"read": ..., "write": ...} (capability names), as
    recorded by accounts.permissions.capability_permission (API views) and
    accounts.decorators.member_required (HTML views); None if it asks for none."""
    view_class = getattr(callback, "cls", None)
    if view_class is None:
        return getattr(callback, "capabilities", None)
    for permission in view_class.permission_classes:
        if getattr(permission, "capabilities", None):
            return permission.capabilities
    return None


def _allowed_without(name: str) -> bool:
    return name in PUBLIC_OR_ANY_MEMBER or any(
        key.endswith("*") and name.startswith(key[:-1]) for key in PUBLIC_OR_ANY_MEMBER
    )


VIEWS = sorted((name, route, asks_for(callback)) for name, route, callback in _views())


def capability_matrix() -> str:
    """CAPABILITIES as a Markdown table: a row per capability, a column per role."""
    header = ["Capability", *Role.labels]
    lines = [
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
    ]
    for capability in CAPABILITIES:
        marks = ["yes" if can(role, capability) else "" for role in Role.values]
        lines.append("| " + " | ".join([f"`{capability}`", *marks]) + " |")
    return "\n".join(lines)


def test_every_view_asks_for_a_capability_or_says_why_not():
    silent = [
        f"{name} ({route})"
        for name, route, asked in VIEWS
        if asked is None and not _allowed_without(name)
    ]
    assert not silent, "Views that ask for no capability: " + ", ".join(silent)


def test_every_capability_a_view_asks_for_is_in_the_table():
    asked = {
        capability
        for _, _, capabilities in VIEWS
        if capabilities
        for capability in capabilities.values()
        if capability
    }
    assert asked <= set(CAPABILITIES)
    assert set(NAVIGATION.values()) <= set(CAPABILITIES)
    assert set(UPLOAD_KINDS.values()) <= set(CAPABILITIES)


def test_the_allow_list_names_views_that_exist_and_ask_for_nothing():
    names = [name for name, _, _ in VIEWS]
    for key in PUBLIC_OR_ANY_MEMBER:
        if key.endswith("*"):
            assert any(name.startswith(key[:-1]) for name in names), key
        else:
            assert key in names, key
    asking = [name for name, _, asked in VIEWS if asked and _allowed_without(name)]
    assert not asking, "These ask for a capability; take them off the list: " + (
        ", ".join(asking)
    )


def test_readme_shows_the_capability_matrix():
    matrix = capability_matrix()
    print("\n" + matrix + "\n")
    for name, route, asked in VIEWS:
        print(f"{name:45} {route:70} {asked}")
    text = README.read_text()
    assert MATRIX_START in text and MATRIX_END in text, "README has no matrix markers"
    shown = text.split(MATRIX_START, 1)[1].split(MATRIX_END, 1)[0].strip()
    assert shown == matrix, "README's matrix is out of date; paste:\n" + matrix
