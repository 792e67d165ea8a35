"""How quantities and units read on every page: `{% load display %}`.

One rule for rounding (`amount`), one for exact audit figures (`exact`), one for
unit strings (`unit_words`). Other apps' template tags, tables and views call these
functions rather than format numbers themselves.
"""

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django import template

register = template.Library()

DASH = "—"
WHOLE_FROM = Decimal(100)
SIGNIFICANT = 3

# Words for the unit codes people meet on pages; anything else is shown as written.
UNIT_WORDS = {
    "USD": "US dollar",
    "EUR": "euro",
    "GBP": "pound sterling",
    "CAD": "Canadian dollar",
    "AUD": "Australian dollar",
    "CHF": "Swiss franc",
    "JPY": "Japanese yen",
    "m3": "m³",
    "m2": "m²",
    "tkm": "tonne km",
    "pkm": "passenger km",
}
# "passenger.km", "tonne.km": a product of units written with a dot.
COMPOUND = re.compile(r"[a-z]+(\.[a-z]+)+")


def _decimal(value) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return None


def amount(value) -> str:
    """A quantity rounded as people read it: whole numbers with thousands
    separators from 100 up (515855986.996 -> "515,855,987"), three significant
    digits below (0.0123 -> "0.0123", 12.345 -> "12.3"); nothing is a dash."""
    number = _decimal(value)
    if number is None:
        return DASH
    if number == 0:
        return "0"
    if abs(number) >= WHOLE_FROM:
        return f"{number.quantize(Decimal(1), rounding=ROUND_HALF_UP):,f}"
    places = SIGNIFICANT - number.adjusted() - 1
    rounded = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if abs(rounded) >= WHOLE_FROM:  # 99.95 rounds up to the whole-number rule
        return amount(rounded)
    text = f"{rounded:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def exact(value, places=None) -> str:
    """A decimal as stored, for audit trails: thousands separators, rounded to
    `places` when given, else without trailing zeros. 1234.500000 -> "1,234.5"."""
    number = _decimal(value)
    if number is None:
        return DASH
    if places is not None:
        return f"{number.quantize(Decimal(1).scaleb(-int(places))):,f}"
    text = f"{number:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def kg_text(value) -> str:
    """515855986.996 -> "515,855,987 kg"; None -> "—"."""
    text = amount(value)
    return text if text == DASH else f"{text} kg"


def tonnes_amount(kg) -> str:
    """kg as tonnes, rounded by `amount`, without the unit: 515855986.996 -> "515,856"."""
    number = _decimal(kg)
    return DASH if number is None else amount(number / 1000)


def tonnes_text(kg) -> str:
    """kg CO2e as tonnes: 515855986.996 -> "515,856 t CO2e"."""
    text = tonnes_amount(kg)
    return text if text == DASH else f"{text} t CO2e"


def _unit_part(part: str) -> str:
    words = (UNIT_WORDS.get(token, token) for token in part.split())
    return " ".join(
        word.replace(".", " ") if COMPOUND.fullmatch(word) else word for word in words
    )


def unit_words(unit) -> str:
    """A unit string in words: "kg CO2e/2022 USD" -> "kg CO2e per 2022 US dollar",
    "passenger.km" -> "passenger km", "kWh" -> "kWh"."""
    if unit is None or str(unit).strip() == "":
        return DASH
    return " per ".join(_unit_part(part.strip()) for part in str(unit).split("/"))


register.filter("amount", amount)
register.filter("exact", exact)
register.filter("kg", kg_text)
register.filter("tonnes", tonnes_text)
register.filter("tonnes_amount", tonnes_amount)
register.filter("unit_words", unit_words)
