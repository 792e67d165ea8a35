from decimal import Decimal

import pytest
from django.template import Context, Template

from carbon.core.templatetags.display import (
    amount,
    exact,
    kg_text,
    tonnes_text,
    unit_words,
)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("515855986.996"), "515,855,987 kg"),
        (515855986.996, "515,855,987 kg"),
        (Decimal("0.0123"), "0.0123 kg"),
        (0.0123, "0.0123 kg"),
        (Decimal("12.3456"), "12.3 kg"),
        (Decimal("99.96"), "100 kg"),
        (Decimal("100"), "100 kg"),
        (Decimal("1.500"), "1.5 kg"),
        (Decimal("-1234.5"), "-1,235 kg"),
        (Decimal("0.000"), "0 kg"),
        (None, "—"),
        ("", "—"),
    ],
)
def test_kg(value, text):
    assert kg_text(value) == text


@pytest.mark.parametrize(
    ("kg", "text"),
    [
        (Decimal("515855986.996"), "515,856 t CO2e"),
        (Decimal("1234"), "1.23 t CO2e"),
        (Decimal("12.3"), "0.0123 t CO2e"),
        (None, "—"),
    ],
)
def test_tonnes(kg, text):
    assert tonnes_text(kg) == text


@pytest.mark.parametrize(
    ("unit", "words"),
    [
        ("kg CO2e/2022 USD", "kg CO2e per 2022 US dollar"),
        ("kWh", "kWh"),
        ("passenger.km", "passenger km"),
        ("tonne.km", "tonne km"),
        ("m3", "m³"),
        ("", "—"),
        (None, "—"),
    ],
)
def test_unit_words(unit, words):
    assert unit_words(unit) == words


def test_amount_and_exact():
    assert amount(Decimal("1234.5678")) == "1,235"
    assert exact(Decimal("1234.500000")) == "1,234.5"
    assert exact(Decimal("1234.5678"), 3) == "1,234.568"
    assert exact(None) == "—"


def test_filters_load_in_any_template():
    html = Template(
        "{% load display %}{{ v|kg }} · {{ v|tonnes }} · {{ u|unit_words }}"
    ).render(Context({"v": Decimal("515855986.996"), "u": "kg CO2e/2022 USD"}))
    assert html == "515,855,987 kg · 515,856 t CO2e · kg CO2e per 2022 US dollar"
