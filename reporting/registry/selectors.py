"""Registry reads. Public ones start from policy.published_projects(); search and
filters touch always-public fields only, so a query can never reveal a hidden one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from uuid import UUID

from django.db.models import Count, Q, QuerySet

from reporting.registry import policy
from reporting.registry.models import (
    CreditBatch,
    Methodology,
    Project,
    ProjectTransition,
    Retirement,
    VerifierGrant,
)

ORDERINGS = {
    "published": ("-published_at", "-id"),
    "-published": ("published_at", "id"),
    "name": ("name", "id"),
    "-name": ("-name", "-id"),
    "vintage": ("vintage", "-published_at", "-id"),
    "-vintage": ("-vintage", "-published_at", "-id"),
    "registry_id": ("registry_id",),
}
DEFAULT_ORDERING = "published"
REGISTRY_ID = re.compile(r"^CCX-\d{1,9}$", re.IGNORECASE)


@dataclass(frozen=True)
class PublicFilters:
    search: str = ""
    country: str = ""
    methodology: str = ""
    status: str = ""
    vintage: int | None = None
    ordering: str = DEFAULT_ORDERING


def public_project_list(*, filters: PublicFilters) -> QuerySet[Project]:
    projects = policy.published_projects()
    search = filters.search.strip()
    if search:
        if REGISTRY_ID.match(search):
            projects = projects.filter(registry_id__iexact=search)
        else:
            try:
                projects = projects.filter(id=UUID(search))
            except ValueError:
                projects = projects.filter(name__icontains=search)
    if filters.country:
        projects = projects.filter(country=filters.country.upper())
    if filters.methodology:
        projects = projects.filter(methodology=filters.methodology)
    if filters.status:
        projects = projects.filter(policy.PUBLIC_STATUS_FILTERS[filters.status])
    if filters.vintage is not None:
        projects = projects.filter(vintage=filters.vintage)
    ordering = ORDERINGS.get(filters.ordering, ORDERINGS[DEFAULT_ORDERING])
    return projects.only(
        "id",
        "organization_id",
        "registry_id",
        "name",
        "methodology",
        "country",
        "vintage",
        "region",
        "summary",
        "visibility",
        "state",
        "published_at",
        "credits_issued",
        "credits_retired",
    ).order_by(*ordering)


def public_project_get(*, project_id) -> Project:
    """Raises Project.DoesNotExist (404) for unknown or unpublished projects."""
    projects = policy.published_projects()
    if isinstance(project_id, str) and REGISTRY_ID.match(project_id):
        return projects.get(registry_id__iexact=project_id)
    try:
        return projects.get(pk=UUID(str(project_id)))
    except ValueError:
        raise Project.DoesNotExist from None


def public_facets() -> dict:
    projects = policy.published_projects()
    countries = projects.values("country").annotate(n=Count("id")).order_by("country")
    methodologies = (
        projects.values("methodology").annotate(n=Count("id")).order_by("methodology")
    )
    vintages = projects.values("vintage").annotate(n=Count("id")).order_by("vintage")
    labels = dict(Methodology.choices)
    return {
        "country": [{"value": r["country"], "count": r["n"]} for r in countries],
        "methodology": [
            {
                "value": r["methodology"],
                "label": labels.get(r["methodology"], r["methodology"]),
                "count": r["n"],
            }
            for r in methodologies
        ],
        "vintage": [{"value": r["vintage"], "count": r["n"]} for r in vintages],
        "status": [
            {"value": name, "count": projects.filter(condition).count()}
            for name, condition in policy.PUBLIC_STATUS_FILTERS.items()
        ],
        "ordering": list(ORDERINGS),
    }


def transition_list(*, project: Project) -> QuerySet[ProjectTransition]:
    return ProjectTransition.objects.filter(project=project).select_related("actor")


def batch_list(*, project: Project) -> QuerySet[CreditBatch]:
    return CreditBatch.objects.filter(project=project).order_by("issued_at")


def retirement_list(*, project: Project) -> QuerySet[Retirement]:
    return Retirement.objects.filter(batch__project=project).order_by(
        "retired_at", "id"
    )


def project_list_for(*, user, state: str = "") -> QuerySet[Project]:
    projects = policy.projects_visible_to(user)
    if state:
        projects = projects.filter(state=state)
    return projects.order_by("-created_at")


def project_get_for(*, user, project_id) -> Project:
    """Raises Project.DoesNotExist (404) when the caller may not see it."""
    return policy.projects_visible_to(user).get(pk=project_id)


def grant_get(*, project: Project, grant_id) -> VerifierGrant:
    return VerifierGrant.objects.get(project=project, pk=grant_id)


def batch_get(*, batch_id) -> CreditBatch:
    """Issued batches are public registry data; raises DoesNotExist (404)."""
    return CreditBatch.objects.select_related("project").get(
        pk=batch_id, project__in=policy.published_projects()
    )


def grants_list(*, project: Project) -> QuerySet[VerifierGrant]:
    return VerifierGrant.objects.filter(project=project).select_related("verifier")


def verifier_projects(*, user) -> QuerySet[Project]:
    return Project.objects.filter(
        Q(verifier_grants__verifier=user, verifier_grants__revoked_at__isnull=True)
    ).distinct()
