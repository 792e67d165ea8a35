"""Registry reads. Public ones start from policy.published_projects(); search and
filters touch always-public fields only, so a query can never reveal a hidden one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from uuid import UUID

from django.db import connection
from django.db.models import Q, QuerySet

from reporting.mrv.models import Statement
from reporting.registry import policy
from reporting.registry.models import (
    CreditBatch,
    Holding,
    Methodology,
    Project,
    ProjectDocument,
    ProjectTransition,
    Retirement,
    Transfer,
    VerifierGrant,
)

ORDERINGS = {
    "published": ("-published_at", "-id"),
    "-published": ("published_at", "id"),
    "name": ("name", "id"),
    "-name": ("-name", "-id"),
    "vintage": ("vintage", "published_at", "id"),
    "-vintage": ("-vintage", "-published_at", "-id"),
    "registry_id": ("registry_id",),
}
# What the sort control says for each ordering.
ORDERING_LABELS = {
    "published": "Newest first",
    "-published": "Oldest first",
    "name": "Name, A to Z",
    "-name": "Name, Z to A",
    "vintage": "Vintage, oldest first",
    "-vintage": "Vintage, newest first",
    "registry_id": "Registry id",
}
DEFAULT_ORDERING = "published"
REGISTRY_ID = re.compile(r"^[A-Z]{2,8}-\d{1,9}$", re.IGNORECASE)


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
                # UPPER(name) LIKE UPPER(…): the trigram index answers it.
                projects = projects.filter(name__icontains=search)
    if filters.country:
        projects = projects.filter(country=filters.country.upper())
    if filters.methodology:
        projects = projects.filter(methodology=filters.methodology)
    if filters.status:
        projects = projects.filter(public_status=filters.status)
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
        "public_status",
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


FACETS_SQL = """
SELECT country, methodology, vintage, public_status, count(*)
FROM registry_project
WHERE state = 'published'
GROUP BY GROUPING SETS ((country), (methodology), (vintage), (public_status))
"""


def public_facets() -> dict:
    """Facet values and counts of published projects, in one scan."""
    facets: dict[str, dict] = {
        "country": {},
        "methodology": {},
        "vintage": {},
        "status": dict.fromkeys(policy.PUBLIC_STATUSES, 0),
    }
    with connection.cursor() as cursor:
        cursor.execute(FACETS_SQL)
        for country, methodology, vintage, status, count in cursor.fetchall():
            for name, value in (
                ("country", country),
                ("methodology", methodology),
                ("vintage", vintage),
                ("status", status),
            ):
                if value is not None:
                    facets[name][value] = count
    labels = dict(Methodology.choices)
    return {
        "country": [
            {"value": v, "count": n} for v, n in sorted(facets["country"].items())
        ],
        "methodology": [
            {"value": v, "label": labels.get(v, v), "count": n}
            for v, n in sorted(facets["methodology"].items())
        ],
        "vintage": [
            {"value": v, "count": n} for v, n in sorted(facets["vintage"].items())
        ],
        "status": [{"value": v, "count": n} for v, n in facets["status"].items()],
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


def holding_list(*, organization, project: Project | None = None) -> QuerySet[Holding]:
    """The organization's account: what it holds, by project and serial."""
    holdings = Holding.objects.for_organization(organization).filter(quantity__gt=0)
    if project is not None:
        holdings = holdings.filter(batch__project=project)
    return holdings.select_related("batch__project").order_by(
        "batch__project__registry_id", "serials"
    )


def holding_get(*, organization, holding_id) -> Holding:
    """One of the organization's holdings, also an emptied one (the services answer
    409 for it); raises Holding.DoesNotExist (404) for another organization's."""
    return (
        Holding.objects.for_organization(organization)
        .select_related("batch__project")
        .get(pk=holding_id)
    )


def transfer_list(*, organization) -> QuerySet[Transfer]:
    """Transfers out of and into the organization's account, newest first."""
    return (
        Transfer.objects.filter(
            Q(from_organization=organization) | Q(to_organization=organization)
        )
        .select_related("batch__project", "from_organization", "to_organization")
        .order_by("-created_at", "-id")
    )


def retirement_list_for(*, organization) -> QuerySet[Retirement]:
    """The retirements made from the organization's account, newest first."""
    return (
        Retirement.objects.filter(buyer_organization=organization)
        .select_related("batch__project")
        .order_by("-retired_at", "-id")
    )


def certificate_get(*, retirement_id) -> Retirement:
    """A retirement of a published project: public registry data. Raises
    Retirement.DoesNotExist (404)."""
    return Retirement.objects.select_related("batch__project").get(
        pk=retirement_id, batch__project__in=policy.published_projects()
    )


def project_list_for(*, user, state: str = "") -> QuerySet[Project]:
    projects = policy.projects_visible_to(user)
    if state:
        projects = projects.filter(state=state)
    return projects.order_by("-created_at")


def project_get_for(*, user, project_id) -> Project:
    """Raises Project.DoesNotExist (404) when the caller may not see it."""
    return policy.projects_visible_to(user).get(pk=project_id)


def document_get_for(*, user, project_id, document_id) -> ProjectDocument:
    """A document of a project `user` may see, at a level their audience sees;
    raises DoesNotExist (404) for any other."""
    project = policy.projects_visible_to(user).get(pk=project_id)
    audience = policy.audience_for(user, project)
    if audience is None:
        raise ProjectDocument.DoesNotExist
    return policy.documents_visible(project, audience).get(pk=document_id)


def grant_get(*, project: Project, grant_id) -> VerifierGrant:
    return VerifierGrant.objects.get(project=project, pk=grant_id)


def batch_get(*, batch_id) -> CreditBatch:
    """Issued batches are public registry data; raises DoesNotExist (404)."""
    return CreditBatch.objects.select_related("project").get(
        pk=batch_id, project__in=policy.published_projects()
    )


def verifier_has_projects(*, user) -> bool:
    """Whether `user` verifies a registry project now (an active grant)."""
    return VerifierGrant.objects.filter(verifier=user, revoked_at__isnull=True).exists()


def grants_list(*, project: Project) -> QuerySet[VerifierGrant]:
    return VerifierGrant.objects.filter(project=project).select_related("verifier")


def project_evidence(*, project: Project) -> list[dict]:
    """The approved MRV statements of the project's plants: its evidence, newest
    period first (internal audiences only; the policy keeps it off public views)."""
    statements = (
        Statement.objects.filter(
            plant__in=project.plants.all(), status=Statement.Status.APPROVED
        )
        .select_related("plant")
        .order_by("-period_end", "plant__code")
    )
    return [
        {
            "plant": statement.plant.code,
            "statement": str(statement.pk),
            "period_start": statement.period_start.isoformat(),
            "period_end": statement.period_end.isoformat(),
            "version": statement.version,
            "co2_t": str(statement.total_co2_t),
            "co2_t_uncertainty": str(statement.total_co2_t_uncertainty),
        }
        for statement in statements
    ]
