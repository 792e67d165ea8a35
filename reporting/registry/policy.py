"""The one place that decides what each audience sees of a project.

Audiences: the public (no login), buyers (logged-in `buyer` role), the supplier
organization that owns the project, a verifier holding an active grant on it, and
registry staff (admin/analyst of the operator organization,
settings.REGISTRY_OPERATOR_ORGANIZATION). Public pages, the public API, buyers'
views, exports, the sitemap and search all build their output with `project_view`
and `documents_visible`; none of them renders a model instance directly.
"""

from __future__ import annotations

import enum

from django.conf import settings
from django.db.models import Q, QuerySet

from accounts.roles import can
from reporting.registry.models import (
    Confidentiality,
    Project,
    ProjectDocument,
    ProjectState,
)

C = Confidentiality


class Audience(enum.StrEnum):
    PUBLIC = "public"
    BUYER = "buyer"
    SUPPLIER = "supplier"
    VERIFIER = "verifier"
    STAFF = "staff"


LEVELS = {
    Audience.PUBLIC: frozenset({C.PUBLIC}),
    Audience.BUYER: frozenset({C.PUBLIC, C.BUYERS}),
    Audience.SUPPLIER: frozenset({C.PUBLIC, C.BUYERS, C.INTERNAL}),
    Audience.VERIFIER: frozenset({C.PUBLIC, C.BUYERS, C.INTERNAL}),
    Audience.STAFF: frozenset({C.PUBLIC, C.BUYERS, C.INTERNAL}),
}
EXTERNAL = frozenset({Audience.PUBLIC, Audience.BUYER})

# Always public once published: identity, classification and workflow outcome.
ALWAYS_PUBLIC = ("registry_id", "name", "methodology", "country", "vintage")
# Fields whose audience the supplier/staff choose per project, with defaults.
CONFIGURABLE_FIELDS = {
    "summary": C.PUBLIC,
    "region": C.PUBLIC,
    "location": C.BUYERS,  # latitude and longitude together
    "description": C.BUYERS,
    "methodology_details": C.BUYERS,
    "monitoring_plan": C.INTERNAL,
    "contact_email": C.INTERNAL,  # personal data
}
# The configurable fields the public pages, the CSV export and the public API show;
# no other field may be marked public (services) or shown to the public (below).
PUBLIC_SURFACE_FIELDS = frozenset(
    {"summary", "region", "location", "description", "methodology_details"}
)
# Assessment fields have fixed audiences.
ASSESSMENT_FIELDS = {
    "outcome": C.PUBLIC,
    "verified_quantity": C.PUBLIC,
    "statement": C.PUBLIC,
    "verifier_organization": C.PUBLIC,
    "conclusion": C.BUYERS,
    "items": C.INTERNAL,
    "assessor": C.INTERNAL,
}
# The steps of the timeline the public sees (dates and states only, never notes
# or people).
PUBLIC_TIMELINE_TARGETS = frozenset(
    {
        ProjectState.SUBMITTED,
        ProjectState.IN_VERIFICATION,
        ProjectState.ASSESSED,
        ProjectState.APPROVED,
        ProjectState.PUBLISHED,
    }
)


def is_staff(user) -> bool:
    return (
        can(user, "operate_registry")
        and _membership(user).organization.name
        == settings.REGISTRY_OPERATOR_ORGANIZATION
    )


def is_staff_admin(user) -> bool:
    return is_staff(user) and can(user, "administer_registry")


def is_buyer(user) -> bool:
    return can(user, "buy_credits")


def external_audience(user) -> Audience:
    """The audience for public surfaces: a buyer sees buyer fields, anyone else
    (anonymous, or any other role) sees the public ones only."""
    return Audience.BUYER if is_buyer(user) else Audience.PUBLIC


def audience_for(user, project: Project) -> Audience | None:
    """How `user` may see `project`; None when they may not see it at all."""
    if is_staff(user):
        return Audience.STAFF
    membership = _membership(user)
    if membership is not None:
        if project.organization_id == membership.organization_id:
            return Audience.SUPPLIER
        if (
            can(membership, "assess_project")
            and project.verifier_grants.filter(
                verifier=user, revoked_at__isnull=True
            ).exists()
        ):
            return Audience.VERIFIER
    if project.state != ProjectState.PUBLISHED:
        return None
    return external_audience(user)


def projects_visible_to(user) -> QuerySet[Project]:
    """Projects `user` may open in the authenticated workflow API."""
    projects = Project.objects.all()
    if is_staff(user):
        return projects
    membership = _membership(user)
    if membership is None:
        return published_projects()
    return projects.filter(
        Q(organization_id=membership.organization_id)
        | Q(verifier_grants__verifier=user, verifier_grants__revoked_at__isnull=True)
        | Q(state=ProjectState.PUBLISHED)
    ).distinct()


def published_projects() -> QuerySet[Project]:
    return Project.objects.filter(state=ProjectState.PUBLISHED)


def field_level(project: Project, field: str) -> str:
    level = (project.visibility or {}).get(field)
    return level if level in C.values else CONFIGURABLE_FIELDS[field]


def may_see(audience: Audience, level: str) -> bool:
    return level in LEVELS[audience]


def is_wider(level: str, *, than: str) -> bool:
    """Whether `level` lets some audience see what `than` keeps from it."""
    return any(level in levels and than not in levels for levels in LEVELS.values())


def project_view(
    project: Project,
    audience: Audience,
    *,
    assessment=None,
    timeline=None,
    detail: bool = True,
) -> dict:
    """The project as `audience` may see it: a plain dict (JSON, templates, CSV)."""
    view = {"id": str(project.id)}
    for name in ALWAYS_PUBLIC:
        view[name] = getattr(project, name)
    view["methodology_label"] = project.get_methodology_display()
    view["status"] = public_status(project)
    view["published_at"] = project.published_at
    view["credits_issued"] = project.credits_issued
    view["credits_retired"] = project.credits_retired
    for name in CONFIGURABLE_FIELDS:
        if not may_see(audience, field_level(project, name)):
            continue
        if audience == Audience.PUBLIC and name not in PUBLIC_SURFACE_FIELDS:
            continue
        if name == "location":
            view["latitude"] = project.latitude
            view["longitude"] = project.longitude
        else:
            view[name] = getattr(project, name)
    if audience not in EXTERNAL:
        view["state"] = project.state
        view["visibility"] = {n: field_level(project, n) for n in CONFIGURABLE_FIELDS}
    if not detail:
        return view
    view["verification"] = (
        assessment_view(assessment, audience) if assessment is not None else None
    )
    if timeline is not None:
        view["timeline"] = timeline_view(timeline, audience)
    return view


def assessment_view(assessment, audience: Audience) -> dict:
    view = {}
    if may_see(audience, ASSESSMENT_FIELDS["outcome"]):
        view["outcome"] = assessment.outcome
        view["verified_quantity"] = assessment.verified_quantity
        view["statement"] = assessment.statement
        view["verifier"] = assessment.verifier_organization.name
        view["assessed_at"] = assessment.created_at
        view["approved_at"] = assessment.approved_at
    if may_see(audience, ASSESSMENT_FIELDS["conclusion"]):
        view["conclusion"] = assessment.conclusion
    if may_see(audience, ASSESSMENT_FIELDS["items"]):
        view["id"] = str(assessment.id)
        view["assessor"] = assessment.assessor.email
        view["approved_by"] = (
            assessment.approved_by.email if assessment.approved_by else None
        )
        view["items"] = [
            {
                "criterion": item.criterion,
                "finding": item.finding,
                "severity": item.severity,
                "evidence": item.evidence,
            }
            for item in assessment.items.all()
        ]
    return view


def timeline_view(transitions, audience: Audience) -> list[dict]:
    if audience in EXTERNAL:
        return [
            {"state": t.target, "at": t.created_at}
            for t in transitions
            if t.target in PUBLIC_TIMELINE_TARGETS
        ]
    return [
        {
            "name": t.name,
            "from": t.source,
            "to": t.target,
            "by": t.actor.email,
            "at": t.created_at,
            "note": t.note,
        }
        for t in transitions
    ]


def documents_visible(project: Project, audience: Audience) -> QuerySet:
    return ProjectDocument.objects.filter(
        project=project, confidentiality__in=LEVELS[audience]
    ).order_by("created_at")


def document_view(document: ProjectDocument) -> dict:
    return {
        "id": str(document.id),
        "title": document.title,
        "filename": document.filename,
        "content_type": document.content_type,
        "size_bytes": document.size_bytes,
        "sha256": document.sha256,
        "confidentiality": document.confidentiality,
    }


def certificate_view(retirement) -> dict:
    """A retirement certificate, for anyone: the project's always-public identity,
    the serials and the claim. Never who retired them (person or account)."""
    project = retirement.batch.project
    view = {name: getattr(project, name) for name in ALWAYS_PUBLIC}
    view["methodology_label"] = project.get_methodology_display()
    view.update(
        {
            "id": str(retirement.id),
            "project": str(project.id),
            "vintage": retirement.batch.vintage,
            "serial_start": retirement.serial_start,
            "serial_end": retirement.serial_end,
            "quantity": retirement.quantity,
            "beneficiary": retirement.beneficiary,
            "reason": retirement.reason,
            "retired_at": retirement.retired_at,
        }
    )
    return view


def public_status(project: Project) -> str:
    """registered (no credits yet), active (credits outstanding) or retired (all
    issued credits retired): a generated column, so filters use an index."""
    return project.public_status


PUBLIC_STATUSES = ("registered", "active", "retired")
PUBLIC_STATUS_LABELS = {
    "registered": "Registered",
    "active": "Active",
    "retired": "Retired",
}


def _membership(user):
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    return getattr(user, "membership", None)
