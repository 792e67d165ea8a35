"""Supplier-specific factors (/api/v1/supplier-factors/, API.md)."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response

from accounts.api.base import OrganizationApi
from accounts.permissions import capability_permission
from carbon.core.api.pagination import page_response
from reporting.supplier_factors import (
    supplier_factor_delete,
    supplier_factor_list,
    supplier_factor_record,
)

Permission = capability_permission(
    read="record_supplier_factors", write="record_supplier_factors"
)


class SupplierFactorInputSerializer(serializers.Serializer):
    supplier = serializers.CharField(max_length=200)
    kg_co2e_per_unit = serializers.DecimalField(
        max_digits=30, decimal_places=15, min_value=0
    )
    unit = serializers.CharField(max_length=64)
    year = serializers.IntegerField(min_value=1990, max_value=2100)
    source = serializers.CharField(max_length=200)
    url = serializers.URLField(
        max_length=500, required=False, allow_blank=True, default=""
    )


class SupplierFactorOutputSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    supplier = serializers.CharField()
    supplier_key = serializers.CharField()
    kg_co2e_per_unit = serializers.DecimalField(
        max_digits=30, decimal_places=15, coerce_to_string=True
    )
    unit = serializers.CharField()
    year = serializers.IntegerField()
    source = serializers.CharField()
    url = serializers.CharField()
    created_by = serializers.EmailField(source="created_by.email", allow_null=True)
    created_at = serializers.DateTimeField()


class SupplierFactorListApi(OrganizationApi):
    permission_classes = [Permission]

    @extend_schema(responses=SupplierFactorOutputSerializer(many=True))
    def get(self, request):
        return page_response(
            self,
            request,
            supplier_factor_list(organization=self.organization, user=request.user),
            SupplierFactorOutputSerializer,
        )

    @extend_schema(
        request=SupplierFactorInputSerializer,
        responses={201: SupplierFactorOutputSerializer},
    )
    def post(self, request):
        body = SupplierFactorInputSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        factor = supplier_factor_record(
            organization=self.organization, user=request.user, **body.validated_data
        )
        return Response(
            SupplierFactorOutputSerializer(factor).data, status=status.HTTP_201_CREATED
        )


class SupplierFactorDetailApi(OrganizationApi):
    permission_classes = [Permission]

    @extend_schema(responses={204: None})
    def delete(self, request, supplier_factor_id):
        supplier_factor_delete(
            organization=self.organization,
            user=request.user,
            supplier_factor_id=supplier_factor_id,
        )
        return Response(status=status.HTTP_204_NO_CONTENT)
