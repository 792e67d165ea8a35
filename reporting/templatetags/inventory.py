from decimal import Decimal

from django import template

from carbon.core.templatetags.display import tonnes_amount
from reporting.inventory import SCOPE3_CATEGORIES
from reporting.models import DataQuality

register = template.Library()


@register.filter
def tonnes(kg) -> str:
    """kg CO2e as tonnes, without the unit (the column says "t CO2e"), rounded by
    the display rule: 1234567 -> "1,235"."""
    return tonnes_amount(kg)


@register.filter
def percent_of(part, whole) -> str:
    if not whole:
        return "0%"
    return f"{Decimal(part) * 100 / Decimal(whole):.0f}%"


@register.filter
def category_name(number) -> str:
    return SCOPE3_CATEGORIES.get(number, "Unclassified")


@register.filter
def quality_label(value: str) -> str:
    """A data-quality class in words ("spend_based" -> "Spend-based")."""
    return dict(DataQuality.choices).get(value, value)
