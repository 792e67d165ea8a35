from tests.registry.conftest import assessment_body, project_body

BASE = "/api/v1/registry"


def ok(response, status=200):
    assert response.status_code == status, response.content
    return response.json()


def published_project(people, client_for, **overrides) -> dict:
    """Drive the whole workflow through the API; returns the project JSON."""
    supplier = client_for(people["supplier"])
    staff = client_for(people["staff"])
    project = ok(supplier.post(f"{BASE}/projects/", project_body(**overrides)), 201)
    pid = project["id"]
    ok(supplier.post(f"{BASE}/projects/{pid}/submit/", {"note": "Ready"}))
    ok(
        staff.post(
            f"{BASE}/projects/{pid}/verifier-grants/",
            {"verifier": people["verifier"].email},
        ),
        201,
    )
    ok(
        client_for(people["verifier"]).post(
            f"{BASE}/projects/{pid}/assessments/", assessment_body()
        ),
        201,
    )
    ok(client_for(people["staff2"]).post(f"{BASE}/projects/{pid}/approve/", {}))
    return ok(staff.post(f"{BASE}/projects/{pid}/publish/", {}))
