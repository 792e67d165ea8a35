from decimal import Decimal

from django import template

from reporting.inventory import SCOPE3_CATEGORIES

register = template.Library()


@register.filter
def tonnes(kg) -> str:
    """kg CO2e as tonnes with thousands separators: 1234567 -> "1,234.6"."""
    if kg is None:
        return "—"
    return f"{Decimal(kg) / 1000:,.1f}"


@register.filter
def percent_of(part, whole) -> str:
    if not whole:
        return "0%"
    return f"{Decimal(part) * 100 / Decimal(whole):.0f}%"


@register.filter
def category_name(number) -> str:
    return SCOPE3_CATEGORIES.get(number, "Unclassified")
