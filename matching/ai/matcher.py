"""The `Matcher` used when AI_MATCHING_URL is set (matching.services.matches)."""

from __future__ import annotations

from decimal import Decimal
from uuid import UUID

from django.conf import settings

from matching.ai.items import METHOD
from matching.ai.runs import ai_batches_create
from matching.ai.workers import ai_batches_drain
from matching.ai_models import AiMatchBatch
from matching.matchers.base import MatchItem, MatchResult
from matching.services.matches import alternatives_from_json


class AiServiceMatcher:
    """Sends the items to the AI service as persisted batches and waits for them.

    Up to AI_MATCHING_MAX_IN_FLIGHT batches run at once from this process; the slot
    leases keep the whole cluster within the limit however many processes do this.
    """

    method = METHOD

    def __init__(self, *, organization=None) -> None:
        self.organization = organization

    def match_items(self, items: list[MatchItem]) -> list[MatchResult]:
        batches = ai_batches_create(
            items=items, organization=self.organization, enqueue=False
        )
        ids = [batch.pk for batch in batches]
        ai_batches_drain(
            batch_ids=ids,
            threads=min(len(ids), settings.AI_MATCHING_MAX_IN_FLIGHT),
        )
        answers: dict[str, MatchResult] = {}
        for results in AiMatchBatch.objects.filter(pk__in=ids).values_list(
            "results", flat=True
        ):
            for result in results:
                answers[result["key"]] = MatchResult(
                    key=result["key"],
                    factor_id=UUID(result["factor_id"])
                    if result["factor_id"]
                    else None,
                    confidence=Decimal(result["confidence"]),
                    method=result["method"],
                    rationale=result["rationale"],
                    alternatives=alternatives_from_json(result.get("alternatives")),
                )
        return [answers[item.key] for item in items if item.key in answers]
