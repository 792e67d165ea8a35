"""Assemble what a page or API answer shows, always through the policy module."""

from __future__ import annotations

from django.urls import reverse

from reporting.registry import policy, selectors
from reporting.registry.models import Project, ProjectState
from reporting.registry.services.verification import latest_assessment


def document_url(document) -> str:
    return reverse(
        "registry:document",
        kwargs={"project_id": document.project_id, "document_id": document.pk},
    )


def project_url(project: Project) -> str:
    return reverse("registry:project", kwargs={"project_id": project.registry_id})


def certificate_url(retirement) -> str:
    return reverse("registry:certificate", kwargs={"retirement_id": retirement.pk})


def certificate(retirement) -> dict:
    view = policy.certificate_view(retirement)
    view["url"] = certificate_url(retirement)
    view["project_url"] = reverse(
        "registry:project", kwargs={"project_id": view["registry_id"]}
    )
    return view


def holding_row(holding) -> dict:
    project = holding.batch.project
    return {
        "id": holding.id,
        "project": project.id,
        "registry_id": project.registry_id,
        "project_name": project.name,
        "project_url": project_url(project),
        "batch": holding.batch_id,
        "vintage": holding.batch.vintage,
        "serial_start": holding.serial_start,
        "serial_end": holding.serial_end,
        "quantity": holding.quantity,
    }


def transfer_row(transfer) -> dict:
    project = transfer.batch.project
    return {
        "id": transfer.id,
        "project": project.id,
        "registry_id": project.registry_id,
        "batch": transfer.batch_id,
        "vintage": transfer.batch.vintage,
        "serial_start": transfer.serial_start,
        "serial_end": transfer.serial_end,
        "quantity": transfer.quantity,
        "from_organization": transfer.from_organization_id,
        "to_organization": transfer.to_organization_id,
        "from_name": transfer.from_organization.name,
        "to_name": transfer.to_organization.name,
        "created_at": transfer.created_at,
    }


def retirement_row(retirement) -> dict:
    project = retirement.batch.project
    return {
        "id": retirement.id,
        "batch": retirement.batch_id,
        "project": project.id,
        "registry_id": project.registry_id,
        "vintage": retirement.batch.vintage,
        "serial_start": retirement.serial_start,
        "serial_end": retirement.serial_end,
        "quantity": retirement.quantity,
        "beneficiary": retirement.beneficiary,
        "reason": retirement.reason,
        "retired_at": retirement.retired_at,
        "certificate_url": certificate_url(retirement),
    }


def _labels(view: dict) -> dict:
    """Words beside the codes for pages: "In verification", not "in_verification"."""
    view["status_label"] = policy.PUBLIC_STATUS_LABELS.get(
        view["status"], view["status"]
    )
    if "state" in view:
        view["state_label"] = ProjectState(view["state"]).label
    for step in view.get("timeline") or []:
        for key in ("state", "from", "to"):
            if step.get(key):
                step[f"{key}_label"] = ProjectState(step[key]).label
    return view


def project_row(project: Project, audience: policy.Audience) -> dict:
    view = policy.project_view(project, audience, detail=False)
    view["url"] = project_url(project)
    return _labels(view)


def project_detail(project: Project, audience: policy.Audience) -> dict:
    # The public sees an approved verification only, never a round in review.
    assessment = latest_assessment(project, approved=audience in policy.EXTERNAL)
    view = policy.project_view(
        project,
        audience,
        assessment=assessment,
        timeline=selectors.transition_list(project=project),
    )
    _labels(view)
    view["url"] = project_url(project)
    view["documents"] = [
        {**policy.document_view(d), "url": document_url(d)}
        for d in policy.documents_visible(project, audience)
    ]
    if audience not in policy.EXTERNAL:
        view["available_transitions"] = [
            t.name for t in project.get_available_state_transitions()
        ]
        view["evidence"] = selectors.project_evidence(project=project)
    return view


def credits_view(project: Project) -> list[dict]:
    """Issued blocks and their retirements: public registry data once issued."""
    retirements: dict = {}
    for retirement in selectors.retirement_list(project=project):
        retirements.setdefault(retirement.batch_id, []).append(
            {
                "id": retirement.id,
                "serial_start": retirement.serial_start,
                "serial_end": retirement.serial_end,
                "quantity": retirement.quantity,
                "beneficiary": retirement.beneficiary,
                "reason": retirement.reason,
                "retired_at": retirement.retired_at,
                "certificate_url": certificate_url(retirement),
            }
        )
    return [
        {
            "id": batch.id,
            "vintage": batch.vintage,
            "serial_start": batch.serial_start,
            "serial_end": batch.serial_end,
            "quantity": batch.quantity,
            "issued_at": batch.issued_at,
            "retirements": retirements.get(batch.id, []),
        }
        for batch in selectors.batch_list(project=project)
    ]
