from tests.reporting.registry.conftest import assessment_body, project_body

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


def issued_and_sold(people, client_for, *, quantity=50, **overrides) -> dict:
    """A published project's credits issued into the supplier's account and
    `quantity` of them transferred to the buyer's; returns ids and the batch."""
    pid = published_project(people, client_for, **overrides)["id"]
    batch = ok(client_for(people["staff"]).post(f"{BASE}/projects/{pid}/issue/"), 201)
    supplier = client_for(people["supplier"])
    (holding,) = ok(supplier.get(f"{BASE}/holdings/"))["results"]
    transfer = ok(
        supplier.post(
            f"{BASE}/transfers/",
            {
                "holding": holding["id"],
                "quantity": quantity,
                "to_organization": str(people["buyer"].organization.pk),
            },
        ),
        201,
    )
    (bought,) = ok(client_for(people["buyer"]).get(f"{BASE}/holdings/"))["results"]
    return {"project": pid, "batch": batch, "transfer": transfer, "holding": bought}
