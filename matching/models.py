"""The match cache: one match per organization and normalized activity key."""

from __future__ import annotations

from django.db import models

from accounts.tenancy import OrganizationOwned
from matching.factors.models import EmissionFactor


class MatchStatus(models.TextChoices):
    MATCHED = "matched", "Matched"
    NEEDS_REVIEW = "needs_review", "Needs review"
    UNMATCHED = "unmatched", "Unmatched"
    OVERRIDDEN = "overridden", "Overridden"


class MatchCacheEntry(OrganizationOwned):
    """The match of one normalized activity key for one organization.

    Each key is matched once, ever; a person's override replaces the entry and is
    never overwritten by a matcher again.
    """

    id = models.BigAutoField(primary_key=True)
    key = models.CharField(max_length=64, help_text="md5 of the normalized key.")
    description = models.CharField(max_length=500)
    unit = models.CharField(max_length=64)
    category = models.CharField(max_length=200, blank=True)
    region = models.CharField(max_length=8, blank=True)
    factor = models.ForeignKey(
        EmissionFactor,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    confidence = models.DecimalField(max_digits=5, decimal_places=4, default=0)
    method = models.CharField(max_length=32)
    status = models.CharField(max_length=16, choices=MatchStatus.choices)
    rationale = models.CharField(max_length=500, blank=True)
    # The next best factors the matcher weighed ([{"factor_id", "reason"}], best
    # first): what the review queue offers beside the proposed one.
    # A database default too: a process still running the previous release during
    # a deploy inserts rows without this column.
    alternatives = models.JSONField(default=list, db_default=[], blank=True)
    overridden_by = models.ForeignKey(
        "accounts.User",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # A person's decision teaches the model (lines like it take its factor) until
    # it is withdrawn here; the decision itself stays.
    example_withdrawn_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "key"], name="match_cache_unique_key"
            )
        ]

    def __str__(self) -> str:
        return f"{self.description} [{self.unit}] -> {self.factor_id}"


from matching.ai_models import *  # noqa
