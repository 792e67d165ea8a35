"""The organization-wide inventory and its targets (API.md, "Inventory")."""

from decimal import Decimal

from django.http import HttpResponse
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from accounts.api.base import OrganizationApi
from accounts.permissions import capability_permission
from reporting.api.views import XLSX
from reporting.exports import inventory_export_file
from reporting.inventory import (
    INVENTORY_EXPORT_HEADER,
    INVENTORY_GROUPS,
    Inventory,
    inventory_export_rows,
    inventory_get,
    inventory_settings_get,
    reporting_year_bounds,
    reporting_year_current,
    targets_list,
    targets_set,
)
from reporting.models import Target

InventoryPermission = capability_permission(read="view_uploads")
TargetPermission = capability_permission(read="view_uploads", write="edit_targets")
KG = Decimal("0.000001")


def _kg(value: Decimal) -> str:
    return str(value.quantize(KG))


class InventoryQuerySerializer(serializers.Serializer):
    # `from` is a keyword: the fields are declared under other names.
    start = serializers.DateField(required=False)
    end = serializers.DateField(required=False)
    group_by = serializers.ChoiceField(choices=INVENTORY_GROUPS, required=False)


class CategorySerializer(serializers.Serializer):
    category = serializers.IntegerField()
    co2e_kg = serializers.CharField()


class ScopeSerializer(serializers.Serializer):
    scope = serializers.ChoiceField(choices=["1", "2", "3"])
    co2e_kg = serializers.CharField()
    categories = CategorySerializer(many=True)


class QualitySerializer(serializers.Serializer):
    # `class` is a keyword too.
    co2e_kg = serializers.CharField()

    def to_representation(self, instance):
        return {"class": instance[0], "co2e_kg": _kg(instance[1])}


class TotalSerializer(serializers.Serializer):
    co2e_kg = serializers.CharField()


class GroupSerializer(serializers.Serializer):
    group = serializers.CharField()
    co2e_kg = serializers.CharField()


class InventoryOutputSerializer(serializers.Serializer):
    total = TotalSerializer()
    scopes = ScopeSerializer(many=True)
    data_quality = QualitySerializer(many=True)
    unreviewed_co2e_kg = serializers.CharField()
    groups = GroupSerializer(many=True, required=False)

    def to_representation(self, inventory: Inventory):
        body = {
            "from": inventory.start.isoformat(),
            "to": inventory.end.isoformat(),
            "total": {"co2e_kg": _kg(inventory.total_kg)},
            "scopes": [
                {
                    "scope": scope.scope,
                    "co2e_kg": _kg(scope.co2e_kg),
                    "categories": [
                        {"category": category, "co2e_kg": _kg(kg)}
                        for category, kg in scope.categories
                    ],
                }
                for scope in inventory.scopes
            ],
            "data_quality": [
                {"class": name, "co2e_kg": _kg(kg)}
                for name, kg in inventory.data_quality
            ],
            "unreviewed_co2e_kg": _kg(inventory.unreviewed_kg),
        }
        if inventory.groups is not None:
            body["groups"] = [
                {"group": group, "co2e_kg": _kg(kg)} for group, kg in inventory.groups
            ]
        return body


class InventoryApi(OrganizationApi):
    permission_classes = [InventoryPermission]

    @extend_schema(
        parameters=[
            OpenApiParameter("from", str, description="Date; default: reporting year"),
            OpenApiParameter("to", str, description="Date; default: reporting year"),
            OpenApiParameter("group_by", enum=list(INVENTORY_GROUPS)),
        ],
        responses=InventoryOutputSerializer,
    )
    def get(self, request):
        params = request.query_params
        query = InventoryQuerySerializer(
            data={
                key: params[name]
                for key, name in (
                    ("start", "from"),
                    ("end", "to"),
                    ("group_by", "group_by"),
                )
                if name in params
            }
        )
        query.is_valid(raise_exception=True)
        start, end = reporting_year_bounds(
            organization=self.organization,
            year=reporting_year_current(organization=self.organization),
        )
        inventory = inventory_get(
            organization=self.organization,
            user=request.user,
            start=query.validated_data.get("start", start),
            end=query.validated_data.get("end", end),
            group_by=query.validated_data.get("group_by"),
        )
        return Response(InventoryOutputSerializer(inventory).data)


class TargetSerializer(serializers.Serializer):
    scopes = serializers.ChoiceField(choices=Target.Scopes.choices)
    target_year = serializers.IntegerField(min_value=1990, max_value=2100)
    reduction_percent = serializers.DecimalField(
        max_digits=5, decimal_places=2, min_value=Decimal("0.01"), max_value=100
    )


class TargetsSerializer(serializers.Serializer):
    base_year = serializers.IntegerField(
        min_value=1990, max_value=2100, allow_null=True
    )
    year_start_month = serializers.IntegerField(min_value=1, max_value=12, default=1)
    targets = TargetSerializer(many=True)

    def validate_targets(self, value):
        scopes = [item["scopes"] for item in value]
        if len(scopes) != len(set(scopes)):
            raise serializers.ValidationError("One target per scope set.")
        return value


class TargetsApi(OrganizationApi):
    permission_classes = [TargetPermission]

    def _body(self):
        settings = inventory_settings_get(organization=self.organization)
        return TargetsSerializer(
            {
                "base_year": settings.base_year,
                "year_start_month": settings.year_start_month,
                "targets": targets_list(organization=self.organization),
            }
        ).data

    @extend_schema(responses=TargetsSerializer)
    def get(self, request):
        return Response(self._body())

    @extend_schema(request=TargetsSerializer, responses=TargetsSerializer)
    def put(self, request):
        body = TargetsSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        targets_set(organization=self.organization, **body.validated_data)
        return Response(self._body())


class InventoryExportQuerySerializer(serializers.Serializer):
    year = serializers.IntegerField(min_value=1990, max_value=2100, required=False)
    start = serializers.DateField(required=False)
    end = serializers.DateField(required=False)
    format = serializers.ChoiceField(choices=("csv", "xlsx"), default="csv")


class InventoryExportApi(OrganizationApi):
    permission_classes = [InventoryPermission]

    def perform_content_negotiation(self, request, force=False):
        return super().perform_content_negotiation(request, force=True)

    @extend_schema(
        parameters=[
            OpenApiParameter("year", int),
            OpenApiParameter("from", str),
            OpenApiParameter("to", str),
            OpenApiParameter("format", enum=["csv", "xlsx"]),
        ],
        responses={(200, "text/csv"): bytes, (200, XLSX): bytes},
    )
    def get(self, request):
        params = request.query_params
        query = InventoryExportQuerySerializer(
            data={
                key: params[name]
                for key, name in (
                    ("year", "year"),
                    ("start", "from"),
                    ("end", "to"),
                    ("format", "format"),
                )
                if name in params
            }
        )
        query.is_valid(raise_exception=True)
        year = query.validated_data.get("year") or reporting_year_current(
            organization=self.organization
        )
        start, end = reporting_year_bounds(organization=self.organization, year=year)
        rows = inventory_export_rows(
            organization=self.organization,
            user=request.user,
            start=query.validated_data.get("start", start),
            end=query.validated_data.get("end", end),
        )
        kind = query.validated_data["format"]
        content = inventory_export_file(INVENTORY_EXPORT_HEADER, rows, kind)
        response = HttpResponse(
            content, content_type=XLSX if kind == "xlsx" else "text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="inventory.{kind}"'
        return response
