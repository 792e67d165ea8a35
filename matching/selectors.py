from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import dataclass
from uuid import UUID

from django.db.models import Q

from ingestion.selectors import activity_list
from matching.factors.models import EmissionFactor
from matching.factors.units import UnknownUnit, unit_dimension, unit_normalize
from matching.models import MatchCacheEntry, MatchStatus
from matching.services.decisions import account_key, group_key
from matching.services.groups import ACCOUNT_METHOD, GROUP_METHOD
from matching.services.review import ACCEPTED_METHOD

_CANDIDATES_SQL = f"""
    SELECT f.*, a.activity_id
    FROM unnest(%s::text[], %s::text[], %s::text[], %s::uuid[])
         AS a(activity_id, dimension, pattern, current_id)
    CROSS JOIN LATERAL (
        SELECT * FROM {EmissionFactor._meta.db_table} f
        WHERE f.is_current AND f.dimension = a.dimension
          AND (f.name ~* a.pattern OR f.category_path ~* a.pattern)
          AND f.id IS DISTINCT FROM a.current_id
        ORDER BY f.source, f.name, f.external_id
        LIMIT %s
    ) f
"""  # noqa: S608 - the table name only


def _dimension(unit: str) -> str | None:
    try:
        return unit_dimension(unit_normalize(unit))
    except UnknownUnit:
        return None


def _words(description: str) -> list[str]:
    return sorted(
        set(re.findall(r"[a-z]{4,}", description.lower())), key=len, reverse=True
    )[:4]


def _reason(factor: EmissionFactor, words: list[str]) -> str:
    text = f"{factor.name} {factor.category_path}".lower()
    shared = [word for word in words if word in text]
    return (
        f"Shares {', '.join(repr(w) for w in shared)} with the line; same unit family."
    )


def _matcher_offers(activities: Sequence) -> dict[tuple, MatchCacheEntry]:
    """The cache entries of the activities' keys: the matcher's rationale and the
    alternatives it weighed, per (organization, key)."""
    keys: dict[object, set[str]] = {}
    for activity in activities:
        keys.setdefault(activity.organization_id, set()).add(activity.match_key)
    return {
        (entry.organization_id, entry.key): entry
        for organization_id, wanted in keys.items()
        for entry in MatchCacheEntry.objects.filter(
            organization_id=organization_id, key__in=wanted
        ).only("organization_id", "key", "rationale", "alternatives")
    }


def factor_candidates(
    *, activities: Sequence, limit: int = 3
) -> dict[object, list[EmissionFactor]]:
    """The top `limit` factors a reviewer may pick for each activity, each with a
    one-line `reason`: its current factor first (why the matcher chose it), then the
    next best factors the matcher weighed (the model's, with its reasons), then
    current factors of a convertible unit whose name or category shares a word with
    the description (longest words first). Three queries for the whole page."""
    offers = _matcher_offers(activities)
    offered_ids = {
        UUID(alternative["factor_id"])
        for entry in offers.values()
        for alternative in entry.alternatives
    }
    # A factor the library has since replaced is not offered.
    current = EmissionFactor.objects.current().in_bulk(offered_ids)
    chosen: dict[object, list[EmissionFactor]] = {}
    for activity in activities:
        chosen[activity.pk] = []
        entry = offers.get((activity.organization_id, activity.match_key))
        if activity.factor_id:
            factor = activity.factor
            factor.reason = (
                f"Proposed by {activity.match_method or 'the matcher'} "
                f"(confidence {activity.match_confidence})"
                + (f": {entry.rationale}" if entry and entry.rationale else ".")
            )
            chosen[activity.pk].append(factor)
        for alternative in entry.alternatives if entry else []:
            factor = current.get(UUID(alternative["factor_id"]))
            if factor is not None and factor.pk != activity.factor_id:
                # One factor row can be offered to several activities.
                factor = copy.copy(factor)
                factor.reason = alternative["reason"] or "Weighed by the matcher."
                chosen[activity.pk].append(factor)
    wanted = [
        (activity, dimension, words)
        for activity in activities
        if len(chosen[activity.pk]) < limit
        and (words := _words(activity.description))
        and (dimension := _dimension(activity.unit_normalized))
    ]
    if wanted:
        factors = EmissionFactor.objects.raw(
            _CANDIDATES_SQL,
            [
                [str(activity.pk) for activity, _, _ in wanted],
                [dimension for _, dimension, _ in wanted],
                ["|".join(words) for _, _, words in wanted],
                [
                    str(activity.factor_id) if activity.factor_id else None
                    for activity, _, _ in wanted
                ],
                limit,
            ],
        )
        by_key = {str(pk): pk for pk in chosen}
        words_of = {str(activity.pk): words for activity, _, words in wanted}
        for factor in factors:
            offered = chosen[by_key[factor.activity_id]]
            if all(factor.pk != other.pk for other in offered):
                factor.reason = _reason(factor, words_of[factor.activity_id])
                offered.append(factor)
    return {pk: factors[:limit] for pk, factors in chosen.items()}


def review_queue(*, organization, user=None, upload=None):
    """Activities waiting for a person (needs_review), of one upload when a valid
    upload id is given, else of the whole organization."""
    filters = {"match_status": "needs_review"}
    try:
        filters["upload"] = str(UUID(str(upload))) if upload else None
    except ValueError:
        filters["upload"] = None
    if filters["upload"] is None:
        del filters["upload"]
    return activity_list(organization=organization, user=user, filters=filters)


@dataclass(frozen=True)
class MatchRecord:
    """What the match cache holds about an activity's key: the key's entry and,
    when a person decided the match, the entry of that decision (the line's own,
    or its group's or ledger account's remembered for later uploads)."""

    entry: MatchCacheEntry | None
    decision: MatchCacheEntry | None
    decided_for: str  # "" (a matcher's answer), "line", "group" or "account"

    @property
    def decided_by(self):
        return self.decision.overridden_by if self.decision else None

    @property
    def decided_at(self):
        return self.decision.updated_at if self.decision else None


def match_record_get(*, organization, activity) -> MatchRecord:
    """The match cache's record of `activity`'s key within `organization`."""
    keys = {
        activity.match_key: "line",
        group_key(
            description=activity.description,
            category=activity.category,
            unit=activity.unit_normalized,
            region=activity.region,
        ): "group",
    }
    if activity.category:
        keys[
            account_key(
                category=activity.category,
                unit=activity.unit_normalized,
                region=activity.region,
            )
        ] = "account"
    found = {
        keys[entry.key]: entry
        for entry in MatchCacheEntry.objects.for_organization(organization)
        .filter(key__in=list(keys))
        .select_related("overridden_by")
    }
    entry = found.get("line")
    if entry is None:
        return MatchRecord(entry=None, decision=None, decided_for="")
    if (
        entry.method in (GROUP_METHOD, ACCOUNT_METHOD)
        and entry.overridden_by_id is None
    ):
        for scope in ("group", "account"):
            decision = found.get(scope)
            if decision is not None and decision.method == entry.method:
                return MatchRecord(entry=entry, decision=decision, decided_for=scope)
    by_person = (
        entry.overridden_by_id is not None
        or entry.status == MatchStatus.OVERRIDDEN
        or entry.method.startswith("review_")
    )
    if by_person:
        return MatchRecord(entry=entry, decision=entry, decided_for="line")
    return MatchRecord(entry=entry, decision=None, decided_for="")


def match_example_list(*, organization, withdrawn: bool = False):
    """The organization's decisions that teach the model (ARCHITECTURE.md ADR-4.4d):
    overrides, accepted reviews, group and account mappings with a factor; newest
    first. `withdrawn=True` lists the ones withdrawn instead."""
    return (
        MatchCacheEntry.objects.for_organization(organization)
        .filter(
            Q(status=MatchStatus.OVERRIDDEN)
            | Q(method__in=(ACCEPTED_METHOD, GROUP_METHOD, ACCOUNT_METHOD)),
            factor__isnull=False,
            example_withdrawn_at__isnull=not withdrawn,
        )
        .select_related("factor")
        .order_by("-updated_at", "-pk")
    )
