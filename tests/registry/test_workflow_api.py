import pytest
from django.db import IntegrityError, connection, transaction

from reporting.registry.models import ProjectTransition
from tests.conftest import assert_problem
from tests.registry.conftest import assessment_body, pdf, project_body
from tests.registry.helpers import BASE, ok, published_project

pytestmark = pytest.mark.django_db


def test_end_to_end_submit_verify_approve_publish_issue_retire(
    people, api_client_for, anonymous_api
):
    supplier = api_client_for(people["supplier"])
    staff = api_client_for(people["staff"])
    verifier = api_client_for(people["verifier"])
    project = ok(supplier.post(f"{BASE}/projects/", project_body()), 201)
    pid = project["id"]
    assert project["state"] == "draft"
    assert project["registry_id"].startswith("CCX-")
    assert project["country"] == "GB"
    ok(
        supplier.post(
            f"{BASE}/projects/{pid}/documents/",
            {"file": pdf(), "title": "Lab report", "confidentiality": "public"},
            format="multipart",
        ),
        201,
    )
    assert (
        ok(supplier.post(f"{BASE}/projects/{pid}/submit/", {}))["state"] == "submitted"
    )

    # The verifier has no access before the grant (404, not 403).
    assert_problem(verifier.get(f"{BASE}/projects/{pid}/"), 404, "not_found")
    grant = ok(
        staff.post(
            f"{BASE}/projects/{pid}/verifier-grants/",
            {"verifier": people["verifier"].email},
        ),
        201,
    )
    assert grant["is_active"] is True
    assert ok(verifier.get(f"{BASE}/projects/{pid}/"))["state"] == "in_verification"
    assessment = ok(
        verifier.post(f"{BASE}/projects/{pid}/assessments/", assessment_body()), 201
    )
    assert assessment["verifier"] == "Independent Verifiers GmbH"
    assert len(assessment["items"]) == 6

    ok(api_client_for(people["staff2"]).post(f"{BASE}/projects/{pid}/approve/", {}))
    published = ok(staff.post(f"{BASE}/projects/{pid}/publish/", {}))
    assert published["state"] == "published"

    public = ok(anonymous_api.get(f"/api/public/v1/projects/{pid}/"))
    assert public["verification"]["outcome"] == "positive"
    assert public["verification"]["verified_quantity"] == "120.500"
    assert [s["state"] for s in public["timeline"]] == [
        "submitted",
        "in_verification",
        "assessed",
        "approved",
        "published",
    ]
    assert [d["title"] for d in public["documents"]] == ["Lab report"]

    batch = ok(staff.post(f"{BASE}/projects/{pid}/issue/", {}), 201)
    assert batch["quantity"] == 120
    assert batch["serial_end"] - batch["serial_start"] == 119
    retired = ok(
        api_client_for(people["buyer"]).post(
            f"{BASE}/retirements/",
            {
                "batch": batch["id"],
                "serial_start": batch["serial_start"],
                "serial_end": batch["serial_start"],
                "beneficiary": "Buyer Corp",
                "reason": "2025 net-zero claim",
            },
        ),
        201,
    )
    assert retired["quantity"] == 1
    credits = ok(anonymous_api.get(f"/api/public/v1/projects/{pid}/credits/"))
    assert credits["count"] == 1
    assert credits["results"][0]["retirements"][0]["beneficiary"] == "Buyer Corp"
    listed = ok(anonymous_api.get("/api/public/v1/projects/"))
    assert listed["results"][0]["credits_retired"] == 1
    assert listed["results"][0]["status"] == "active"
    transitions = ok(staff.get(f"{BASE}/projects/{pid}/transitions/"))
    assert [t["to"] for t in transitions["results"]] == [
        "submitted",
        "in_verification",
        "assessed",
        "approved",
        "published",
    ]
    assert transitions["results"][0]["by"] == people["supplier"].email


def _to_assessed(people, api_client_for):
    supplier = api_client_for(people["supplier"])
    pid = ok(supplier.post(f"{BASE}/projects/", project_body()), 201)["id"]
    ok(supplier.post(f"{BASE}/projects/{pid}/submit/", {}))
    ok(
        api_client_for(people["staff"]).post(
            f"{BASE}/projects/{pid}/verifier-grants/",
            {"verifier": people["verifier"].email},
        ),
        201,
    )
    ok(
        api_client_for(people["verifier"]).post(
            f"{BASE}/projects/{pid}/assessments/", assessment_body()
        ),
        201,
    )
    return pid


def test_assessor_may_not_approve_even_as_staff(people, api_client_for):
    pid = _to_assessed(people, api_client_for)
    response = api_client_for(people["verifier"]).post(
        f"{BASE}/projects/{pid}/approve/", {}
    )
    assert_problem(response, 403, "permission_denied")


def test_submitter_may_not_approve(people, api_client_for, settings):
    # A staff admin who submitted the project (staff working for the supplier org
    # cannot exist here, so make the operator the supplier).
    staff = api_client_for(people["staff"])
    pid = ok(staff.post(f"{BASE}/projects/", project_body()), 201)["id"]
    ok(staff.post(f"{BASE}/projects/{pid}/submit/", {}))
    ok(
        staff.post(
            f"{BASE}/projects/{pid}/verifier-grants/",
            {"verifier": people["verifier"].email},
        ),
        201,
    )
    ok(
        api_client_for(people["verifier"]).post(
            f"{BASE}/projects/{pid}/assessments/", assessment_body()
        ),
        201,
    )
    assert_problem(
        staff.post(f"{BASE}/projects/{pid}/approve/", {}), 403, "permission_denied"
    )
    ok(api_client_for(people["staff2"]).post(f"{BASE}/projects/{pid}/approve/", {}))


def test_analyst_staff_may_not_approve_and_supplier_may_not_publish(
    people, api_client_for
):
    pid = _to_assessed(people, api_client_for)
    assert_problem(
        api_client_for(people["analyst"]).post(f"{BASE}/projects/{pid}/approve/", {}),
        403,
        "permission_denied",
    )
    ok(api_client_for(people["staff2"]).post(f"{BASE}/projects/{pid}/approve/", {}))
    assert_problem(
        api_client_for(people["supplier"]).post(f"{BASE}/projects/{pid}/publish/", {}),
        403,
        "permission_denied",
    )


def test_changes_requested_goes_back_to_supplier_and_resubmits(people, api_client_for):
    pid = _to_assessed(people, api_client_for)
    staff = api_client_for(people["staff"])
    assert_problem(
        staff.post(f"{BASE}/projects/{pid}/request-changes/", {}),
        400,
        "validation_error",
    )
    back = ok(
        staff.post(
            f"{BASE}/projects/{pid}/request-changes/", {"note": "Add soil cores"}
        )
    )
    assert back["state"] == "changes_requested"
    supplier = api_client_for(people["supplier"])
    assert (
        ok(supplier.patch(f"{BASE}/projects/{pid}/", {"description": "More"}))[
            "description"
        ]
        == "More"
    )
    assert (
        ok(supplier.post(f"{BASE}/projects/{pid}/submit/", {}))["state"] == "submitted"
    )


def test_verifier_may_request_changes_only_while_verifying(people, api_client_for):
    supplier = api_client_for(people["supplier"])
    pid = ok(supplier.post(f"{BASE}/projects/", project_body()), 201)["id"]
    ok(supplier.post(f"{BASE}/projects/{pid}/submit/", {}))
    ok(
        api_client_for(people["staff"]).post(
            f"{BASE}/projects/{pid}/verifier-grants/",
            {"verifier": people["verifier"].email},
        ),
        201,
    )
    back = api_client_for(people["verifier"]).post(
        f"{BASE}/projects/{pid}/request-changes/", {"note": "Missing lab data"}
    )
    assert ok(back)["state"] == "changes_requested"


def test_wrong_state_transition_is_409(people, api_client_for):
    supplier = api_client_for(people["supplier"])
    pid = ok(supplier.post(f"{BASE}/projects/", project_body()), 201)["id"]
    assert_problem(
        api_client_for(people["staff"]).post(f"{BASE}/projects/{pid}/publish/", {}),
        409,
        "transition_not_allowed",
    )
    ok(supplier.post(f"{BASE}/projects/{pid}/submit/", {}))
    assert_problem(
        supplier.patch(f"{BASE}/projects/{pid}/", {"name": "x"}),
        409,
        "transition_not_allowed",
    )


def test_revoked_grant_removes_access_and_grant_is_project_only(people, api_client_for):
    supplier = api_client_for(people["supplier"])
    first = ok(supplier.post(f"{BASE}/projects/", project_body()), 201)["id"]
    second = ok(supplier.post(f"{BASE}/projects/", project_body(name="Second")), 201)[
        "id"
    ]
    ok(supplier.post(f"{BASE}/projects/{first}/submit/", {}))
    staff = api_client_for(people["staff"])
    grant = ok(
        staff.post(
            f"{BASE}/projects/{first}/verifier-grants/",
            {"verifier": people["verifier"].email},
        ),
        201,
    )
    verifier = api_client_for(people["verifier"])
    ok(verifier.get(f"{BASE}/projects/{first}/"))
    assert_problem(verifier.get(f"{BASE}/projects/{second}/"), 404, "not_found")
    assert_problem(
        api_client_for(people["other_verifier"]).get(f"{BASE}/projects/{first}/"),
        404,
        "not_found",
    )
    assert ok(verifier.get(f"{BASE}/projects/"))["count"] == 1
    assert (
        staff.delete(
            f"{BASE}/projects/{first}/verifier-grants/{grant['id']}/"
        ).status_code
        == 204
    )
    assert_problem(verifier.get(f"{BASE}/projects/{first}/"), 404, "not_found")
    assert_problem(
        verifier.post(f"{BASE}/projects/{first}/assessments/", assessment_body()),
        404,
        "not_found",
    )


def test_only_staff_admin_grants_and_only_verifier_role(people, api_client_for):
    supplier = api_client_for(people["supplier"])
    pid = ok(supplier.post(f"{BASE}/projects/", project_body()), 201)["id"]
    ok(supplier.post(f"{BASE}/projects/{pid}/submit/", {}))
    body = {"verifier": people["verifier"].email}
    assert_problem(
        supplier.post(f"{BASE}/projects/{pid}/verifier-grants/", body),
        403,
        "permission_denied",
    )
    staff = api_client_for(people["staff"])
    problem = assert_problem(
        staff.post(
            f"{BASE}/projects/{pid}/verifier-grants/",
            {"verifier": people["buyer"].email},
        ),
        400,
        "validation_error",
    )
    assert problem["errors"][0]["field"] == "verifier"


def test_incomplete_checklist_is_rejected(people, api_client_for):
    supplier = api_client_for(people["supplier"])
    pid = ok(supplier.post(f"{BASE}/projects/", project_body()), 201)["id"]
    ok(supplier.post(f"{BASE}/projects/{pid}/submit/", {}))
    ok(
        api_client_for(people["staff"]).post(
            f"{BASE}/projects/{pid}/verifier-grants/",
            {"verifier": people["verifier"].email},
        ),
        201,
    )
    body = assessment_body()
    body["items"] = body["items"][:-1]
    problem = assert_problem(
        api_client_for(people["verifier"]).post(
            f"{BASE}/projects/{pid}/assessments/", body
        ),
        400,
        "validation_error",
    )
    assert problem["errors"][0]["field"] == "items"


def test_other_organization_cannot_see_draft_and_buyer_sees_published_only(
    people, api_client_for
):
    supplier = api_client_for(people["supplier"])
    pid = ok(supplier.post(f"{BASE}/projects/", project_body()), 201)["id"]
    assert_problem(
        api_client_for(people["outsider"]).get(f"{BASE}/projects/{pid}/"),
        404,
        "not_found",
    )
    assert_problem(
        api_client_for(people["buyer"]).get(f"{BASE}/projects/{pid}/"), 404, "not_found"
    )
    assert_problem(
        api_client_for(people["buyer"]).post(f"{BASE}/projects/", project_body()),
        403,
        "permission_denied",
    )


def test_transition_log_is_immutable_in_the_database(people, api_client_for):
    published_project(people, api_client_for)
    transition = ProjectTransition.objects.first()
    with pytest.raises(IntegrityError), transaction.atomic():
        ProjectTransition.objects.filter(pk=transition.pk).update(note="rewritten")
    with (
        pytest.raises(IntegrityError),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("DELETE FROM registry_projecttransition")


def test_issue_twice_is_409_and_buyer_only_retires(people, api_client_for):
    pid = published_project(people, api_client_for)["id"]
    staff = api_client_for(people["staff"])
    batch = ok(staff.post(f"{BASE}/projects/{pid}/issue/", {}), 201)
    assert_problem(
        staff.post(f"{BASE}/projects/{pid}/issue/", {}), 409, "transition_not_allowed"
    )
    body = {
        "batch": batch["id"],
        "serial_start": batch["serial_start"],
        "serial_end": batch["serial_start"] + 1,
        "beneficiary": "X",
        "reason": "Y",
    }
    assert_problem(
        api_client_for(people["supplier"]).post(f"{BASE}/retirements/", body),
        403,
        "permission_denied",
    )
    buyer = api_client_for(people["buyer"])
    ok(buyer.post(f"{BASE}/retirements/", body), 201)
    assert_problem(
        buyer.post(f"{BASE}/retirements/", body), 409, "serials_already_retired"
    )
    overlap = {
        **body,
        "serial_start": batch["serial_start"] + 1,
        "serial_end": batch["serial_start"] + 5,
    }
    assert_problem(
        buyer.post(f"{BASE}/retirements/", overlap), 409, "serials_already_retired"
    )
    outside = {
        **body,
        "serial_start": batch["serial_end"],
        "serial_end": batch["serial_end"] + 1,
    }
    assert_problem(buyer.post(f"{BASE}/retirements/", outside), 400, "validation_error")


def test_documents_type_and_size_checks(people, api_client_for, settings):
    supplier = api_client_for(people["supplier"])
    pid = ok(supplier.post(f"{BASE}/projects/", project_body()), 201)["id"]
    from django.core.files.uploadedfile import SimpleUploadedFile

    exe = SimpleUploadedFile(
        "x.pdf", b"MZ\x90\x00binary", content_type="application/pdf"
    )
    assert_problem(
        supplier.post(
            f"{BASE}/projects/{pid}/documents/", {"file": exe}, format="multipart"
        ),
        415,
        "unsupported_media_type",
    )
    settings.REGISTRY_DOCUMENT_MAX_BYTES = 10
    assert_problem(
        supplier.post(
            f"{BASE}/projects/{pid}/documents/", {"file": pdf()}, format="multipart"
        ),
        413,
        "payload_too_large",
    )
    settings.REGISTRY_DOCUMENT_MAX_BYTES = 10_000
    doc = ok(
        supplier.post(
            f"{BASE}/projects/{pid}/documents/", {"file": pdf()}, format="multipart"
        ),
        201,
    )
    import hashlib

    from tests.registry.conftest import PDF

    assert doc["sha256"] == hashlib.sha256(PDF).hexdigest()
    assert doc["confidentiality"] == "internal"


def test_registry_endpoints_are_in_the_openapi_schema(api):
    schema = api.get("/api/v1/schema/?format=json").json()
    paths = schema["paths"]
    assert "/api/v1/registry/projects/{project_id}/approve/" in paths
    assert "/api/v1/registry/retirements/" in paths
    assert "/api/public/v1/projects/" in paths


def test_staff_may_withdraw_a_field_from_the_public_after_publishing(
    people, api_client_for, anonymous_api
):
    pid = published_project(people, api_client_for)["id"]
    public = f"/api/public/v1/projects/{pid}/"
    assert anonymous_api.get(public).json()["region"] == "Scottish Highlands"
    staff = api_client_for(people["staff"])
    ok(staff.patch(f"{BASE}/projects/{pid}/", {"visibility": {"region": "internal"}}))
    assert "region" not in anonymous_api.get(public).json()
    assert_problem(
        staff.patch(f"{BASE}/projects/{pid}/", {"name": "Renamed"}),
        403,
        "permission_denied",
    )


def test_plants_link_approved_mrv_statements_as_evidence_never_public(
    people, api_client_for, anonymous_api
):
    from datetime import date
    from decimal import Decimal

    from reporting.mrv.models import Statement
    from tests.reporting.mrv.factories import PlantFactory

    org = people["supplier_org"]
    plant = PlantFactory(organization=org, code="PLANT_A")
    PlantFactory(code="PLANT_X")  # another organization's plant
    supplier = api_client_for(people["supplier"])
    bad = supplier.post(f"{BASE}/projects/", project_body(plants=["PLANT_X"]))
    body = assert_problem(bad, 400, "validation_error")
    assert body["errors"][0]["field"] == "plants[0]"

    project = ok(
        supplier.post(f"{BASE}/projects/", project_body(plants=["PLANT_A"])), 201
    )
    assert project["evidence"] == []
    Statement.objects.create(
        organization=org,
        plant=plant,
        period_start=date(2025, 4, 1),
        period_end=date(2025, 6, 30),
        status=Statement.Status.APPROVED,
        total_co2_t=Decimal("126.651077"),
    )
    Statement.objects.create(
        organization=org,
        plant=plant,
        period_start=date(2025, 7, 1),
        period_end=date(2025, 7, 31),
        status=Statement.Status.SUBMITTED,
    )
    detail = ok(supplier.get(f"{BASE}/projects/{project['id']}/"))
    assert [(e["plant"], e["co2_t"][:10]) for e in detail["evidence"]] == [
        ("PLANT_A", "126.651077")
    ]
    public = anonymous_api.get(f"/api/public/v1/projects/{project['id']}/")
    assert "evidence" not in public.content.decode()
