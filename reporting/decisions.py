"""A person's match decision and its results, in one transaction.

Matching decides (`matching.services.overrides`, `.review`, `.groups`): the match
cache and the activity keys. Every activity with a key the decision changed is then
recalculated here, the layer above, before the transaction commits. The review API
and pages call these services, never matching's directly.
"""

from __future__ import annotations

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


def _recalculated(result: ReviewResult, *, organization) -> ReviewResult:
    emissions_recalculate_keys(organization=organization, keys=result.match_keys)
    return result


@transaction.atomic
def activities_review(*, organization, **decision) -> ReviewResult:
    """Accept or override the keys of the activities and recalculate every row with
    one of them. `decision`: user, activity_ids, action, factor, as
    matching.services.review.activities_review, whose ValidationFailed it raises."""
    return _recalculated(
        review.activities_review(organization=organization, **decision),
        organization=organization,
    )


@transaction.atomic
def review_group_decide(*, organization, **decision) -> ReviewResult:
    """Decide a review group and recalculate its rows. `decision`: user, activities,
    group, action, factor, as matching.services.groups.review_group_decide, whose
    ReviewGroupChanged and ValidationFailed it raises."""
    return _recalculated(
        groups.review_group_decide(organization=organization, **decision),
        organization=organization,
    )


@transaction.atomic
def review_account_map(*, organization, **decision) -> ReviewResult:
    """Map a whole ledger account and recalculate its rows. `decision`: user,
    activities, category, factor, as matching.services.groups.review_account_map,
    whose ValidationFailed it raises."""
    return _recalculated(
        groups.review_account_map(organization=organization, **decision),
        organization=organization,
    )
