from decimal import Decimal

from django.http import StreamingHttpResponse
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers

from accounts.api.base import OrganizationApi
from accounts.permissions import capability_permission
from carbon.core.api.pagination import PageNumberPagination
from reporting.exports import export_csv_chunks, export_xlsx_chunks
from reporting.selectors import (
    GROUPS,
    emission_export_where,
    result_groups,
    result_total,
)

ResultPermission = capability_permission(read="view_uploads")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class ResultQuerySerializer(serializers.Serializer):
    upload = serializers.UUIDField(required=False)
    group_by = serializers.ChoiceField(choices=GROUPS, default="category")


class ExportQuerySerializer(serializers.Serializer):
    upload = serializers.UUIDField(required=False)
    format = serializers.ChoiceField(choices=("csv", "xlsx"), default="csv")


class ResultGroupSerializer(serializers.Serializer):
    group = serializers.CharField()
    activities = serializers.IntegerField()
    co2e_kg = serializers.DecimalField(max_digits=30, decimal_places=6)


class ResultPagination(PageNumberPagination):
    """The page envelope plus `total` over all groups."""

    def get_paginated_response_schema(self, schema):
        envelope = super().get_paginated_response_schema(schema)
        envelope["properties"]["total"] = {
            "type": "object",
            "properties": {
                "activities": {"type": "integer"},
                "co2e_kg": {"type": "string", "format": "decimal"},
            },
            "required": ["activities", "co2e_kg"],
        }
        envelope["required"] = [*envelope.get("required", []), "total"]
        return envelope


class ResultListApi(OrganizationApi):
    permission_classes = [ResultPermission]
    pagination_class = ResultPagination

    @extend_schema(
        parameters=[
            OpenApiParameter("upload", str),
            OpenApiParameter("group_by", enum=list(GROUPS)),
        ],
        responses=ResultGroupSerializer(many=True),
    )
    def get(self, request):
        query = ResultQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        scope = {
            "organization": self.organization,
            "user": request.user,
            "upload_id": query.validated_data.get("upload"),
        }
        groups = result_groups(**scope, group_by=query.validated_data["group_by"])
        paginator = PageNumberPagination()
        page = paginator.paginate_queryset(groups, request, view=self)
        response = paginator.get_paginated_response(
            ResultGroupSerializer(page, many=True).data
        )
        total = result_total(**scope)
        response.data["total"] = {
            "activities": total.activities,
            "co2e_kg": str(total.co2e_kg.quantize(Decimal("0.000001"))),
        }
        return response


class ResultExportApi(OrganizationApi):
    permission_classes = [ResultPermission]

    def perform_content_negotiation(self, request, force=False):
        # `?format=csv|xlsx` names the file format (API.md), not a DRF renderer.
        return super().perform_content_negotiation(request, force=True)

    @extend_schema(
        parameters=[
            OpenApiParameter("upload", str),
            OpenApiParameter("format", enum=["csv", "xlsx"]),
        ],
        responses={(200, "text/csv"): bytes, (200, XLSX): bytes},
    )
    def get(self, request):
        query = ExportQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        where, params = emission_export_where(
            organization=self.organization,
            user=request.user,
            upload_id=query.validated_data.get("upload"),
        )
        kind = query.validated_data["format"]
        if kind == "xlsx":
            response = StreamingHttpResponse(
                export_xlsx_chunks(where, params), content_type=XLSX
            )
        else:
            response = StreamingHttpResponse(
                export_csv_chunks(where, params), content_type="text/csv; charset=utf-8"
            )
        response["Content-Disposition"] = f'attachment; filename="results.{kind}"'
        return response
