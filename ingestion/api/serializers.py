from django.urls import reverse
from rest_framework import serializers

from ingestion.models import Activity, Upload


class UploadInputSerializer(serializers.Serializer):
    file = serializers.FileField(allow_empty_file=True)
    kind = serializers.ChoiceField(
        choices=Upload.Kind.choices, default=Upload.Kind.ACTIVITIES
    )
    plant = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=64,
        help_text="Plant code (MRV kinds); optional for lab files naming plants.",
    )


class UploadOutputSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    kind = serializers.CharField()
    plant = serializers.CharField(source="plant.code", allow_null=True, default=None)
    filename = serializers.CharField()
    status = serializers.CharField()
    failure = serializers.CharField()
    rows_total = serializers.IntegerField(allow_null=True)
    rows_parsed = serializers.IntegerField()
    rows_failed = serializers.IntegerField()
    activities_matched = serializers.IntegerField()
    activities_calculated = serializers.IntegerField()
    progress = serializers.FloatField()
    size_bytes = serializers.IntegerField()
    sha256 = serializers.CharField()
    created_at = serializers.DateTimeField()
    finished_at = serializers.DateTimeField(allow_null=True)
    links = serializers.SerializerMethodField()

    def get_links(self, upload) -> dict:
        query = f"?upload={upload.pk}"
        return {
            "errors": reverse("upload-errors", args=[upload.pk]),
            "activities": reverse("activity-list") + query,
            "results": reverse("result-list") + query + "&group_by=category",
            "export": reverse("result-export") + query + "&format=csv",
        }


class MappingColumnSerializer(serializers.Serializer):
    name = serializers.CharField()
    samples = serializers.ListField(child=serializers.CharField())
    suggested_field = serializers.CharField(allow_null=True)


class MappingFieldSerializer(serializers.Serializer):
    name = serializers.CharField()
    required = serializers.BooleanField()
    help = serializers.CharField()


class MappingOutputSerializer(serializers.Serializer):
    columns = MappingColumnSerializer(many=True)
    fields = MappingFieldSerializer(many=True)
    defaults = serializers.DictField(child=serializers.CharField())
    default_fields = serializers.ListField(child=serializers.CharField())
    missing = serializers.ListField(
        child=serializers.CharField(), help_text="What the file still needs."
    )


class MappingInputSerializer(serializers.Serializer):
    columns = serializers.DictField(
        child=serializers.CharField(allow_blank=True, allow_null=True),
        required=False,
        default=dict,
        help_text='{"<header>": "<field>"}; an empty field ignores the column.',
    )
    defaults = serializers.DictField(
        child=serializers.CharField(allow_blank=True),
        required=False,
        default=dict,
        help_text='e.g. {"currency": "GBP"}',
    )


class RowErrorOutputSerializer(serializers.Serializer):
    row = serializers.IntegerField()
    column = serializers.CharField()
    message = serializers.CharField()


class FactorSummarySerializer(serializers.Serializer):
    id = serializers.UUIDField()
    source = serializers.CharField()
    external_id = serializers.CharField()
    version = serializers.CharField()
    name = serializers.CharField()
    unit = serializers.CharField(source="unit_label")
    kg_co2e_per_unit = serializers.DecimalField(max_digits=30, decimal_places=15)
    scope = serializers.CharField()
    region = serializers.CharField()


class ActivityOutputSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    upload_id = serializers.UUIDField()
    row_number = serializers.IntegerField()
    external_id = serializers.CharField()
    description = serializers.CharField()
    quantity = serializers.DecimalField(max_digits=24, decimal_places=6)
    unit = serializers.CharField()
    date = serializers.DateField(allow_null=True)
    period_start = serializers.DateField(allow_null=True)
    period_end = serializers.DateField(allow_null=True)
    category = serializers.CharField()
    supplier = serializers.CharField()
    site = serializers.CharField()
    region = serializers.CharField()
    amount = serializers.DecimalField(max_digits=24, decimal_places=6, allow_null=True)
    currency = serializers.CharField()
    is_refund = serializers.BooleanField(
        help_text="A negative quantity: its emissions are negative."
    )
    match = serializers.SerializerMethodField()
    result = serializers.SerializerMethodField()

    def get_match(self, activity: Activity) -> dict:
        factor = activity.factor
        return {
            "factor": FactorSummarySerializer(factor).data if factor else None,
            "confidence": (
                str(activity.match_confidence)
                if activity.match_confidence is not None
                else None
            ),
            "method": activity.match_method,
            "status": activity.match_status,
        }

    def get_result(self, activity: Activity) -> dict | None:
        emission = getattr(activity, "emission", None)
        if emission is None:
            return None
        return {
            "co2e_kg": str(emission.co2e_kg) if emission.co2e_kg is not None else None,
            "status": emission.status,
            "multiplier": str(emission.multiplier)
            if emission.multiplier is not None
            else None,
            "factor_version": emission.factor_version,
            "note": emission.note,
            "method_version": emission.method_version,
            "scope": emission.scope or None,
            "scope3_category": emission.scope3_category,
            "data_quality": emission.data_quality or None,
        }
