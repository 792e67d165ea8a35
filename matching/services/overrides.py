"""A person's choice of factor for an activity's key: the cache, the key, the results."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction

from ingestion.models import Activity
from matching.factors.models import EmissionFactor
from matching.factors.units import unit_dimension
from matching.matchers.base import MatchItem
from matching.services.matches import match_override
from matching.signals import activities_rematched


@transaction.atomic
def activity_match_override(
    *, activity: Activity, factor: EmissionFactor, user=None
) -> Activity:
    """Set the factor of an activity's key (every row with the key follows, and
    the next uploads too) and recalculate their emissions.

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
    activities_rematched.send(
        sender=activity_match_override,
        organization=activity.organization,
        keys=[activity.match_key],
        activity_ids=[activity.pk],
    )
    return Activity.objects.select_related("match__factor", "emission").get(
        pk=activity.pk
    )
