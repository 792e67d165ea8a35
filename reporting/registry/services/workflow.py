"""A project's way to publication: the supplier submits, staff or the granted
verifier request changes, a second staff admin approves (four eyes), staff publish.
Verifier grants and assessments are `verification`'s. Every move is a transition
of Project's graph (carbon.core.workflow), logged as a ProjectTransition; a move
the graph does not allow is TransitionNotAllowed (409)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from carbon.core.workflow import transition_apply
from reporting.registry import policy
from reporting.registry.exceptions import (
    FourEyesViolation,
    NotAllowed,
    TransitionNotAllowed,
)
from reporting.registry.models import (
    Assessment,
    Project,
    ProjectState,
    ProjectTransition,
)
from reporting.registry.services.access import (
    active_grant,
    require_staff,
    require_supplier,
)
from reporting.registry.services.verification import latest_assessment


@transaction.atomic
def project_submit(*, project: Project, user: User, note: str = "") -> Project:
    require_supplier(user=user, project=project)
    return transition_apply(
        project, "submit", by=user, note=note, refused=TransitionNotAllowed
    )


def _submitter_ids(project: Project) -> set:
    """Everyone who submitted the project, in any round (the transition log)."""
    return set(
        ProjectTransition.objects.filter(project=project, name="submit").values_list(
            "actor_id", flat=True
        )
    )


@transaction.atomic
def project_approve(*, project: Project, user: User, note: str = "") -> Assessment:
    """Four eyes: a staff admin who is not the project's creator, nor anyone who
    submitted it in any round, nor the assessor. Raises NotAllowed,
    FourEyesViolation (403), TransitionNotAllowed."""
    require_staff(user, admin=True)
    assessment = latest_assessment(project)
    if assessment is None:
        raise TransitionNotAllowed("There is no assessment to approve.")
    authors = {project.created_by_id, assessment.assessor_id, *_submitter_ids(project)}
    if user.pk in authors:
        raise FourEyesViolation(
            "The project's creator, its submitters and its assessor may not approve it."
        )
    transition_apply(
        project, "approve", by=user, note=note, refused=TransitionNotAllowed
    )
    assessment.approved_by = user
    assessment.approved_at = timezone.now()
    assessment.save(update_fields=["approved_by", "approved_at"])
    return assessment


@transaction.atomic
def project_request_changes(*, project: Project, user: User, note: str) -> Project:
    """Staff from any review step, the granted verifier while verifying."""
    verifier_may = (
        project.state == ProjectState.IN_VERIFICATION
        and active_grant(project, user) is not None
    )
    if not (policy.is_staff(user) or verifier_may):
        raise NotAllowed("Only registry staff or the project's verifier may do this.")
    if not note.strip():
        raise ValidationError({"note": "Say what needs to change."})
    return transition_apply(
        project, "request_changes", by=user, note=note, refused=TransitionNotAllowed
    )


@transaction.atomic
def project_publish(*, project: Project, user: User, note: str = "") -> Project:
    require_staff(user, admin=True)
    return transition_apply(
        project, "publish", by=user, note=note, refused=TransitionNotAllowed
    )
