"""Validating a batch of readings (POST /api/v1/sites/{id}/readings/, v1 and v2):
strict RFC 3339 timestamps, finite decimals within the unit's digits, at most
MAX_READINGS per batch, every bad reading named by its index."""

import math
import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation

from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import exceptions, serializers
from rest_framework.exceptions import ErrorDetail

from carbon.core.api.exceptions import flatten_errors
from carbon.core.api.fields import (
    StrictFieldsMixin,
    StrictUUIDField,
    is_ascii_decimal,
)
from sites.exceptions import ReadingsInvalid
from sites.metrics import INGEST_BATCHES
from sites.models import Site
from sites.services.ingest import readings_invalid_detail
from sites.units import UNITS

MAX_READINGS = 100
FUTURE_TOLERANCE = timedelta(minutes=5)
EARLIEST_READING = datetime(1970, 1, 1, tzinfo=UTC)
_RFC3339 = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?"
    r"([Zz]|[+-]\d{2}:\d{2})$"
)


def parse_rfc3339(data, *, allow_future: bool = False) -> datetime:
    """Raises ValueError with the error code as its message."""
    match = _RFC3339.match(data) if isinstance(data, str) else None
    if match is None:
        raise ValueError("invalid")
    fraction = (match[7] or "")[:6].ljust(6, "0")
    offset = "+00:00" if match[8] in "Zz" else match[8]
    text = f"{match[1]}-{match[2]}-{match[3]}T{match[4]}:{match[5]}:{match[6]}"
    try:
        moment = datetime.fromisoformat(f"{text}.{fraction}{offset}")
    except ValueError:
        raise ValueError("invalid") from None
    if not allow_future and moment > timezone.now() + FUTURE_TOLERANCE:
        raise ValueError("future")
    if moment < EARLIEST_READING:
        raise ValueError("too_old")
    return moment


class RFC3339DateTimeField(serializers.Field):
    """An RFC 3339 timestamp with an explicit offset; microsecond resolution."""

    default_error_messages = {
        "invalid": "Must be an RFC 3339 timestamp with offset, e.g. 2026-05-01T10:00:00Z.",
        "future": "Must not be more than 5 minutes in the future.",
        "too_old": "Must not be before 1970-01-01.",
    }

    def __init__(self, *, allow_future: bool = False, **kwargs):
        self.allow_future = allow_future
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        try:
            return parse_rfc3339(data, allow_future=self.allow_future)
        except ValueError as exc:
            self.fail(str(exc))

    def to_representation(self, value):
        return serializers.DateTimeField().to_representation(value)


_NOT_FINITE = {"nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"}


class ReadingsField(serializers.Field):
    """A batch of 1..100 readings, validated in one tight loop: a batch is on the
    hot path of every field device, and DRF's nested serializers cost several ms
    per batch. Errors have the nested shape, so they read `readings[3].value`.

    Each reading: `timestamp` (RFC 3339 with offset, at most 5 minutes ahead),
    `value` (a finite decimal >= 0, number or string), optional `device_id`
    (<= 64 characters), and with `units` a required `unit`; nothing else.
    """

    default_error_messages = {
        "not_a_list": "Must be a list of readings.",
        "min_length": "Must contain at least 1 reading.",
        "max_length": "Must contain at most {max_length} readings.",
    }
    MESSAGES = {
        "required": "This field is required.",
        "unknown_field": "Unknown field.",
        "not_object": "Must be an object.",
        "invalid_value": "Must be a decimal number.",
        "not_finite": "Must be a finite number.",
        "min_value": "Must be >= 0.",
        "max_decimal_places": "Must have at most {places} decimal places.",
        "max_digits": "Must have at most {digits} digits.",
        "invalid_device_id": "Must be a string.",
        "max_length": "Must be at most 64 characters.",
        "invalid_choice": "Must be one of: {units}.",
        **RFC3339DateTimeField.default_error_messages,
    }

    def __init__(self, *, digits: int, places: int, units=(), **kwargs):
        self.digits, self.places, self.units = digits, places, tuple(units)
        self.allowed = {"timestamp", "value", "device_id", *(["unit"] if units else [])}
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        if not isinstance(data, list):
            self.fail("not_a_list")
        if not data:
            self.fail("min_length")
        if len(data) > MAX_READINGS:
            self.fail("max_length", max_length=MAX_READINGS)
        readings, errors = [], []
        for item in data:
            reading, problems = self._reading(item)
            readings.append(reading)
            errors.append(problems)
        if any(errors):
            raise serializers.ValidationError(errors)
        return readings

    def _error(self, code: str) -> list:
        message = self.MESSAGES[code].format(
            places=self.places, digits=self.digits, units=", ".join(self.units)
        )
        return [ErrorDetail(message, code=code)]

    def _reading(self, item) -> tuple[dict, dict]:
        if not isinstance(item, dict):
            return {}, {"non_field_errors": self._error("not_object")}
        problems = {}
        for name in sorted(set(item) - self.allowed):
            problems[name] = self._error("unknown_field")
        reading = {}
        if "timestamp" not in item:
            problems["timestamp"] = self._error("required")
        else:
            try:
                reading["timestamp"] = parse_rfc3339(item["timestamp"])
            except ValueError as exc:
                problems["timestamp"] = self._error(str(exc))
        if "value" not in item:
            problems["value"] = self._error("required")
        else:
            code = self._value(item["value"], reading)
            if code:
                problems["value"] = self._error(code)
        device_id = item.get("device_id", "")
        if not isinstance(device_id, str):
            problems["device_id"] = self._error("invalid_device_id")
        elif len(device_id) > 64:
            problems["device_id"] = self._error("max_length")
        reading["device_id"] = device_id
        if self.units:
            if "unit" not in item:
                problems["unit"] = self._error("required")
            elif item["unit"] not in self.units:
                problems["unit"] = self._error("invalid_choice")
            else:
                reading["unit"] = item["unit"]
        return reading, problems

    def _value(self, data, reading: dict) -> str | None:
        if isinstance(data, bool) or not isinstance(data, (int, float, str)):
            return "invalid_value"
        if isinstance(data, float) and not math.isfinite(data):
            return "not_finite"
        text = str(data).strip()
        if text.lower() in _NOT_FINITE or text.lower().startswith(("nan", "snan")):
            return "not_finite"
        if not is_ascii_decimal(text):
            return "invalid_value"
        try:
            value = Decimal(text)
        except InvalidOperation:
            return "invalid_value"
        if not value.is_finite():
            return "not_finite"
        if value < 0:
            return "min_value"
        _sign, digits, exponent = value.as_tuple()
        places = max(-exponent, 0)
        if places > self.places:
            return "max_decimal_places"
        if max(len(digits), places) - places > self.digits - self.places:
            return "max_digits"
        reading["value"] = value
        return None


class ReadingV1Schema(serializers.Serializer):
    """Documentation of one v1 reading (validated by ReadingsField)."""

    timestamp = serializers.DateTimeField(help_text="RFC 3339 with offset")
    value = serializers.DecimalField(
        max_digits=15, decimal_places=3, min_value=0, help_text="kg CH4"
    )
    device_id = serializers.CharField(max_length=64, required=False, default="")


class ReadingV2Schema(ReadingV1Schema):
    value = serializers.DecimalField(max_digits=18, decimal_places=6, min_value=0)
    unit = serializers.ChoiceField(choices=UNITS)


@extend_schema_field(ReadingV1Schema(many=True))
class ReadingsV1Field(ReadingsField):
    pass


@extend_schema_field(ReadingV2Schema(many=True))
class ReadingsV2Field(ReadingsField):
    pass


class IngestV1InputSerializer(StrictFieldsMixin, serializers.Serializer):
    site_id = StrictUUIDField()
    readings = ReadingsV1Field(digits=15, places=3)


class IngestV2InputSerializer(StrictFieldsMixin, serializers.Serializer):
    site_id = StrictUUIDField()
    # Wider than v1: a value in grams may need more digits before conversion.
    readings = ReadingsV2Field(digits=18, places=6, units=UNITS)


class IngestOutputSerializer(serializers.Serializer):
    batch_id = serializers.UUIDField()
    site_id = serializers.UUIDField()
    received = serializers.IntegerField()
    accepted = serializers.IntegerField()
    duplicates = serializers.IntegerField()
    conflicts = serializers.IntegerField()
    total_emissions_to_date = serializers.DecimalField(max_digits=20, decimal_places=3)
    status = serializers.ChoiceField(choices=Site.Status.choices)


def ingest_validated(serializer: serializers.Serializer) -> dict:
    """Validated data, or ReadingsInvalid naming every bad reading by index."""
    if not isinstance(serializer.initial_data, dict):
        raise exceptions.ParseError("The body must be a JSON object.")
    if not serializer.is_valid():
        INGEST_BATCHES.labels("invalid").inc()
        errors = flatten_errors(_indexed_as_lists(serializer.errors))
        raise ReadingsInvalid(readings_invalid_detail(errors), errors=errors)
    return serializer.validated_data


def _indexed_as_lists(detail):
    """DRF reports a list's errors as {index: errors}; make them lists so the
    paths read `readings[3].value`."""
    if isinstance(detail, dict):
        if detail and all(isinstance(key, int) for key in detail):
            items = [{}] * (max(detail) + 1)
            for index, value in detail.items():
                items[index] = _indexed_as_lists(value)
            return items
        return {key: _indexed_as_lists(value) for key, value in detail.items()}
    if isinstance(detail, list):
        return [_indexed_as_lists(item) for item in detail]
    return detail
