import pytest
from django.test import Client

from reporting.registry.models import Confidentiality, ProjectState
from tests.reporting.registry.conftest import PDF, assessment_body, pdf, project_body
from tests.reporting.registry.factories import ProjectFactory
from tests.reporting.registry.helpers import BASE, ok

pytestmark = pytest.mark.django_db

B, INTERNAL = Confidentiality.BUYERS, Confidentiality.INTERNAL
# Every non-public value holds a unique marker; its audience says who may see it.
FIELD_MARKERS = {
    "region": ("MARKER-REGION-7f3a", INTERNAL),
    "description": ("MARKER-DESCRIPTION-91bc", B),
    "methodology_details": ("MARKER-METHOD-DETAILS-22d0", INTERNAL),
    "monitoring_plan": ("MARKER-MONITORING-PLAN-5e61", INTERNAL),
    "contact_email": ("marker-contact-4c2b@leak.test", INTERNAL),
}
LATITUDE, LONGITUDE = 12.3456789, -98.7654321


def seed(people, client_for):
    """A published, issued project whose every non-public part carries a marker."""
    body = project_body(
        summary="Public summary only.",
        latitude=LATITUDE,
        longitude=LONGITUDE,
        **{name: marker for name, (marker, _) in FIELD_MARKERS.items()},
        visibility={
            **{name: level for name, (_, level) in FIELD_MARKERS.items()},
            "location": B,
        },
    )
    supplier = client_for(people["supplier"])
    pid = ok(supplier.post(f"{BASE}/projects/", body), 201)["id"]
    for title, level in (
        ("MARKER-DOC-BUYERS-TITLE-aa11", B),
        ("MARKER-DOC-INTERNAL-TITLE-bb22", INTERNAL),
        ("Public methodology PDF", Confidentiality.PUBLIC),
    ):
        ok(
            supplier.post(
                f"{BASE}/projects/{pid}/documents/",
                {
                    "file": pdf(f"{title}.pdf", title.encode()),
                    "title": title,
                    "confidentiality": level,
                },
                format="multipart",
            ),
            201,
        )
    ok(
        supplier.post(
            f"{BASE}/projects/{pid}/submit/", {"note": "MARKER-NOTE-SUBMIT-cc33"}
        )
    )
    staff = client_for(people["staff"])
    ok(
        staff.post(
            f"{BASE}/projects/{pid}/verifier-grants/",
            {"verifier": people["verifier"].email},
        ),
        201,
    )
    assessment = assessment_body()
    assessment["conclusion"] = "MARKER-CONCLUSION-BUYERS-dd44"
    for index, item in enumerate(assessment["items"]):
        item["finding"] = f"MARKER-FINDING-{index}-ee55"
        item["evidence"] = f"MARKER-EVIDENCE-{index}-ff66"
    ok(
        client_for(people["verifier"]).post(
            f"{BASE}/projects/{pid}/assessments/", assessment
        ),
        201,
    )
    ok(
        client_for(people["staff2"]).post(
            f"{BASE}/projects/{pid}/approve/", {"note": "MARKER-NOTE-APPROVE-0a77"}
        )
    )
    ok(
        staff.post(
            f"{BASE}/projects/{pid}/publish/", {"note": "MARKER-NOTE-PUBLISH-1b88"}
        )
    )
    ok(staff.post(f"{BASE}/projects/{pid}/issue/", {}), 201)
    return pid


def markers(people, level_visible: set[str]) -> list[str]:
    hidden = [m for m, level in FIELD_MARKERS.values() if level not in level_visible]
    internal = [
        "MARKER-DOC-INTERNAL-TITLE-bb22",
        "MARKER-NOTE-SUBMIT-cc33",
        "MARKER-NOTE-APPROVE-0a77",
        "MARKER-NOTE-PUBLISH-1b88",
        "MARKER-FINDING-",
        "MARKER-EVIDENCE-",
        people["verifier"].email,
        people["supplier"].email,
        people["staff"].email,
    ]
    buyers = [
        "MARKER-DOC-BUYERS-TITLE-aa11",
        "MARKER-CONCLUSION-BUYERS-dd44",
        str(LATITUDE),
        str(LONGITUDE),
    ]
    return hidden + internal + ([] if B in level_visible else buyers)


def surfaces(pid, registry_id):
    return [
        "/registry/",
        "/registry/?search=Highland&country=GB&ordering=name",
        f"/registry/projects/{registry_id}/",
        f"/registry/projects/{pid}/",
        "/registry/export.csv",
        "/registry/export.csv?search=Highland",
        "/registry/sitemap.xml",
        "/api/public/v1/projects/",
        "/api/public/v1/projects/?search=Highland&methodology=enhanced_weathering",
        f"/api/public/v1/projects/{pid}/",
        f"/api/public/v1/projects/{registry_id}/",
        f"/api/public/v1/projects/{pid}/credits/",
        "/api/public/v1/filters/",
    ]


def body_of(response) -> str:
    content = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    return content.decode("utf-8", "replace")


def assert_no_leak(client, pid, registry_id, forbidden):
    for url in surfaces(pid, registry_id):
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        text = body_of(response)
        leaked = [m for m in forbidden if m in text]
        assert not leaked, (url, leaked)


def test_public_responses_never_contain_a_non_public_marker(people, api_client_for):
    pid = seed(people, api_client_for)
    registry_id = ok(Client().get(f"/api/public/v1/projects/{pid}/"))["registry_id"]
    forbidden = markers(people, {Confidentiality.PUBLIC})
    assert_no_leak(Client(), pid, registry_id, forbidden)
    # A logged-in user of another role is still the public.
    outsider = Client()
    outsider.force_login(people["outsider"])
    assert_no_leak(outsider, pid, registry_id, forbidden)


def test_buyer_responses_contain_buyer_fields_but_no_internal_marker(
    people, api_client_for
):
    pid = seed(people, api_client_for)
    registry_id = ok(Client().get(f"/api/public/v1/projects/{pid}/"))["registry_id"]
    buyer = Client()
    buyer.force_login(people["buyer"])
    assert_no_leak(
        buyer, pid, registry_id, markers(people, {Confidentiality.PUBLIC, B})
    )
    token_buyer = api_client_for(people["buyer"])
    assert_no_leak(
        token_buyer, pid, registry_id, markers(people, {Confidentiality.PUBLIC, B})
    )
    detail = ok(token_buyer.get(f"/api/public/v1/projects/{pid}/"))
    assert detail["description"] == "MARKER-DESCRIPTION-91bc"
    assert detail["verification"]["conclusion"] == "MARKER-CONCLUSION-BUYERS-dd44"
    assert detail["latitude"] == LATITUDE
    assert sorted(d["title"] for d in detail["documents"]) == [
        "MARKER-DOC-BUYERS-TITLE-aa11",
        "Public methodology PDF",
    ]
    # Workflow API for buyers goes through the same policy.
    workflow = ok(token_buyer.get(f"{BASE}/projects/{pid}/"))
    text = str(workflow)
    assert not [m for m in markers(people, {Confidentiality.PUBLIC, B}) if m in text]


def test_hidden_documents_cannot_be_downloaded(people, api_client_for):
    pid = seed(people, api_client_for)
    staff_view = ok(api_client_for(people["staff"]).get(f"{BASE}/projects/{pid}/"))
    by_title = {d["title"]: d["url"] for d in staff_view["documents"]}
    anonymous, buyer = Client(), Client()
    buyer.force_login(people["buyer"])
    public_doc = anonymous.get(by_title["Public methodology PDF"])
    assert public_doc.status_code == 200
    assert body_of(public_doc).startswith(PDF.decode("latin-1")[:8])
    assert anonymous.get(by_title["MARKER-DOC-BUYERS-TITLE-aa11"]).status_code == 404
    assert anonymous.get(by_title["MARKER-DOC-INTERNAL-TITLE-bb22"]).status_code == 404
    assert buyer.get(by_title["MARKER-DOC-BUYERS-TITLE-aa11"]).status_code == 200
    assert buyer.get(by_title["MARKER-DOC-INTERNAL-TITLE-bb22"]).status_code == 404


def test_staff_and_owner_see_everything(people, api_client_for):
    pid = seed(people, api_client_for)
    for who in ("staff", "supplier", "verifier"):
        view = ok(api_client_for(people[who]).get(f"{BASE}/projects/{pid}/"))
        text = str(view)
        for marker, _ in FIELD_MARKERS.values():
            assert marker in text, (who, marker)
        assert "MARKER-FINDING-0-ee55" in text
        assert "MARKER-DOC-INTERNAL-TITLE-bb22" in text


def test_unpublished_projects_are_absent_from_every_public_surface(
    people, api_client_for
):
    supplier = api_client_for(people["supplier"])
    draft = ok(
        supplier.post(f"{BASE}/projects/", project_body(name="Secret Draft")), 201
    )
    client = Client()
    assert client.get(f"/api/public/v1/projects/{draft['id']}/").status_code == 404
    assert client.get(f"/registry/projects/{draft['registry_id']}/").status_code == 404
    for url in (
        "/registry/",
        "/registry/sitemap.xml",
        "/registry/export.csv",
        "/api/public/v1/projects/?search=Secret",
    ):
        assert "Secret Draft" not in body_of(client.get(url))
        assert draft["registry_id"] not in body_of(client.get(url))


@pytest.mark.parametrize("term", ["MARKER-DESCRIPTION-91bc", "MARKER-REGION", "MARKER"])
def test_search_never_matches_hidden_fields(people, api_client_for, term):
    seed(people, api_client_for)
    assert ok(Client().get(f"/api/public/v1/projects/?search={term}"))["count"] == 0
    buyer = api_client_for(people["buyer"])
    assert ok(buyer.get(f"/api/public/v1/projects/?search={term}"))["count"] == 0
    assert "No published project matches" in body_of(
        Client().get(f"/registry/?search={term}")
    )


def test_a_field_no_public_surface_shows_stays_hidden_whatever_its_level(
    people, api_client_for
):
    project = ProjectFactory(
        organization=people["supplier_org"],
        state=ProjectState.PUBLISHED,
        contact_email="marker-legacy-9d1e@leak.test",
        monitoring_plan="MARKER-LEGACY-PLAN-7c2f",
        visibility={"contact_email": "public", "monitoring_plan": "public"},
    )
    outsider = api_client_for(people["outsider"])
    text = str(ok(outsider.get(f"{BASE}/projects/{project.pk}/")))
    assert "marker-legacy-9d1e@leak.test" not in text
    assert "MARKER-LEGACY-PLAN-7c2f" not in text
