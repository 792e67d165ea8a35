"""What every part of the AI client shares: its method name, job names and the
payload an activity key travels as (in the batch row and to the service)."""

from __future__ import annotations

from decimal import Decimal

from matching.matchers.base import MatchItem

METHOD = "ai_service_v1"
JOB_FUNC = "matching.tasks.ai_batch_run"
JOB_KIND = "matching.ai_batch"
FALLBACK_PREFIX = "fallback:"


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
    )
