"""A person's decision as an example for the model: withdrawing it."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from matching.models import MatchCacheEntry


@transaction.atomic
def match_example_withdraw(*, organization, entry_id: int) -> MatchCacheEntry:
    """Stop the decision stored under `entry_id` from teaching the model: new lines
    like it are matched on their own again; the decision itself stays. Raises
    MatchCacheEntry.DoesNotExist for an entry of another organization."""
    entry = (
        MatchCacheEntry.objects.for_organization(organization)
        .select_for_update()
        .get(pk=entry_id)
    )
    entry.example_withdrawn_at = timezone.now()
    entry.full_clean()
    entry.save(update_fields=["example_withdrawn_at", "updated_at"])
    return entry
