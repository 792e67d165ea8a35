"""Holdings, transfers between accounts and retirement (issuance fills the
holdings).

Every change to a batch's holdings first locks the batch row, so changes to one
batch run one after another and each sees the last one's result (a lost race is a
409, never a double spend). The exclusion constraints and triggers of migration
0005 are the backstop: no serial in two holdings, never held and retired at once,
never outside its batch."""

from __future__ import annotations

import logging

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.backends.postgresql.psycopg_any import NumericRange
from django.db.models import F

from accounts.models import User
from reporting.registry.exceptions import (
    InsufficientCredits,
    SerialsAlreadyRetired,
    SerialsNotHeld,
)
from reporting.registry.models import (
    CreditBatch,
    Holding,
    Project,
    Retirement,
    Transfer,
)
from reporting.registry.services.access import require_buyer, require_trader

logger = logging.getLogger(__name__)


def _span(start: int, quantity: int) -> NumericRange:
    return NumericRange(start, start + quantity, "[)")


def _lock_batch(batch: CreditBatch) -> CreditBatch:
    # FOR NO KEY UPDATE: inserts referencing the batch (their FOR KEY SHARE) in
    # this transaction are not blocked by it.
    return CreditBatch.objects.select_for_update(no_key=True).get(pk=batch.pk)


def _holding_locked(holding: Holding) -> Holding:
    """The holding as it is now, under the batch lock; SerialsNotHeld (409) when
    a concurrent transfer or retirement emptied it."""
    _lock_batch(holding.batch)
    current = Holding.objects.get(pk=holding.pk)
    if current.quantity == 0 or current.organization_id != holding.organization_id:
        raise SerialsNotHeld("This holding has been transferred or retired meanwhile.")
    return current


def _take(*, organization_id, batch: CreditBatch, serials: NumericRange) -> None:
    """Remove `serials` from the organization's holding that contains them all
    (the caller holds the batch lock). Raises SerialsAlreadyRetired or
    SerialsNotHeld (409)."""
    holding = (
        Holding.objects.select_for_update()
        .filter(organization_id=organization_id, batch=batch, serials__contains=serials)
        .first()
    )
    if holding is None:
        first, last = serials.lower, serials.upper - 1
        if Retirement.objects.filter(serials__overlap=serials).exists():
            raise SerialsAlreadyRetired(f"Serials {first}-{last} overlap a retirement.")
        raise SerialsNotHeld(
            f"Your account does not hold all of serials {first}-{last}."
        )
    rest = [
        part
        for part in (
            NumericRange(holding.serials.lower, serials.lower, "[)"),
            NumericRange(serials.upper, holding.serials.upper, "[)"),
        )
        if part.upper > part.lower
    ]
    # An emptied holding keeps its row (and id), with no serials.
    kept, *split = rest or [NumericRange(empty=True)]
    holding.serials = kept
    holding.quantity = 0 if kept.isempty else kept.upper - kept.lower
    holding.save(update_fields=["serials", "quantity", "updated_at"])
    for part in split:
        Holding.objects.create(
            organization_id=organization_id,
            batch=batch,
            serials=part,
            quantity=part.upper - part.lower,
        )


def _give(*, organization_id, batch: CreditBatch, serials: NumericRange) -> Holding:
    """Add `serials` to the organization's account, joined to an adjacent holding
    of the same batch when there is one."""
    neighbour = (
        Holding.objects.select_for_update()
        .filter(
            organization_id=organization_id, batch=batch, serials__adjacent_to=serials
        )
        .first()
    )
    if neighbour is None:
        return Holding.objects.create(
            organization_id=organization_id,
            batch=batch,
            serials=serials,
            quantity=serials.upper - serials.lower,
        )
    lower = min(neighbour.serials.lower, serials.lower)
    upper = max(neighbour.serials.upper, serials.upper)
    neighbour.serials = NumericRange(lower, upper, "[)")
    neighbour.quantity = upper - lower
    neighbour.save(update_fields=["serials", "quantity", "updated_at"])
    return neighbour


@transaction.atomic
def credits_transfer(
    *, holding: Holding, user: User, quantity: int, to_organization
) -> Transfer:
    """Move the lowest `quantity` serials of the caller's own holding to another
    account. Raises NotAllowed (403), ValidationError, SerialsNotHeld or
    InsufficientCredits (409: a concurrent transfer or retirement got there first)."""
    require_trader(user, holding)
    if to_organization.pk == holding.organization_id:
        raise ValidationError(
            {"to_organization": "Credits are transferred to another account."}
        )
    holding = _holding_locked(holding)
    if quantity > holding.quantity:
        raise InsufficientCredits(
            f"The holding has {holding.quantity} credits; {quantity} were asked for."
        )
    serials = _span(holding.serial_start, quantity)
    _take(organization_id=holding.organization_id, batch=holding.batch, serials=serials)
    _give(organization_id=to_organization.pk, batch=holding.batch, serials=serials)
    transfer = Transfer.objects.create(
        batch=holding.batch,
        serials=serials,
        quantity=quantity,
        from_organization_id=holding.organization_id,
        to_organization=to_organization,
        transferred_by=user,
    )
    logger.info(
        "registry.credits_transferred",
        extra={
            "batch_id": str(holding.batch_id),
            "quantity": quantity,
            "from": str(holding.organization_id),
            "to": str(to_organization.pk),
        },
    )
    return transfer


def _retire(
    *,
    batch: CreditBatch,
    user: User,
    serials: NumericRange,
    beneficiary: str,
    reason: str,
) -> Retirement:
    organization = user.membership.organization
    _take(organization_id=organization.pk, batch=batch, serials=serials)
    quantity = serials.upper - serials.lower
    retirement = Retirement(
        batch=batch,
        serials=serials,
        quantity=quantity,
        beneficiary=beneficiary,
        reason=reason,
        retired_by=user,
        buyer_organization=organization,
    )
    retirement.full_clean(exclude=["serials"], validate_constraints=False)
    try:
        with transaction.atomic():
            retirement.save(force_insert=True)
    except IntegrityError as exc:
        if "registry_serial_retired_once" in str(exc):
            raise SerialsAlreadyRetired(
                f"Serials {serials.lower}-{serials.upper - 1} overlap a retirement."
            ) from exc
        raise
    Project.objects.filter(pk=batch.project_id).update(
        credits_retired=F("credits_retired") + quantity
    )
    logger.info(
        "registry.credits_retired",
        extra={"batch_id": str(batch.pk), "quantity": quantity},
    )
    return retirement


@transaction.atomic
def credits_retire(
    *,
    batch: CreditBatch,
    user: User,
    serial_start: int,
    serial_end: int,
    beneficiary: str,
    reason: str,
) -> Retirement:
    """A buyer retires serials [serial_start, serial_end] of a batch from their own
    account's holding. Raises NotAllowed, ValidationError, SerialsAlreadyRetired or
    SerialsNotHeld (409)."""
    require_buyer(user)
    if not (batch.serial_start <= serial_start <= serial_end <= batch.serial_end):
        raise ValidationError(
            {
                "serial_start": f"Serials must lie within {batch.serial_start}-"
                f"{batch.serial_end}."
            }
        )
    batch = _lock_batch(batch)
    return _retire(
        batch=batch,
        user=user,
        serials=NumericRange(serial_start, serial_end + 1, "[)"),
        beneficiary=beneficiary,
        reason=reason,
    )


@transaction.atomic
def holding_retire(
    *, holding: Holding, user: User, quantity: int, beneficiary: str, reason: str
) -> Retirement:
    """A buyer retires the lowest `quantity` serials of their own holding. Raises
    NotAllowed, SerialsNotHeld or InsufficientCredits (409)."""
    require_buyer(user)
    if holding.organization_id != user.membership.organization_id:
        raise SerialsNotHeld("Your account does not hold these credits.")
    holding = _holding_locked(holding)
    if quantity > holding.quantity:
        raise InsufficientCredits(
            f"The holding has {holding.quantity} credits; {quantity} were asked for."
        )
    return _retire(
        batch=holding.batch,
        user=user,
        serials=_span(holding.serial_start, quantity),
        beneficiary=beneficiary,
        reason=reason,
    )
