"""What every part of the AI client shares: its method name, job names and the
payload an activity key travels as (in the batch row and to the service)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from matching.matchers.base import MatchItem

METHOD = "ai_service_v1"
JOB_FUNC = "matching.tasks.ai_batch_run"
JOB_KIND = "matching.ai_batch"
FALLBACK_PREFIX = "fallback:"
# Items per category value sent as its sample (the service reads from the sample
# whether the value names a kind of spend: ADR-4.4e).
CLASS_SAMPLE = 20


def item_payload(item: MatchItem) -> dict:
    return {
        "id": item.key,
        "description": item.description,
        "unit": item.unit,
        "category": item.category,
        "region": item.region,
        "amount": None if item.amount is None else str(item.amount),
        "currency": item.currency,
        "supplier": item.supplier,
        "merchant_type": item.merchant_type,
        "country": item.country,
    }


def item_from_payload(payload: dict) -> MatchItem:
    amount = payload.get("amount")
    return MatchItem(
        key=payload["id"],
        description=payload["description"],
        unit=payload["unit"],
        category=payload.get("category") or "",
        region=payload.get("region") or "",
        amount=None if amount is None else Decimal(amount),
        currency=payload.get("currency") or "",
        supplier=str(payload.get("supplier") or ""),
        merchant_type=str(payload.get("merchant_type") or ""),
        country=str(payload.get("country") or ""),
    )


def class_samples(items: Iterable[MatchItem], size: int = CLASS_SAMPLE) -> dict:
    """Per category value, the first `size` of the items carrying it: the sample
    the service reads the value's trust from. Taken over a whole run (an upload's
    keys), so a key's answer does not depend on the batch it travels in."""
    samples: dict[str, list[MatchItem]] = {}
    for item in items:
        value = item.category.strip()
        if value and len(samples.setdefault(value, [])) < size:
            samples[value].append(item)
    return samples


def batch_classes(items: Iterable[MatchItem], samples: dict) -> dict:
    """The samples of the category values of a batch's items, as payloads."""
    values = {item.category.strip() for item in items} - {""}
    return {
        value: [item_payload(item) for item in samples[value]]
        for value in sorted(values)
        if value in samples
    }


def classes_from_payload(payload: dict) -> dict[str, list[MatchItem]]:
    return {
        value: [item_from_payload(item) for item in sample]
        for value, sample in payload.items()
    }
