"""The review queue: an analyst accepts or overrides low-confidence matches in bulk.

Both actions are a person's decision about the activity's key, so both feed the
organization's match cache and the next upload with that key needs no review. The
results follow in `reporting.decisions`, the layer above, which the review API and
pages call.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from uuid import UUID

from django.db import transaction

from carbon.core.exceptions import ValidationFailed
from ingestion.models import Activity, ActivityKey
from matching.factors.compatibility import factor_unit_refusal
from matching.factors.models import EmissionFactor
from matching.factors.selectors import emission_factor_get
from matching.matchers.base import MatchItem, MatchResult
from matching.models import MatchStatus
from matching.services.matches import OVERRIDE_METHOD, match_decide, match_override

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
    # Every row of the organization with one of the keys: they all follow.
    rows: int
    # The keys whose match changed, for the results to follow (not in the API).
    match_keys: tuple[str, ...] = ()

    def summary(self, verb: str) -> str:
        """'Accepted 14 rows (1 chosen, 13 more with the same key).'"""
        text = f"{verb} {self.rows} row{'' if self.rows == 1 else 's'}"
        more = self.rows - self.updated
        if more > 0:
            text += f" ({self.updated} chosen, {more} more with the same description)"
        return text + "."


def _item(activity: Activity) -> MatchItem:
    return MatchItem(
        key=activity.match_key,
        description=activity.description,
        unit=activity.unit_normalized,
        category=activity.category,
        region=activity.region,
        supplier=activity.supplier,
        merchant_type=activity.merchant_type,
    )


def _errors(ids: list[UUID], bad: dict[UUID, tuple[str, str]]) -> list[dict]:
    return [
        {"field": f"activity_ids[{index}]", "code": bad[pk][0], "message": bad[pk][1]}
        for index, pk in enumerate(ids)
        if pk in bad
    ]


def activity_keys_lock(*, organization, keys) -> list[ActivityKey]:
    """Lock the organization's activity keys `keys` for the transaction. Every
    decision locks the keys it changes first and in key order, so two decisions
    wait for each other instead of deadlocking."""
    return list(
        ActivityKey.objects.for_organization(organization)
        .filter(key__in=sorted(keys))
        .order_by("key")
        .select_for_update()
    )


@transaction.atomic
def activities_review(
    *,
    organization,
    user,
    activity_ids: list[UUID],
    action: str,
    factor: EmissionFactor | None = None,
    method: str = OVERRIDE_METHOD,
) -> ReviewResult:
    """Accept the current factor of, or set `factor` on, the keys of the activities
    at once: every row with one of those keys follows (the match is the key's).
    `method` records how an override was decided (a group, an account).

    Raises ValidationFailed naming each activity that is not the organization's,
    has no factor to accept, or cannot be measured by `factor` (nothing changes).
    """
    ids = list(dict.fromkeys(activity_ids))
    scope = Activity.objects.for_organization(organization).filter(pk__in=ids)
    activity_keys_lock(
        organization=organization, keys=set(scope.values_list("match_key", flat=True))
    )
    activities = {
        activity.pk: activity
        for activity in scope.select_related("match__factor").select_for_update(
            of=("self",)
        )
    }
    bad: dict[UUID, tuple[str, str]] = {}
    for pk in ids:
        activity = activities.get(pk)
        if activity is None:
            bad[pk] = ("not_found", "No such activity in your organization.")
        elif action == ReviewAction.ACCEPT and activity.factor_id is None:
            bad[pk] = ("no_factor", "The activity has no factor to accept.")
        elif action == ReviewAction.OVERRIDE and (
            refusal := factor_unit_refusal(
                factor=factor,
                unit_normalized=activity.unit_normalized,
                unit=activity.unit,
            )
        ):
            bad[pk] = ("unit_mismatch", refusal)
    if bad:
        reasons = list(dict.fromkeys(message for _, message in bad.values()))
        raise ValidationFailed(
            f"{len(bad)} of {len(ids)} activities cannot be reviewed this way. "
            + " ".join(reasons[:3]),
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
                method=method,
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
    keys = sorted({a.match_key for a in chosen})
    return ReviewResult(
        action=action,
        activity_ids=ids,
        updated=len(ids),
        keys=len(keys),
        rows=Activity.objects.for_organization(organization)
        .filter(match_key__in=keys)
        .count(),
        match_keys=tuple(keys),
    )
