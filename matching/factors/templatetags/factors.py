from django import template

from matching.factors.compatibility import factor_value_words

register = template.Library()


@register.filter
def factor_value(factor) -> str:
    """'0.207 kg CO2e per kWh', '0.270 kg CO2e per 2022 USD'."""
    return factor_value_words(factor)
