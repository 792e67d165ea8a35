"""Issuance: the latest approved assessment's verified tonnes become one block of
serials (1 t CO2e each), held in the project owner's account."""

from __future__ import annotations

import logging
from decimal import ROUND_FLOOR

from django.db import connection, transaction
from django.db.backends.postgresql.psycopg_any import NumericRange
from django.db.models import F

from accounts.models import User
from reporting.registry.exceptions import TransitionNotAllowed
from reporting.registry.models import (
    CreditBatch,
    Holding,
    Project,
    ProjectState,
    SerialCounter,
)
from reporting.registry.services.access import require_staff
from reporting.registry.services.verification import latest_assessment

logger = logging.getLogger(__name__)


def _allocate_serials(quantity: int) -> int:
    """The first serial of a fresh contiguous block of `quantity`."""
    SerialCounter.objects.get_or_create(pk=1)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE registry_serialcounter SET next_serial = next_serial + %s "
            "WHERE id = 1 RETURNING next_serial - %s",
            [quantity, quantity],
        )
        (start,) = cursor.fetchone()
    return start


@transaction.atomic
def credits_issue(*, project: Project, user: User) -> CreditBatch:
    """Issue the latest approved assessment's verified tonnes (whole credits) as one
    serial block, held in the project owner's account. Raises NotAllowed,
    TransitionNotAllowed (409)."""
    require_staff(user, admin=True)
    project = Project.objects.select_for_update().get(pk=project.pk)
    if project.state != ProjectState.PUBLISHED:
        raise TransitionNotAllowed("Credits are issued for published projects only.")
    assessment = latest_assessment(project)
    if assessment is None or assessment.approved_by_id is None:
        raise TransitionNotAllowed("No approved assessment to issue against.")
    if CreditBatch.objects.filter(assessment=assessment).exists():
        raise TransitionNotAllowed("This assessment's credits are already issued.")
    quantity = int(assessment.verified_quantity.to_integral_value(ROUND_FLOOR))
    if quantity < 1:
        raise TransitionNotAllowed("The verified quantity is below one tonne.")
    start = _allocate_serials(quantity)
    batch = CreditBatch.objects.create(
        project=project,
        assessment=assessment,
        vintage=project.vintage,
        serials=NumericRange(start, start + quantity, "[)"),
        quantity=quantity,
        issued_by=user,
    )
    Holding.objects.create(
        organization_id=project.organization_id,
        batch=batch,
        serials=batch.serials,
        quantity=quantity,
    )
    Project.objects.filter(pk=project.pk).update(
        credits_issued=F("credits_issued") + quantity
    )
    logger.info(
        "registry.credits_issued",
        extra={"project_id": str(project.pk), "quantity": quantity, "start": start},
    )
    return batch
