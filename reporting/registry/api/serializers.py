"""Registry serializers. Output serializers describe policy dicts: every field is
optional because the policy leaves out what the audience may not see."""

from rest_framework import serializers

from accounts.models import Organization
from reporting.registry.models import (
    Assessment,
    AssessmentItem,
    Confidentiality,
    Criterion,
    Methodology,
    ProjectState,
)
from reporting.registry.policy import PUBLIC_STATUSES
from reporting.registry.selectors import ORDERINGS, PublicFilters

Q3 = {"max_digits": 14, "decimal_places": 3}


def _opt(field_class, **kwargs):
    return field_class(required=False, **kwargs)


class PolicyViewSerializer(serializers.Serializer):
    """Renders a policy dict: a key the policy left out stays out of the answer
    (DRF would render an optional nullable field as null)."""

    def to_representation(self, instance):
        data = super().to_representation(instance)
        return {name: value for name, value in data.items() if name in instance}


class PublicQuerySerializer(serializers.Serializer):
    search = serializers.CharField(required=False, allow_blank=True, max_length=200)
    country = serializers.CharField(required=False, allow_blank=True, max_length=2)
    methodology = serializers.ChoiceField(
        choices=Methodology.choices, required=False, allow_blank=True
    )
    status = serializers.ChoiceField(
        choices=list(PUBLIC_STATUSES), required=False, allow_blank=True
    )
    vintage = serializers.IntegerField(required=False, min_value=2000, max_value=2100)
    ordering = serializers.ChoiceField(
        choices=list(ORDERINGS), required=False, default="published"
    )

    def filters(self) -> PublicFilters:
        return PublicFilters(**self.validated_data)


class VerificationSerializer(PolicyViewSerializer):
    outcome = _opt(serializers.CharField)
    verified_quantity = _opt(serializers.DecimalField, **Q3)
    statement = _opt(serializers.CharField)
    verifier = _opt(serializers.CharField)
    assessed_at = _opt(serializers.DateTimeField)
    approved_at = _opt(serializers.DateTimeField, allow_null=True)
    conclusion = _opt(serializers.CharField)


class TimelineSerializer(serializers.Serializer):
    state = _opt(serializers.CharField)
    at = serializers.DateTimeField()


class DocumentSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    title = serializers.CharField()
    filename = serializers.CharField()
    content_type = serializers.CharField()
    size_bytes = serializers.IntegerField()
    sha256 = serializers.CharField()
    confidentiality = serializers.CharField()
    url = serializers.CharField()


class PublicProjectSerializer(PolicyViewSerializer):
    id = serializers.UUIDField()
    registry_id = serializers.CharField()
    name = serializers.CharField()
    methodology = serializers.CharField()
    methodology_label = serializers.CharField()
    country = serializers.CharField()
    vintage = serializers.IntegerField()
    status = serializers.CharField()
    published_at = serializers.DateTimeField(allow_null=True)
    credits_issued = serializers.IntegerField()
    credits_retired = serializers.IntegerField()
    summary = _opt(serializers.CharField)
    region = _opt(serializers.CharField)
    latitude = _opt(serializers.FloatField, allow_null=True)
    longitude = _opt(serializers.FloatField, allow_null=True)
    description = _opt(serializers.CharField)
    methodology_details = _opt(serializers.CharField)
    url = _opt(serializers.CharField)


class PublicProjectDetailSerializer(PublicProjectSerializer):
    verification = VerificationSerializer(required=False, allow_null=True)
    timeline = TimelineSerializer(many=True, required=False)
    documents = DocumentSerializer(many=True, required=False)


class RetirementSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    serial_start = serializers.IntegerField()
    serial_end = serializers.IntegerField()
    quantity = serializers.IntegerField()
    beneficiary = serializers.CharField()
    reason = serializers.CharField()
    retired_at = serializers.DateTimeField()
    certificate_url = serializers.CharField()


class BatchSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    vintage = serializers.IntegerField()
    serial_start = serializers.IntegerField()
    serial_end = serializers.IntegerField()
    quantity = serializers.IntegerField()
    issued_at = serializers.DateTimeField()
    retirements = RetirementSerializer(many=True)


class FacetSerializer(serializers.Serializer):
    value = serializers.CharField()
    label = _opt(serializers.CharField)
    count = serializers.IntegerField()


class FiltersSerializer(serializers.Serializer):
    country = FacetSerializer(many=True)
    methodology = FacetSerializer(many=True)
    vintage = FacetSerializer(many=True)
    status = FacetSerializer(many=True)
    ordering = serializers.ListField(child=serializers.CharField())


# Authenticated workflow ----------------------------------------------------


class ProjectInputSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=200)
    methodology = serializers.ChoiceField(choices=Methodology.choices)
    country = serializers.CharField(min_length=2, max_length=2)
    vintage = serializers.IntegerField(min_value=2000, max_value=2100)
    region = serializers.CharField(required=False, allow_blank=True, max_length=200)
    latitude = serializers.FloatField(
        required=False, allow_null=True, min_value=-90, max_value=90
    )
    longitude = serializers.FloatField(
        required=False, allow_null=True, min_value=-180, max_value=180
    )
    summary = serializers.CharField(required=False, allow_blank=True)
    description = serializers.CharField(required=False, allow_blank=True)
    methodology_details = serializers.CharField(required=False, allow_blank=True)
    monitoring_plan = serializers.CharField(required=False, allow_blank=True)
    contact_email = serializers.EmailField(required=False, allow_blank=True)
    visibility = serializers.DictField(
        child=serializers.ChoiceField(choices=Confidentiality.choices), required=False
    )
    plants = serializers.ListField(
        child=serializers.CharField(max_length=64),
        required=False,
        help_text="Codes of the organization's MRV plants (evidence).",
    )

    def validate_country(self, value: str) -> str:
        return value.upper()


class NoteSerializer(serializers.Serializer):
    note = serializers.CharField(required=False, allow_blank=True, default="")


class RequiredNoteSerializer(serializers.Serializer):
    note = serializers.CharField()


class DocumentInputSerializer(serializers.Serializer):
    file = serializers.FileField()
    title = serializers.CharField(required=False, allow_blank=True, max_length=200)
    confidentiality = serializers.ChoiceField(
        choices=Confidentiality.choices, default=Confidentiality.INTERNAL
    )


class GrantInputSerializer(serializers.Serializer):
    verifier = serializers.EmailField()


class GrantOutputSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    verifier = serializers.EmailField(source="verifier.email")
    granted_at = serializers.DateTimeField()
    revoked_at = serializers.DateTimeField(allow_null=True)
    is_active = serializers.BooleanField()


class AssessmentItemInputSerializer(serializers.Serializer):
    criterion = serializers.ChoiceField(choices=Criterion.choices)
    finding = serializers.CharField()
    severity = serializers.ChoiceField(choices=AssessmentItem.Severity.choices)
    evidence = serializers.CharField(required=False, allow_blank=True, default="")


class AssessmentInputSerializer(serializers.Serializer):
    outcome = serializers.ChoiceField(choices=Assessment.Outcome.choices)
    statement = serializers.CharField()
    conclusion = serializers.CharField()
    verified_quantity = serializers.DecimalField(min_value=0, **Q3)
    items = AssessmentItemInputSerializer(many=True, allow_empty=False)


class AssessmentItemOutputSerializer(serializers.Serializer):
    criterion = serializers.CharField()
    finding = serializers.CharField()
    severity = serializers.CharField()
    evidence = serializers.CharField()


class AssessmentOutputSerializer(VerificationSerializer):
    id = _opt(serializers.UUIDField)
    assessor = _opt(serializers.CharField)
    approved_by = _opt(serializers.CharField, allow_null=True)
    items = AssessmentItemOutputSerializer(many=True, required=False)


class TransitionOutputSerializer(serializers.Serializer):
    name = _opt(serializers.CharField)
    to = _opt(serializers.CharField)
    by = _opt(serializers.CharField)
    at = serializers.DateTimeField()
    note = _opt(serializers.CharField)
    state = _opt(serializers.CharField)

    def to_representation(self, instance):
        data = super().to_representation(instance)
        if "from" in instance:
            data["from"] = instance["from"]
        return data


class ProjectOutputSerializer(PublicProjectDetailSerializer):
    state = _opt(serializers.ChoiceField, choices=ProjectState.choices)
    visibility = _opt(serializers.DictField)
    monitoring_plan = _opt(serializers.CharField)
    contact_email = _opt(serializers.CharField)
    available_transitions = _opt(serializers.ListField, child=serializers.CharField())
    verification = AssessmentOutputSerializer(required=False, allow_null=True)
    timeline = TransitionOutputSerializer(many=True, required=False)
    evidence = _opt(
        serializers.ListField,
        child=serializers.DictField(),
        help_text="Approved MRV statements of the linked plants (not public).",
    )


class ChecklistSerializer(serializers.Serializer):
    methodology = serializers.CharField()
    criteria = serializers.ListField(child=serializers.CharField())


BY_HOLDING = ("holding", "quantity")
BY_SERIALS = ("batch", "serial_start", "serial_end")


class RetireInputSerializer(serializers.Serializer):
    """Either `holding` and `quantity` (its lowest serials) or `batch`,
    `serial_start` and `serial_end`; from the caller's own holding either way."""

    holding = serializers.UUIDField(required=False)
    quantity = serializers.IntegerField(required=False, min_value=1)
    batch = serializers.UUIDField(required=False)
    serial_start = serializers.IntegerField(required=False, min_value=1)
    serial_end = serializers.IntegerField(required=False, min_value=1)
    beneficiary = serializers.CharField(max_length=200)
    reason = serializers.CharField(max_length=500)

    def validate(self, attrs):
        form = BY_HOLDING if set(BY_HOLDING) & set(attrs) else BY_SERIALS
        other = BY_SERIALS if form is BY_HOLDING else BY_HOLDING
        if set(other) & set(attrs):
            raise serializers.ValidationError(
                "Give either holding and quantity, or batch, serial_start and "
                "serial_end."
            )
        missing = [name for name in form if name not in attrs]
        if missing:
            raise serializers.ValidationError(
                {name: "This field is required." for name in missing}
            )
        if form is BY_SERIALS and attrs["serial_end"] < attrs["serial_start"]:
            raise serializers.ValidationError(
                {"serial_end": "Must be >= serial_start."}
            )
        return attrs


class HoldingRetireInputSerializer(serializers.Serializer):
    holding = serializers.UUIDField()
    quantity = serializers.IntegerField(min_value=1)
    beneficiary = serializers.CharField(max_length=200)
    reason = serializers.CharField(max_length=500)


class RetirementOutputSerializer(RetirementSerializer):
    batch = serializers.UUIDField()
    project = serializers.UUIDField()
    registry_id = serializers.CharField()
    vintage = serializers.IntegerField()


class HoldingOutputSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    project = serializers.UUIDField()
    registry_id = serializers.CharField()
    project_name = serializers.CharField()
    batch = serializers.UUIDField()
    vintage = serializers.IntegerField()
    serial_start = serializers.IntegerField()
    serial_end = serializers.IntegerField()
    quantity = serializers.IntegerField()


class TransferInputSerializer(serializers.Serializer):
    holding = serializers.UUIDField()
    quantity = serializers.IntegerField(min_value=1)
    to_organization = serializers.PrimaryKeyRelatedField(
        queryset=Organization.objects.all(),
        pk_field=serializers.UUIDField(),
        help_text="The receiving account: its organization id.",
    )


class TransferOutputSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    project = serializers.UUIDField()
    registry_id = serializers.CharField()
    batch = serializers.UUIDField()
    vintage = serializers.IntegerField()
    serial_start = serializers.IntegerField()
    serial_end = serializers.IntegerField()
    quantity = serializers.IntegerField()
    from_organization = serializers.UUIDField()
    to_organization = serializers.UUIDField()
    created_at = serializers.DateTimeField()


class CertificateSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    project = serializers.UUIDField()
    registry_id = serializers.CharField()
    name = serializers.CharField()
    methodology = serializers.CharField()
    methodology_label = serializers.CharField()
    country = serializers.CharField()
    vintage = serializers.IntegerField()
    serial_start = serializers.IntegerField()
    serial_end = serializers.IntegerField()
    quantity = serializers.IntegerField()
    beneficiary = serializers.CharField()
    reason = serializers.CharField()
    retired_at = serializers.DateTimeField()
    url = serializers.CharField()
