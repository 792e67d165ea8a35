"""The review queue: an analyst accepts or overrides low-confidence matches in bulk.

Both actions are a person's decision about the activity's key, so both feed the
organization's match cache and the next upload with that key needs no review.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from django.db import transaction

from carbon.exceptions import ValidationFailed
from ingestion.models import Activity, ActivityMatchStatus
from matching.matchers.base import MatchItem
from matching.models import EmissionFactor, MatchCacheEntry, MatchStatus
from matching.services.matches import match_override
from matching.units import UnknownUnit, unit_dimension

ACCEPTED_METHOD = "review_accepted"


class ReviewAction:
    ACCEPT = "accept"
    OVERRIDE = "override"
    CHOICES = (ACCEPT, OVERRIDE)


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
    """Accept the current factor of, or set `factor` on, every activity at once.

    Raises ValidationFailed naming each activity that is not the organization's,
    has no factor to accept, or cannot be measured by `factor` (nothing changes).
    """
    from reporting.services import emissions_recalculate

    ids = list(dict.fromkeys(activity_ids))
    activities = {
        activity.pk: activity
        for activity in Activity.objects.for_organization(organization)
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
        Activity.objects.filter(pk__in=ids).update(
            factor=factor,
            match_confidence=1,
            match_method="override",
            match_status=ActivityMatchStatus.OVERRIDDEN,
        )
    else:
        for activity in {a.match_key: a for a in chosen}.values():
            MatchCacheEntry.objects.update_or_create(
                organization=organization,
                key=activity.match_key,
                defaults={
                    "description": activity.description[:500],
                    "unit": activity.unit_normalized[:64],
                    "category": activity.category[:200],
                    "region": activity.region[:8],
                    "factor_id": activity.factor_id,
                    "confidence": activity.match_confidence or 0,
                    "method": ACCEPTED_METHOD,
                    "status": MatchStatus.MATCHED,
                    "rationale": "Accepted by a person in review.",
                    "overridden_by": user,
                },
            )
        Activity.objects.filter(pk__in=ids).update(
            match_method=ACCEPTED_METHOD, match_status=ActivityMatchStatus.MATCHED
        )
    emissions_recalculate(activity_ids=ids)
    return ReviewResult(
        action=action,
        activity_ids=ids,
        updated=len(ids),
        keys=len({a.match_key for a in chosen}),
    )
