"""Review by group: the review queue's rows grouped by what an analyst decides on
(normalized merchant + category, in one unit and region), largest first, and a
decision for a whole group or a whole ledger account that is remembered for
future uploads, even for merchants that differ only by store number. The results
follow in `reporting.decisions`, the layer above, which the review API and pages call."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction

from carbon.core.exceptions import ValidationFailed
from ingestion.models import Activity, ActivityMatchStatus
from matching.exceptions import ReviewGroupChanged
from matching.factors.keys import text_normalize
from matching.factors.models import EmissionFactor
from matching.matchers.base import MatchItem, MatchResult
from matching.models import MatchCacheEntry, MatchStatus
from matching.services.decisions import account_key, group_key
from matching.services.matches import match_decide
from matching.services.review import (
    ReviewAction,
    activities_review,
    activity_keys_lock,
)
from matching.vocabulary import merchant_normalize

GROUP_METHOD = "review_group"
ACCOUNT_METHOD = "review_account"


@dataclass
class ReviewGroup:
    key: str
    merchant: str
    category: str
    unit: str
    region: str
    activity_ids: list = field(default_factory=list)
    keys: set = field(default_factory=set)
    quantity: Decimal = Decimal(0)
    co2e_kg: Decimal = Decimal(0)
    factors: Counter = field(default_factory=Counter)
    example: str = ""

    @property
    def rows(self) -> int:
        return len(self.activity_ids)

    @property
    def factor_id(self):
        return self.factors.most_common(1)[0][0] if self.factors else None


def review_groups(activities) -> list[ReviewGroup]:
    """Group the review queue (activities needing review), most material first:
    by absolute emissions, then by absolute quantity (spend)."""
    groups: dict[str, ReviewGroup] = {}
    for activity in activities.select_related("emission", "match").only(
        "id",
        "description",
        "category",
        "unit",
        "unit_normalized",
        "region",
        "quantity",
        "organization_id",
        "match_key",
        "match__factor_id",
        "emission__co2e_kg",
    ):
        key = group_key(
            description=activity.description,
            category=activity.category,
            unit=activity.unit_normalized,
            region=activity.region,
        )
        group = groups.get(key)
        if group is None:
            group = groups[key] = ReviewGroup(
                key=key,
                merchant=merchant_normalize(activity.description),
                category=activity.category,
                unit=activity.unit,
                region=activity.region,
                example=activity.description,
            )
        group.activity_ids.append(activity.pk)
        group.keys.add(activity.match_key)
        group.quantity += abs(activity.quantity)
        emission = getattr(activity, "emission", None)
        if emission is not None and emission.co2e_kg is not None:
            group.co2e_kg += abs(emission.co2e_kg)
        if activity.factor_id:
            group.factors[activity.factor_id] += 1
    return sorted(
        groups.values(), key=lambda g: (g.co2e_kg, g.quantity, g.rows), reverse=True
    )


def _remember(*, organization, user, key: str, item: MatchItem, factor, method: str):
    match_decide(
        organization=organization,
        item=MatchItem(
            key=key,
            description=item.description,
            unit=item.unit,
            category=item.category,
            region=item.region,
        ),
        result=MatchResult(
            key=key,
            factor_id=factor.pk if factor else None,
            confidence=Decimal(1),
            method=method,
            rationale="Decided by a person for the whole group.",
        ),
        status=MatchStatus.OVERRIDDEN,
        user=user,
    )


def _group_lock(*, organization, found: ReviewGroup) -> None:
    """Lock the group's activity keys; raises ReviewGroupChanged unless each one
    still needs review, as when the caller loaded the group (a concurrent
    decision on the group won)."""
    locked = activity_keys_lock(organization=organization, keys=found.keys)
    if len(locked) != len(found.keys) or any(
        key.status != ActivityMatchStatus.NEEDS_REVIEW for key in locked
    ):
        raise ReviewGroupChanged("The group was decided meanwhile; reload the queue.")


def _group_decided(*, organization, group: str) -> bool:
    return (
        MatchCacheEntry.objects.for_organization(organization)
        .filter(key=group, method=GROUP_METHOD)
        .exists()
    )


@transaction.atomic
def review_group_decide(
    *,
    organization,
    user,
    activities,
    group: str,
    action: str,
    factor: EmissionFactor | None = None,
):
    """Accept the group's proposed factor or set `factor` on every row of group
    `group` (a key from review_groups over `activities`), and remember it for the
    group. Raises ReviewGroupChanged when the group was decided since the caller
    loaded it, ValidationFailed when it is not in the queue."""
    if action not in ReviewAction.CHOICES:
        raise ValidationFailed(
            "Unknown action.",
            errors=[
                {"field": "action", "code": "invalid", "message": "Unknown action."}
            ],
        )
    found = next((g for g in review_groups(activities) if g.key == group), None)
    if found is None:
        if _group_decided(organization=organization, group=group):
            raise ReviewGroupChanged("The group was decided already; reload the queue.")
        raise ValidationFailed(
            "No such group in the review queue.",
            errors=[
                {"field": "group", "code": "not_found", "message": "Unknown group."}
            ],
        )
    if action == ReviewAction.ACCEPT:
        factor = EmissionFactor.objects.filter(pk=found.factor_id).first()
        if factor is None:
            raise ValidationFailed(
                "The group has no proposed factor to accept.",
                errors=[
                    {
                        "field": "action",
                        "code": "no_factor",
                        "message": "Choose a factor.",
                    }
                ],
            )
    _group_lock(organization=organization, found=found)
    result = activities_review(
        organization=organization,
        user=user,
        activity_ids=found.activity_ids,
        action=ReviewAction.OVERRIDE,
        factor=factor,
        method=GROUP_METHOD,
    )
    first = Activity.objects.get(pk=found.activity_ids[0])
    _remember(
        organization=organization,
        user=user,
        key=group,
        item=MatchItem(
            key=group,
            description=found.merchant or first.description,
            unit=first.unit_normalized,
            category=first.category,
            region=first.region,
        ),
        factor=factor,
        method=GROUP_METHOD,
    )
    return result


@transaction.atomic
def review_account_map(
    *, organization, user, activities, category: str, factor: EmissionFactor
):
    """Map a whole ledger account: every row of `category` in the review queue gets
    `factor`, and future lines of that account (in the factor's unit family) too."""
    rows = [
        a
        for a in activities.select_related(None).only(
            "id", "category", "unit_normalized", "region", "match_key"
        )
        if text_normalize(a.category) == text_normalize(category)
    ]
    if not category or not rows:
        raise ValidationFailed(
            "No such account in the review queue.",
            errors=[
                {
                    "field": "category",
                    "code": "not_found",
                    "message": "Unknown account.",
                }
            ],
        )
    result = activities_review(
        organization=organization,
        user=user,
        activity_ids=[a.pk for a in rows],
        action=ReviewAction.OVERRIDE,
        factor=factor,
        method=ACCOUNT_METHOD,
    )
    for unit, region in {(a.unit_normalized, a.region) for a in rows}:
        key = account_key(category=category, unit=unit, region=region)
        _remember(
            organization=organization,
            user=user,
            key=key,
            item=MatchItem(
                key=key,
                description=category,
                unit=unit,
                category=category,
                region=region,
            ),
            factor=factor,
            method=ACCOUNT_METHOD,
        )
    return result
