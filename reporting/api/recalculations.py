"""Recalculations as previewed diffs and closed periods (/api/v1/recalculations/,
/api/v1/closed-periods/)."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response

from accounts.api.base import OrganizationApi
from accounts.permissions import capability_permission
from carbon.core.api.pagination import page_response
from ingestion.selectors import upload_get
from reporting.recalculation import (
    period_close,
    recalculation_apply,
    recalculation_largest_changes,
    recalculation_preview,
)
from reporting.selectors import closed_period_list, recalculation_get

Permission = capability_permission(read="recalculate", write="recalculate")


class RecalculationInputSerializer(serializers.Serializer):
    upload = serializers.UUIDField(required=False)
    period_start = serializers.DateField(required=False)
    period_end = serializers.DateField(required=False)
    factor_version = serializers.CharField(
        required=False, allow_blank=True, max_length=32, default=""
    )
    override_note = serializers.CharField(
        required=False, allow_blank=True, max_length=500, default=""
    )


class ChangeSerializer(serializers.Serializer):
    group = serializers.CharField()
    rows = serializers.IntegerField()
    before = serializers.DecimalField(max_digits=30, decimal_places=6)
    after = serializers.DecimalField(max_digits=30, decimal_places=6)
    delta = serializers.DecimalField(max_digits=30, decimal_places=6)


class RecalculationOutputSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    status = serializers.CharField()
    upload = serializers.UUIDField(source="upload_id", allow_null=True)
    period_start = serializers.DateField(allow_null=True)
    period_end = serializers.DateField(allow_null=True)
    factor_version = serializers.CharField()
    rows_in_scope = serializers.IntegerField()
    rows_changed = serializers.IntegerField()
    total_before = serializers.DecimalField(max_digits=30, decimal_places=6)
    total_after = serializers.DecimalField(max_digits=30, decimal_places=6)
    override_note = serializers.CharField()
    created_at = serializers.DateTimeField()
    applied_at = serializers.DateTimeField(allow_null=True)
    largest_changes = serializers.SerializerMethodField()

    def get_largest_changes(self, recalculation) -> list[dict]:
        return ChangeSerializer(
            recalculation_largest_changes(recalculation=recalculation), many=True
        ).data


class RecalculationListApi(OrganizationApi):
    permission_classes = [Permission]

    @extend_schema(
        request=RecalculationInputSerializer,
        responses={201: RecalculationOutputSerializer},
    )
    def post(self, request):
        serializer = RecalculationInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        if data.get("upload"):
            data["upload"] = upload_get(
                organization=self.organization,
                upload_id=data["upload"],
                user=request.user,
            )
        recalculation = recalculation_preview(
            organization=self.organization, user=request.user, **data
        )
        return Response(
            RecalculationOutputSerializer(recalculation).data,
            status=status.HTTP_201_CREATED,
        )


class RecalculationDetailApi(OrganizationApi):
    permission_classes = [Permission]

    @extend_schema(responses=RecalculationOutputSerializer)
    def get(self, request, recalculation_id):
        recalculation = recalculation_get(
            organization=self.organization, recalculation_id=recalculation_id
        )
        return Response(RecalculationOutputSerializer(recalculation).data)


class RecalculationApplyApi(OrganizationApi):
    permission_classes = [Permission]

    @extend_schema(request=None, responses=RecalculationOutputSerializer)
    def post(self, request, recalculation_id):
        recalculation = recalculation_get(
            organization=self.organization, recalculation_id=recalculation_id
        )
        recalculation = recalculation_apply(
            recalculation=recalculation, user=request.user
        )
        return Response(RecalculationOutputSerializer(recalculation).data)


class ClosedPeriodSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    start = serializers.DateField()
    end = serializers.DateField()
    note = serializers.CharField(required=False, allow_blank=True, max_length=500)
    closed_at = serializers.DateTimeField(read_only=True)


class ClosedPeriodListApi(OrganizationApi):
    permission_classes = [Permission]

    @extend_schema(responses=ClosedPeriodSerializer(many=True))
    def get(self, request):
        return page_response(
            self,
            request,
            closed_period_list(organization=self.organization),
            ClosedPeriodSerializer,
        )

    @extend_schema(
        request=ClosedPeriodSerializer, responses={201: ClosedPeriodSerializer}
    )
    def post(self, request):
        serializer = ClosedPeriodSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        period = period_close(
            organization=self.organization,
            user=request.user,
            **serializer.validated_data,
        )
        return Response(
            ClosedPeriodSerializer(period).data, status=status.HTTP_201_CREATED
        )
