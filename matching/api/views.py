from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from accounts import roles
from accounts.permissions import role_permission
from carbon.api.pagination import PageNumberPagination
from carbon.api.views import OrganizationApi
from ingestion.api.serializers import ActivityOutputSerializer
from ingestion.selectors import activity_get
from matching.models import FactorSource
from matching.selectors import emission_factor_get, emission_factor_list
from matching.services.overrides import activity_match_override


class EmissionFactorOutputSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    source = serializers.CharField()
    version = serializers.CharField()
    year = serializers.IntegerField()
    external_id = serializers.CharField()
    name = serializers.CharField()
    category_path = serializers.CharField()
    region = serializers.CharField()
    unit = serializers.CharField(source="unit_label")
    unit_normalized = serializers.CharField(source="unit")
    kg_co2e_per_unit = serializers.DecimalField(max_digits=30, decimal_places=15)
    gases = serializers.JSONField()
    gwp_set = serializers.CharField()
    scope = serializers.CharField()


class EmissionFactorListApi(OrganizationApi):
    permission_classes = [role_permission(read=roles.ALL)]

    @extend_schema(
        parameters=[
            OpenApiParameter("search", str),
            OpenApiParameter("unit", str),
            OpenApiParameter("source", enum=FactorSource.values),
            OpenApiParameter("region", str),
        ],
        responses=EmissionFactorOutputSerializer(many=True),
    )
    def get(self, request):
        paginator = PageNumberPagination()
        page = paginator.paginate_queryset(
            emission_factor_list(filters=request.query_params), request, view=self
        )
        return paginator.get_paginated_response(
            EmissionFactorOutputSerializer(page, many=True).data
        )


class ActivityMatchInputSerializer(serializers.Serializer):
    factor_id = serializers.UUIDField()


class ActivityMatchApi(OrganizationApi):
    permission_classes = [role_permission(read=roles.OPERATE, write=roles.OPERATE)]

    @extend_schema(
        request=ActivityMatchInputSerializer, responses=ActivityOutputSerializer
    )
    def post(self, request, activity_id):
        serializer = ActivityMatchInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        activity = activity_get(organization=self.organization, activity_id=activity_id)
        factor = emission_factor_get(factor_id=serializer.validated_data["factor_id"])
        activity = activity_match_override(
            activity=activity, factor=factor, user=request.user
        )
        return Response(ActivityOutputSerializer(activity).data)
