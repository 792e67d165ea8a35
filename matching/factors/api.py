from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers

from accounts.api.base import OrganizationApi
from accounts.permissions import capability_permission
from carbon.core.api.pagination import page_response
from matching.factors.compatibility import UNIT_FAMILIES
from matching.factors.models import FactorSource
from matching.factors.selectors import emission_factor_list


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
    permission_classes = [capability_permission(read="view_factors")]

    @extend_schema(
        parameters=[
            OpenApiParameter("search", str),
            OpenApiParameter("unit", str),
            OpenApiParameter("source", enum=FactorSource.values),
            OpenApiParameter("region", str),
            OpenApiParameter("family", enum=list(UNIT_FAMILIES)),
            OpenApiParameter("year", int),
            OpenApiParameter("version", str),
            OpenApiParameter(
                "compatible_with",
                str,
                description="An activity unit: only factors a decision may set on it.",
            ),
        ],
        responses=EmissionFactorOutputSerializer(many=True),
    )
    def get(self, request):
        return page_response(
            self,
            request,
            emission_factor_list(filters=request.query_params),
            EmissionFactorOutputSerializer,
        )
