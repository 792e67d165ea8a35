from django import template

from carbon.core.templatetags.display import exact

register = template.Library()


@register.filter
def number(value, places=None) -> str:
    """The trail's exact figures (display.exact): 1234.500000 -> "1,234.5"."""
    return exact(value, places)


@register.filter
def person(user) -> str:
    if user is None:
        return "a person (not recorded)"
    return f"{user.full_name} ({user.email})" if user.full_name else user.email
