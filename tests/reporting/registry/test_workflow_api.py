import os

import pytest
from django.db import IntegrityError, connection, transaction
from django.test import Client

from accounts.models import Role
from reporting.registry.models import Project, ProjectDocument, ProjectTransition
from tests.accounts.factories import MembershipFactory
from tests.conftest import assert_problem
from tests.reporting.registry.conftest import PDF, assessment_body, pdf, project_body
from tests.reporting.registry.helpers import (
    BASE,
    issued_and_sold,
    ok,
    published_project,
)

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
    # Credits are issued into the supplier's account; the buyer retires what it
    # was transferred, never straight from the batch.
    (held,) = ok(supplier.get(f"{BASE}/holdings/"))["results"]
    assert held["quantity"] == 120
    ok(
        supplier.post(
            f"{BASE}/transfers/",
            {
                "holding": held["id"],
                "quantity": 10,
                "to_organization": str(people["buyer"].organization.pk),
            },
        ),
        201,
    )
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
    sold = issued_and_sold(people, api_client_for)
    pid, batch = sold["project"], sold["batch"]
    staff = api_client_for(people["staff"])
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

    from tests.reporting.registry.conftest import PDF

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


def _operator_admin(people):
    operator = people["staff"].membership.organization
    return MembershipFactory(organization=operator, role=Role.ADMIN).user


@pytest.mark.parametrize("approver", ["creator", "first_submitter", "resubmitter"])
def test_creator_and_every_submitter_may_not_approve(people, api_client_for, approver):
    # The operator is its own supplier here, so its admins may author and approve.
    cast = {
        "creator": people["staff"],
        "first_submitter": people["staff2"],
        "resubmitter": _operator_admin(people),
    }
    staff = api_client_for(people["staff"])
    pid = ok(
        api_client_for(cast["creator"]).post(f"{BASE}/projects/", project_body()),
        201,
    )["id"]
    submitter = api_client_for(cast["first_submitter"])
    ok(submitter.post(f"{BASE}/projects/{pid}/submit/", {}))
    grants = f"{BASE}/projects/{pid}/verifier-grants/"
    ok(staff.post(grants, {"verifier": people["verifier"].email}), 201)
    ok(staff.post(f"{BASE}/projects/{pid}/request-changes/", {"note": "More data"}))
    ok(api_client_for(cast["resubmitter"]).post(f"{BASE}/projects/{pid}/submit/", {}))
    ok(staff.post(grants, {"verifier": people["other_verifier"].email}), 201)
    ok(
        api_client_for(people["other_verifier"]).post(
            f"{BASE}/projects/{pid}/assessments/", assessment_body()
        ),
        201,
    )
    problem = assert_problem(
        api_client_for(cast[approver]).post(f"{BASE}/projects/{pid}/approve/", {}),
        403,
        "permission_denied",
    )
    assert "creator" in problem["detail"]
    approved = api_client_for(_operator_admin(people)).post(
        f"{BASE}/projects/{pid}/approve/", {}
    )
    assert ok(approved)["state"] == "approved"


def test_granting_the_same_verifier_again_after_resubmission_reopens_verification(
    people, api_client_for
):
    supplier = api_client_for(people["supplier"])
    staff = api_client_for(people["staff"])
    verifier = api_client_for(people["verifier"])
    pid = ok(supplier.post(f"{BASE}/projects/", project_body()), 201)["id"]
    ok(supplier.post(f"{BASE}/projects/{pid}/submit/", {}))
    grants = f"{BASE}/projects/{pid}/verifier-grants/"
    first = ok(staff.post(grants, {"verifier": people["verifier"].email}), 201)
    ok(verifier.post(f"{BASE}/projects/{pid}/request-changes/", {"note": "Cores?"}))
    ok(supplier.post(f"{BASE}/projects/{pid}/submit/", {}))
    again = ok(staff.post(grants, {"verifier": people["verifier"].email}), 201)
    assert again["id"] == first["id"]
    assert ok(supplier.get(f"{BASE}/projects/{pid}/"))["state"] == "in_verification"
    ok(verifier.post(f"{BASE}/projects/{pid}/assessments/", assessment_body()), 201)


@pytest.mark.parametrize("who", ["staff", "analyst"])
@pytest.mark.parametrize(
    "visibility",
    [
        {"description": "public"},
        {"location": "public", "region": "internal"},
        {"methodology_details": "public"},
        {"monitoring_plan": "buyers"},
    ],
)
def test_staff_may_not_widen_what_the_supplier_chose_to_hide(
    people, api_client_for, anonymous_api, who, visibility
):
    pid = published_project(people, api_client_for)["id"]
    response = api_client_for(people[who]).patch(
        f"{BASE}/projects/{pid}/", {"visibility": visibility}
    )
    assert_problem(response, 403, "permission_denied")
    assert Project.objects.get(pk=pid).visibility == {}
    public = anonymous_api.get(f"/api/public/v1/projects/{pid}/").content
    assert b"Detailed description." not in public
    assert b"57.1" not in public


def test_only_staff_admins_narrow_and_the_other_levels_stay(
    people, api_client_for, anonymous_api
):
    hidden = {"summary": "buyers", "monitoring_plan": "buyers"}
    pid = published_project(people, api_client_for, visibility=hidden)["id"]
    narrow = {"visibility": {"region": "internal"}}
    assert_problem(
        api_client_for(people["analyst"]).patch(f"{BASE}/projects/{pid}/", narrow),
        403,
        "permission_denied",
    )
    body = ok(api_client_for(people["staff"]).patch(f"{BASE}/projects/{pid}/", narrow))
    assert body["visibility"]["region"] == "internal"
    assert body["visibility"]["summary"] == "buyers"
    public = ok(anonymous_api.get(f"/api/public/v1/projects/{pid}/"))
    assert "region" not in public
    assert "summary" not in public


@pytest.mark.parametrize("field", ["monitoring_plan", "contact_email"])
def test_a_field_no_public_surface_shows_cannot_be_marked_public(
    people, api_client_for, field
):
    supplier = api_client_for(people["supplier"])
    body = project_body(visibility={field: "public"})
    problem = assert_problem(
        supplier.post(f"{BASE}/projects/", body), 400, "validation_error"
    )
    assert problem["errors"][0]["field"] == "visibility"
    assert field in problem["errors"][0]["message"]
    pid = ok(supplier.post(f"{BASE}/projects/", project_body()), 201)["id"]
    problem = assert_problem(
        api_client_for(people["staff"]).patch(
            f"{BASE}/projects/{pid}/", {"visibility": {field: "public"}}
        ),
        400,
        "validation_error",
    )
    assert field in problem["errors"][0]["message"]
    assert Project.objects.get(pk=pid).visibility == {}


def test_document_with_an_overlong_multibyte_name_is_a_validation_problem(
    people, api_client_for
):
    supplier = api_client_for(people["supplier"])
    pid = ok(supplier.post(f"{BASE}/projects/", project_body()), 201)["id"]
    response = supplier.post(
        f"{BASE}/projects/{pid}/documents/",
        {"file": pdf("é" * 120 + ".pdf")},
        format="multipart",
    )
    problem = assert_problem(response, 400, "validation_error")
    assert problem["errors"] == [
        {
            "field": "file",
            "code": "invalid",
            "message": "The file name must be at most 200 bytes in UTF-8.",
        }
    ]
    assert not ProjectDocument.objects.exists()


def test_document_name_on_disk_stays_short_whatever_the_name_limit(
    people, api_client_for, settings
):
    settings.UPLOAD_FILENAME_MAX_BYTES = 2000
    supplier = api_client_for(people["supplier"])
    pid = ok(supplier.post(f"{BASE}/projects/", project_body()), 201)["id"]
    name = "é" * 300 + ".pdf"
    document = ok(
        supplier.post(
            f"{BASE}/projects/{pid}/documents/",
            {"file": pdf(name)},
            format="multipart",
        ),
        201,
    )
    assert document["filename"] == ("é" * 251 + ".pdf")[:200]
    stored = os.path.basename(ProjectDocument.objects.get().file.name)
    assert len(stored.encode()) <= 255
    assert stored.endswith(".pdf")
    downloaded = supplier.get(document["url"])
    assert b"".join(downloaded.streaming_content) == PDF


def test_document_download_authenticates_tokens(people, api_client_for):
    supplier = api_client_for(people["supplier"])
    pid = ok(supplier.post(f"{BASE}/projects/", project_body()), 201)["id"]
    document = ok(
        supplier.post(
            f"{BASE}/projects/{pid}/documents/", {"file": pdf()}, format="multipart"
        ),
        201,
    )
    response = supplier.get(document["url"])
    assert response.status_code == 200
    assert response["X-Content-SHA256"] == document["sha256"]
    assert b"".join(response.streaming_content) == PDF
    assert_problem(Client().get(document["url"]), 404, "not_found")


def test_document_download_is_rate_limited_for_anonymous_callers(
    people, api_client_for, settings
):
    pid = published_project(people, api_client_for)["id"]
    supplier = api_client_for(people["supplier"])
    public = ok(
        supplier.post(
            f"{BASE}/projects/{pid}/documents/",
            {"file": pdf(), "confidentiality": "public"},
            format="multipart",
        ),
        201,
    )
    settings.REGISTRY_PUBLIC_RATE = "1/min"
    anonymous = Client()
    assert anonymous.get(public["url"]).status_code == 200
    throttled = assert_problem(anonymous.get(public["url"]), 429, "rate_limited")
    assert throttled["detail"].startswith("Too many requests.")
    assert supplier.get(public["url"]).status_code == 200
