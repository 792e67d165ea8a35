"""Registry projects: creation and edits by the supplier; staff may only narrow
who sees a field."""

from __future__ import annotations

import logging

from django.core.exceptions import ValidationError
from django.db import connection, transaction

from accounts.models import User
from carbon.core.exceptions import ValidationFailed
from ingestion.models import Plant
from reporting.registry import policy
from reporting.registry.exceptions import NotAllowed, TransitionNotAllowed
from reporting.registry.models import Project, ProjectState
from reporting.registry.services.access import (
    is_supplier,
    require_staff,
    require_supplier,
)

logger = logging.getLogger(__name__)

EDITABLE_STATES = frozenset({ProjectState.DRAFT, ProjectState.CHANGES_REQUESTED})
PROJECT_FIELDS = frozenset(
    {
        "name",
        "methodology",
        "country",
        "vintage",
        "region",
        "latitude",
        "longitude",
        "summary",
        "description",
        "methodology_details",
        "monitoring_plan",
        "contact_email",
        "visibility",
    }
)


def _validate_visibility(visibility: dict) -> None:
    unknown = set(visibility) - set(policy.CONFIGURABLE_FIELDS)
    bad = {k for k, v in visibility.items() if v not in policy.C.values}
    if unknown or bad:
        raise ValidationError(
            {"visibility": f"Unknown fields {sorted(unknown)} or levels {sorted(bad)}."}
        )
    unshown = sorted(
        name
        for name, level in visibility.items()
        if level == policy.C.PUBLIC and name not in policy.PUBLIC_SURFACE_FIELDS
    )
    if unshown:
        raise ValidationError(
            {
                "visibility": f"No public page, export or API shows "
                f"{', '.join(unshown)}: it cannot be marked public."
            }
        )


def _narrowed_visibility(project: Project, *, user: User, levels: dict) -> dict:
    """The project's visibility with `levels` applied by staff. Raises NotAllowed
    unless the user is a staff admin and no level is wider than the current one."""
    require_staff(user, admin=True)
    _validate_visibility(levels)
    wider = sorted(
        name
        for name, level in levels.items()
        if policy.is_wider(level, than=policy.field_level(project, name))
    )
    if wider:
        raise NotAllowed(
            f"Staff may only narrow who sees a field; widening {', '.join(wider)} "
            "is the supplier's, in a resubmitted version of the project."
        )
    return {**(project.visibility or {}), **levels}


def _next_registry_id() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT nextval('registry_project_number_seq')")
        (number,) = cursor.fetchone()
    return f"CCX-{number:06d}"


def _plants_for(organization, codes: list[str] | None) -> list[Plant] | None:
    """The organization's plants by code; ValidationFailed names unknown ones."""
    if codes is None:
        return None
    plants = {
        plant.code: plant
        for plant in Plant.objects.for_organization(organization).filter(code__in=codes)
    }
    unknown = [code for code in codes if code not in plants]
    if unknown:
        raise ValidationFailed(
            "Unknown plants.",
            errors=[
                {
                    "field": f"plants[{codes.index(code)}]",
                    "code": "not_found",
                    "message": f"Your organization has no plant {code!r}.",
                }
                for code in unknown
            ],
        )
    return list(plants.values())


@transaction.atomic
def project_create(*, user: User, **fields) -> Project:
    """Raises NotAllowed (403) without the `create_projects` capability."""
    require_supplier(user=user)
    plants = _plants_for(user.membership.organization, fields.pop("plants", None))
    fields = {k: v for k, v in fields.items() if k in PROJECT_FIELDS}
    _validate_visibility(fields.get("visibility") or {})
    project = Project(
        organization=user.membership.organization,
        registry_id=_next_registry_id(),
        created_by=user,
        **fields,
    )
    project.full_clean()
    project.save()
    if plants:
        project.plants.set(plants)
    logger.info("registry.project_created", extra={"project_id": str(project.pk)})
    return project


@transaction.atomic
def project_update(*, project: Project, user: User, **fields) -> Project:
    """The supplier edits in draft or after changes were requested; raises
    NotAllowed (403) or TransitionNotAllowed (409) once under review. Staff admins
    may only narrow `visibility` (the levels they name), in any state, to withdraw
    a field; widening is refused with NotAllowed."""
    plants = _plants_for(project.organization, fields.pop("plants", None))
    fields = {k: v for k, v in fields.items() if k in PROJECT_FIELDS}
    staff_visibility = (
        policy.is_staff(user) and plants is None and set(fields) <= {"visibility"}
    )
    if not staff_visibility:
        require_supplier(user=user, project=project)
    project = Project.objects.select_for_update().get(pk=project.pk)
    supplier_edit = project.state in EDITABLE_STATES and is_supplier(user, project)
    if not (supplier_edit or staff_visibility):
        raise TransitionNotAllowed(
            "A project can be edited only in draft or after changes were requested."
        )
    if "visibility" in fields and supplier_edit:
        _validate_visibility(fields["visibility"] or {})
    elif "visibility" in fields:
        fields["visibility"] = _narrowed_visibility(
            project, user=user, levels=fields["visibility"] or {}
        )
    for name, value in fields.items():
        setattr(project, name, value)
    project.full_clean()
    project.save(update_fields=[*fields, "updated_at"])
    if plants is not None:
        project.plants.set(plants)
    return project
