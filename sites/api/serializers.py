from decimal import Decimal

from rest_framework import serializers

from carbon.api.fields import JSONObjectField, StrictDecimalField
from sites.models import Site


class SiteInputSerializer(serializers.Serializer):
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

    def to_internal_value(self, data):
        if isinstance(data, dict):
            unknown = sorted(set(data) - set(self.fields))
            if unknown:
                raise serializers.ValidationError(
                    {name: ["Unknown field."] for name in unknown}
                )
        return super().to_internal_value(data)


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
