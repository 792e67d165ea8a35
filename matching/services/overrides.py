"""A person's choice of factor for an activity: the activity, the cache, the result."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction

from ingestion.models import Activity, ActivityMatchStatus
from matching.factors.models import EmissionFactor
from matching.factors.units import unit_dimension
from matching.matchers.base import MatchItem
from matching.services.matches import match_override
from matching.signals import activities_rematched


@transaction.atomic
def activity_match_override(
    *, activity: Activity, factor: EmissionFactor, user=None
) -> Activity:
    """Set an activity's factor, remember it for its key, recalculate its emissions.

    Raises django ValidationError when the factor's unit cannot measure the activity.
    """
    if unit_dimension(activity.unit_normalized) != factor.dimension:
        raise ValidationError(
            {
                "factor_id": [
                    f"The factor is per {factor.unit_label}; the activity is in "
                    f"{activity.unit}, which cannot be converted."
                ]
            }
        )
    match_override(
        organization=activity.organization,
        item=MatchItem(
            key=activity.match_key,
            description=activity.description,
            unit=activity.unit_normalized,
            category=activity.category,
            region=activity.region,
        ),
        factor=factor,
        user=user,
    )
    Activity.objects.filter(pk=activity.pk).update(
        factor=factor,
        match_confidence=1,
        match_method="override",
        match_status=ActivityMatchStatus.OVERRIDDEN,
    )
    activities_rematched.send(
        sender=activity_match_override,
        organization=activity.organization,
        activity_ids=[activity.pk],
    )
    return Activity.objects.select_related("factor", "emission").get(pk=activity.pk)
