import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from django.utils import timezone
from rest_framework import exceptions, serializers

from carbon.api.exceptions import flatten_errors
from carbon.api.fields import JSONObjectField, StrictDecimalField
from sites.exceptions import ReadingsInvalid
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
        match = _RFC3339.match(data) if isinstance(data, str) else None
        if match is None:
            self.fail("invalid")
        fraction = (match[7] or "")[:6].ljust(6, "0")
        offset = "+00:00" if match[8] in "Zz" else match[8]
        text = f"{match[1]}-{match[2]}-{match[3]}T{match[4]}:{match[5]}:{match[6]}"
        try:
            moment = datetime.fromisoformat(f"{text}.{fraction}{offset}")
        except ValueError:
            self.fail("invalid")
        if not self.allow_future and moment > timezone.now() + FUTURE_TOLERANCE:
            self.fail("future")
        if moment < EARLIEST_READING:
            self.fail("too_old")
        return moment

    def to_representation(self, value):
        return serializers.DateTimeField().to_representation(value)


class ReadingV1Serializer(StrictFieldsMixin, serializers.Serializer):
    timestamp = RFC3339DateTimeField()
    value = StrictDecimalField(max_digits=15, decimal_places=3, min_value=Decimal(0))
    device_id = serializers.CharField(
        max_length=64,
        required=False,
        allow_blank=True,
        default="",
        trim_whitespace=False,
    )


class ReadingV2Serializer(ReadingV1Serializer):
    # Wider than v1: a value in grams may need more digits before conversion.
    value = StrictDecimalField(max_digits=18, decimal_places=6, min_value=Decimal(0))
    unit = serializers.ChoiceField(choices=UNITS)


class IngestV1InputSerializer(StrictFieldsMixin, serializers.Serializer):
    site_id = serializers.UUIDField()
    readings = ReadingV1Serializer(many=True, min_length=1, max_length=MAX_READINGS)


class IngestV2InputSerializer(StrictFieldsMixin, serializers.Serializer):
    site_id = serializers.UUIDField()
    readings = ReadingV2Serializer(many=True, min_length=1, max_length=MAX_READINGS)


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


class SiteInputSerializer(StrictFieldsMixin, serializers.Serializer):
    name = serializers.CharField(max_length=200)
    kind = serializers.ChoiceField(choices=Site.Kind.choices, default=Site.Kind.OTHER)
    emission_limit = StrictDecimalField(
        max_digits=18, decimal_places=3, min_value=Decimal("0.001")
    )
    metadata = JSONObjectField(required=False, default=dict)
    latitude = serializers.FloatField(
        required=False, allow_null=True, min_value=-90, max_value=90
    )
    longitude = serializers.FloatField(
        required=False, allow_null=True, min_value=-180, max_value=180
    )


class SiteOutputSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    name = serializers.CharField()
    kind = serializers.CharField()
    emission_limit = serializers.DecimalField(max_digits=18, decimal_places=3)
    total_emissions_to_date = serializers.DecimalField(max_digits=20, decimal_places=3)
    status = serializers.CharField()
    metadata = serializers.JSONField()
    latitude = serializers.FloatField(allow_null=True)
    longitude = serializers.FloatField(allow_null=True)
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


class MonthlySerializer(serializers.Serializer):
    month = serializers.CharField()
    total = serializers.DecimalField(max_digits=20, decimal_places=3)
    readings = serializers.IntegerField()


class SiteMetricsOutputSerializer(serializers.Serializer):
    site_id = serializers.UUIDField()
    name = serializers.CharField()
    emission_limit = serializers.DecimalField(max_digits=18, decimal_places=3)
    total_emissions_to_date = serializers.DecimalField(max_digits=20, decimal_places=3)
    remaining = serializers.DecimalField(max_digits=20, decimal_places=3)
    percent_of_limit = serializers.DecimalField(max_digits=24, decimal_places=2)
    status = serializers.CharField()
    status_label = serializers.CharField()
    reading_count = serializers.IntegerField()
    first_reading_at = serializers.DateTimeField(allow_null=True)
    last_reading_at = serializers.DateTimeField(allow_null=True)
    last_30_days = serializers.DecimalField(max_digits=20, decimal_places=3)
    monthly = MonthlySerializer(many=True)
    duplicates_rejected = serializers.IntegerField()


class ReadingOutputSerializer(serializers.Serializer):
    timestamp = serializers.DateTimeField()
    value = serializers.DecimalField(max_digits=15, decimal_places=3)
    device_id = serializers.CharField()
    ingested_at = serializers.DateTimeField()
    batch_id = serializers.UUIDField()


class ReadingFilterSerializer(serializers.Serializer):
    """`?from=&to=` (RFC 3339); other query parameters belong to the paginator."""

    def get_fields(self):
        return {
            "from": RFC3339DateTimeField(required=False, allow_future=True),
            "to": RFC3339DateTimeField(required=False, allow_future=True),
        }


class DeviceKeyInputSerializer(StrictFieldsMixin, serializers.Serializer):
    name = serializers.CharField(max_length=100)


class DeviceKeyOutputSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    site_id = serializers.UUIDField()
    name = serializers.CharField()
    prefix = serializers.CharField()
    created_at = serializers.DateTimeField()
    last_used_at = serializers.DateTimeField(allow_null=True)
    revoked_at = serializers.DateTimeField(allow_null=True)


class DeviceKeyCreatedOutputSerializer(DeviceKeyOutputSerializer):
    key = serializers.CharField(help_text="Shown once; store it on the device.")
