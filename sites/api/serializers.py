from decimal import Decimal

from rest_framework import serializers

from carbon.core.api.fields import (
    JSONObjectField,
    StrictDecimalField,
    StrictFieldsMixin,
)
from sites.api.readings import RFC3339DateTimeField
from sites.models import Site


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
