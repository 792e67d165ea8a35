"""A person's match decision and its results, in one transaction.

Matching decides (`matching.services.overrides`, `.review`, `.groups`): the match
cache and the activity keys. Every activity with a key the decision changed is then
recalculated here, the layer above, before the transaction commits. The review API
and pages call these services, never matching's directly.
"""

from __future__ import annotations

from uuid import UUID

from django.db import transaction

from ingestion.models import Activity
from matching.factors.models import EmissionFactor
from matching.services import groups, overrides, review
from matching.services.review import ReviewResult
from reporting.services import emissions_recalculate_keys


@transaction.atomic
def activity_match_override(
    *, activity: Activity, factor: EmissionFactor, user=None
) -> Activity:
    """Set the factor of an activity's key and recalculate every row with the key.
    Raises ValidationFailed (unit_mismatch) like
    matching.services.overrides.activity_match_override."""
    overrides.activity_match_override(activity=activity, factor=factor, user=user)
    emissions_recalculate_keys(
        organization=activity.organization, keys=[activity.match_key]
    )
    return Activity.objects.select_related("match__factor", "emission").get(
        pk=activity.pk
    )


@transaction.atomic
def activities_review(
    *,
    organization,
    user,
    activity_ids: list[UUID],
    action: str,
    factor: EmissionFactor | None = None,
) -> ReviewResult:
    """Accept or override the keys of the activities (matching.services.review)
    and recalculate every row with one of them. Raises ValidationFailed like
    matching.services.review.activities_review."""
    result = review.activities_review(
        organization=organization,
        user=user,
        activity_ids=activity_ids,
        action=action,
        factor=factor,
    )
    emissions_recalculate_keys(organization=organization, keys=result.match_keys)
    return result


@transaction.atomic
def review_group_decide(
    *,
    organization,
    user,
    activities,
    group: str,
    action: str,
    factor: EmissionFactor | None = None,
) -> ReviewResult:
    """Decide a review group (matching.services.groups) and recalculate its rows.
    Raises ReviewGroupChanged or ValidationFailed like
    matching.services.groups.review_group_decide."""
    result = groups.review_group_decide(
        organization=organization,
        user=user,
        activities=activities,
        group=group,
        action=action,
        factor=factor,
    )
    emissions_recalculate_keys(organization=organization, keys=result.match_keys)
    return result


@transaction.atomic
def review_account_map(
    *, organization, user, activities, category: str, factor: EmissionFactor
) -> ReviewResult:
    """Map a whole ledger account (matching.services.groups) and recalculate its
    rows. Raises ValidationFailed like matching.services.groups.review_account_map."""
    result = groups.review_account_map(
        organization=organization,
        user=user,
        activities=activities,
        category=category,
        factor=factor,
    )
    emissions_recalculate_keys(organization=organization, keys=result.match_keys)
    return result
