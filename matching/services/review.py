"""The review queue: an analyst accepts or overrides low-confidence matches in bulk.

Both actions are a person's decision about the activity's key, so both feed the
organization's match cache and the next upload with that key needs no review.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from uuid import UUID

from django.db import transaction

from carbon.exceptions import ValidationFailed
from ingestion.models import Activity
from matching.factors.models import EmissionFactor
from matching.factors.selectors import emission_factor_get
from matching.factors.units import UnknownUnit, unit_dimension
from matching.matchers.base import MatchItem, MatchResult
from matching.models import MatchStatus
from matching.services.matches import match_decide, match_override
from matching.signals import activities_rematched

ACCEPTED_METHOD = "review_accepted"


class ReviewAction:
    ACCEPT = "accept"
    OVERRIDE = "override"
    CHOICES = (ACCEPT, OVERRIDE)


def review_factor(
    *, action: str, factor_id: UUID | str | None
) -> EmissionFactor | None:
    """The factor a review decision names: required to override, unused to accept.

    The one rule for the API and the review page. Raises ValidationFailed naming
    `factor_id` when an override has none, EmissionFactor.DoesNotExist (404) when
    the id is not in the library.
    """
    if action != ReviewAction.OVERRIDE:
        return None
    if not factor_id:
        raise ValidationFailed(
            "Choose the factor to use.",
            errors=[
                {
                    "field": "factor_id",
                    "code": "required",
                    "message": "Required to override.",
                }
            ],
        )
    return emission_factor_get(factor_id=factor_id)


@dataclass(frozen=True)
class ReviewResult:
    action: str
    activity_ids: list[UUID]
    updated: int
    keys: int


def _item(activity: Activity) -> MatchItem:
    return MatchItem(
        key=activity.match_key,
        description=activity.description,
        unit=activity.unit_normalized,
        category=activity.category,
        region=activity.region,
    )


def _dimension(unit: str) -> str | None:
    try:
        return unit_dimension(unit)
    except UnknownUnit:
        return None


def _errors(ids: list[UUID], bad: dict[UUID, tuple[str, str]]) -> list[dict]:
    return [
        {"field": f"activity_ids[{index}]", "code": bad[pk][0], "message": bad[pk][1]}
        for index, pk in enumerate(ids)
        if pk in bad
    ]


@transaction.atomic
def activities_review(
    *,
    organization,
    user,
    activity_ids: list[UUID],
    action: str,
    factor: EmissionFactor | None = None,
) -> ReviewResult:
    """Accept the current factor of, or set `factor` on, the keys of the activities
    at once: every row with one of those keys follows (the match is the key's).

    Raises ValidationFailed naming each activity that is not the organization's,
    has no factor to accept, or cannot be measured by `factor` (nothing changes).
    """
    ids = list(dict.fromkeys(activity_ids))
    activities = {
        activity.pk: activity
        for activity in Activity.objects.for_organization(organization)
        .select_related("match__factor")
        .select_for_update(of=("self",))
        .filter(pk__in=ids)
    }
    bad: dict[UUID, tuple[str, str]] = {}
    for pk in ids:
        activity = activities.get(pk)
        if activity is None:
            bad[pk] = ("not_found", "No such activity in your organization.")
        elif action == ReviewAction.ACCEPT and activity.factor_id is None:
            bad[pk] = ("no_factor", "The activity has no factor to accept.")
        elif (
            action == ReviewAction.OVERRIDE
            and _dimension(activity.unit_normalized) != factor.dimension
        ):
            bad[pk] = (
                "unit_mismatch",
                f"The factor is per {factor.unit_label}; the activity is in "
                f"{activity.unit}, which cannot be converted.",
            )
    if bad:
        raise ValidationFailed(
            f"{len(bad)} of {len(ids)} activities cannot be reviewed this way.",
            errors=_errors(ids, bad),
        )
    chosen = list(activities.values())
    if action == ReviewAction.OVERRIDE:
        for activity in {a.match_key: a for a in chosen}.values():
            match_override(
                organization=organization,
                item=_item(activity),
                factor=factor,
                user=user,
            )
    else:
        for activity in {a.match_key: a for a in chosen}.values():
            match_decide(
                organization=organization,
                item=_item(activity),
                result=MatchResult(
                    key=activity.match_key,
                    factor_id=activity.factor_id,
                    confidence=activity.match_confidence or Decimal(0),
                    method=ACCEPTED_METHOD,
                    rationale="Accepted by a person in review.",
                ),
                status=MatchStatus.MATCHED,
                user=user,
            )
    activities_rematched.send(
        sender=activities_review,
        organization=organization,
        keys=sorted({a.match_key for a in chosen}),
        activity_ids=ids,
    )
    return ReviewResult(
        action=action,
        activity_ids=ids,
        updated=len(ids),
        keys=len({a.match_key for a in chosen}),
    )
