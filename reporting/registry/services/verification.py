"""Verification of a project: staff grant one verifier (of any organization)
access to it, and the granted verifier files the structured assessment that a
second staff admin approves (`workflow.project_approve`)."""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from accounts.roles import can
from carbon.core.workflow import transition_apply
from reporting.registry.checklists import checklist_for
from reporting.registry.exceptions import NotAllowed, TransitionNotAllowed
from reporting.registry.models import (
    Assessment,
    AssessmentItem,
    Project,
    ProjectState,
    VerifierGrant,
)
from reporting.registry.services.access import active_grant, require_staff


@transaction.atomic
def verifier_grant_create(
    *, project: Project, user: User, verifier: User
) -> VerifierGrant:
    """Staff give one verifier (of any organization) access to one project; a
    submitted project moves into verification. Raises NotAllowed, ValidationError."""
    require_staff(user, admin=True)
    # By the verifier's role, active or not: an invited verifier may be granted
    # before they first sign in.
    if not can(getattr(verifier, "role", None), "assess_project"):
        raise ValidationError(
            {"verifier": "That user does not have the verifier role."}
        )
    if verifier.organization == project.organization:
        raise ValidationError(
            {"verifier": "A verifier may not belong to the supplier organization."}
        )
    project = Project.objects.select_for_update().get(pk=project.pk)
    grant = active_grant(project, verifier)
    if grant is None:
        grant = VerifierGrant.objects.create(
            project=project, verifier=verifier, granted_by=user
        )
    # Also for a grant kept from an earlier round: a resubmission is verified again.
    if project.state == ProjectState.SUBMITTED:
        transition_apply(
            project,
            "start_verification",
            by=user,
            note=f"Verifier assigned: {verifier.email}",
            refused=TransitionNotAllowed,
        )
    return grant


@transaction.atomic
def verifier_grant_revoke(*, grant: VerifierGrant, user: User) -> VerifierGrant:
    require_staff(user, admin=True)
    grant = VerifierGrant.objects.select_for_update().get(pk=grant.pk)
    if grant.revoked_at is None:
        grant.revoked_at = timezone.now()
        grant.revoked_by = user
        grant.save(update_fields=["revoked_at", "revoked_by"])
    return grant


@transaction.atomic
def assessment_file(
    *,
    project: Project,
    user: User,
    outcome: str,
    statement: str,
    conclusion: str,
    verified_quantity: Decimal,
    items: list[dict],
) -> Assessment:
    """The granted verifier's structured assessment. Raises NotAllowed,
    ValidationError (checklist incomplete), TransitionNotAllowed."""
    if active_grant(project, user) is None:
        raise NotAllowed("Only a verifier granted this project may assess it.")
    expected = checklist_for(project.methodology)
    given = [item["criterion"] for item in items]
    missing = [c for c in expected if c not in given]
    extra = [c for c in given if c not in expected]
    if missing or extra or len(set(given)) != len(given):
        raise ValidationError(
            {
                "items": f"The {project.methodology} checklist needs exactly "
                f"{', '.join(expected)}; missing {missing}, unexpected {extra}."
            }
        )
    project = transition_apply(project, "assess", by=user, refused=TransitionNotAllowed)
    assessment = Assessment(
        project=project,
        assessor=user,
        verifier_organization=user.membership.organization,
        methodology=project.methodology,
        outcome=outcome,
        statement=statement,
        conclusion=conclusion,
        verified_quantity=verified_quantity,
    )
    assessment.full_clean()
    assessment.save()
    AssessmentItem.objects.bulk_create(
        AssessmentItem(
            assessment=assessment,
            criterion=item["criterion"],
            finding=item["finding"],
            severity=item["severity"],
            evidence=item.get("evidence", ""),
        )
        for item in items
    )
    return assessment


def latest_assessment(project: Project, *, approved: bool = False) -> Assessment | None:
    assessments = Assessment.objects.filter(project=project)
    if approved:
        assessments = assessments.filter(approved_by__isnull=False)
    return (
        assessments.order_by("-created_at")
        .select_related("assessor", "approved_by", "verifier_organization")
        .first()
    )
