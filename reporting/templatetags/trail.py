from decimal import Decimal

from django import template

register = template.Library()


@register.filter
def number(value, places=None) -> str:
    """A decimal with thousands separators: rounded to `places` when given, else
    without trailing zeros; nothing as a dash. 1234.500000 -> "1,234.5"."""
    if value is None or value == "":
        return "—"
    value = Decimal(value)
    if places is not None:
        return f"{value.quantize(Decimal(1).scaleb(-int(places))):,f}"
    text = f"{value:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


@register.filter
def person(user) -> str:
    if user is None:
        return "a person (not recorded)"
    return f"{user.full_name} ({user.email})" if user.full_name else user.email
