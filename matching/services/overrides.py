"""A person's choice of factor for an activity's key: the cache and the key.

The results follow in `reporting.decisions`, the layer above, which the API calls.
"""

from __future__ import annotations

from django.db import transaction

from carbon.core.exceptions import ValidationFailed
from ingestion.models import Activity
from matching.factors.compatibility import factor_unit_refusal
from matching.factors.models import EmissionFactor
from matching.matchers.base import MatchItem
from matching.services.matches import match_override


@transaction.atomic
def activity_match_override(
    *, activity: Activity, factor: EmissionFactor, user=None
) -> Activity:
    """Set the factor of an activity's key (every row with the key follows, and
    the next uploads too). Their emissions are not recalculated here: a person's
    decision goes through reporting.decisions.activity_match_override.

    Raises ValidationFailed (unit_mismatch, naming both units) when the factor's
    unit cannot measure the activity. Money may take a fuel or energy factor: a
    price turns it into the factor's unit.
    """
    refusal = factor_unit_refusal(
        factor=factor, unit_normalized=activity.unit_normalized, unit=activity.unit
    )
    if refusal:
        raise ValidationFailed(
            refusal,
            errors=[
                {"field": "factor_id", "code": "unit_mismatch", "message": refusal}
            ],
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
    return Activity.objects.select_related("match__factor").get(pk=activity.pk)
