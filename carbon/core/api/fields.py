"""Serializer fields shared by the apps' APIs."""

import json
import math
import re
from decimal import Decimal

from rest_framework import serializers

# What a decimal string may look like: ASCII digits only. Python's Decimal also
# takes "1_000", Arabic-Indic and full-width digits, which no client means.
ASCII_DECIMAL = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)


def is_ascii_decimal(text: str) -> bool:
    return ASCII_DECIMAL.fullmatch(text.strip()) is not None


class StrictDecimalField(serializers.DecimalField):
    """A decimal from a number or a decimal string; NaN and Infinity refused."""

    default_error_messages = {"not_finite": "Must be a finite number."}

    def to_internal_value(self, data):
        if isinstance(data, bool):
            self.fail("invalid")
        if isinstance(data, float) and not math.isfinite(data):
            self.fail("not_finite")
        if isinstance(data, str) and data.strip().lower() in {
            "nan",
            "inf",
            "+inf",
            "-inf",
            "infinity",
            "+infinity",
            "-infinity",
            "snan",
        }:
            self.fail("not_finite")
        if isinstance(data, str) and not is_ascii_decimal(data):
            self.fail("invalid")
        value = super().to_internal_value(
            str(data) if isinstance(data, float) else data
        )
        if not Decimal(value).is_finite():
            self.fail("not_finite")
        return value


class JSONObjectField(serializers.JSONField):
    default_error_messages = {
        "not_object": "Must be a JSON object.",
        "too_large": "Must be at most {max_bytes} bytes once encoded.",
    }

    def __init__(self, *, max_bytes: int = 16 * 1024, **kwargs):
        self.max_bytes = max_bytes
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        data = super().to_internal_value(data)
        if not isinstance(data, dict):
            self.fail("not_object")
        if len(json.dumps(data).encode()) > self.max_bytes:
            self.fail("too_large", max_bytes=self.max_bytes)
        return data


class StrictFieldsMixin:
    """Unknown fields are an error, not silently dropped."""

    def to_internal_value(self, data):
        if isinstance(data, dict):
            unknown = sorted(set(data) - set(self.fields))
            if unknown:
                raise serializers.ValidationError(
                    {name: ["Unknown field."] for name in unknown}, code="unknown_field"
                )
        return super().to_internal_value(data)


class StrictUUIDField(serializers.UUIDField):
    """A UUID string only: DRF's UUIDField also turns a JSON number into a UUID."""

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid", value=data)
        return super().to_internal_value(data)
