import csv
import io

from django.http import StreamingHttpResponse
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.response import Response

from accounts.api.base import OrganizationApi
from accounts.permissions import capability_permission, membership_of
from carbon.core.api.pagination import page_response
from carbon.core.exports import safe_cell
from ingestion.models import Plant
from ingestion.plants.selectors import file_check_list, plant_get, plant_list
from ingestion.plants.services import plant_create, plant_update
from reporting.mrv.api import serializers as s
from reporting.mrv.calculation import Flag
from reporting.mrv.exceptions import StatementTransitionInvalid
from reporting.mrv.selectors import (
    issue_list,
    removal_list,
    removal_summary,
    statement_get,
    statement_list,
)
from reporting.mrv.services import (
    statement_approve,
    statement_create,
    statement_request_changes,
    statement_submit,
)

PERIOD = [
    OpenApiParameter("plant", str, description="Plant code"),
    OpenApiParameter("from", str, description="First day (ISO date)"),
    OpenApiParameter("to", str, description="Last day (ISO date)"),
]
FLAG = OpenApiParameter("flag", enum=list(Flag.ALL), description="Comma-separated")

# The seed's roles on the platform's (README, MRV roles): the data engineer writes
# plants and statements, the domain expert approves, the stakeholder sees totals.
PlantPermission = capability_permission(read="view_mrv", write="upload_mrv")
RemovalPermission = capability_permission(read="view_mrv_detail")
SummaryPermission = capability_permission(read="view_mrv")
StatementPermission = capability_permission(read="view_mrv", write="upload_mrv")
ReviewPermission = capability_permission(read="view_mrv", write="approve_mrv")


class MrvApi(OrganizationApi):
    """For a member, a method the URL does not have is 405 and an object outside
    the caller's organization 404 before the role check can answer 403 (API.md)."""

    def lookup(self, **kwargs) -> None:
        """Load the URL's object onto the view; raises DoesNotExist (404)."""

    def check_permissions(self, request):
        if membership_of(request.user) is not None:
            method = request.method.lower()
            if method not in self.http_method_names or not hasattr(self, method):
                self.http_method_not_allowed(request)
            self.lookup(**self.kwargs)
        super().check_permissions(request)


class PlantListApi(MrvApi):
    permission_classes = [PlantPermission]

    @extend_schema(responses=s.PlantOutputSerializer(many=True))
    def get(self, request):
        plants = plant_list(organization=self.organization)
        return page_response(self, request, plants, s.PlantOutputSerializer)

    @extend_schema(
        request=s.PlantInputSerializer, responses={201: s.PlantOutputSerializer}
    )
    def post(self, request):
        data = s.PlantInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        plant = plant_create(organization=self.organization, **data.validated_data)
        return Response(
            s.PlantOutputSerializer(plant).data, status=status.HTTP_201_CREATED
        )


class PlantDetailApi(MrvApi):
    permission_classes = [PlantPermission]

    def lookup(self, code):
        self.plant = plant_get(organization=self.organization, code=code)

    @extend_schema(responses=s.PlantOutputSerializer)
    def get(self, request, code):
        return Response(s.PlantOutputSerializer(self.plant).data)

    @extend_schema(
        request=s.PlantInputSerializer(partial=True), responses=s.PlantOutputSerializer
    )
    def patch(self, request, code):
        data = s.PlantInputSerializer(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        fields = {
            k: v for k, v in data.validated_data.items() if k in ("name", "mapping")
        }
        plant = plant_update(plant=self.plant, **fields)
        return Response(s.PlantOutputSerializer(plant).data)


class RemovalListApi(MrvApi):
    permission_classes = [RemovalPermission]

    @extend_schema(
        parameters=[*PERIOD, FLAG], responses=s.RemovalOutputSerializer(many=True)
    )
    def get(self, request):
        removals = removal_list(
            organization=self.organization, filters=request.query_params
        )
        return page_response(self, request, removals, s.RemovalOutputSerializer)


class RemovalSummaryApi(MrvApi):
    permission_classes = [SummaryPermission]

    @extend_schema(parameters=PERIOD, responses=s.SummaryOutputSerializer)
    def get(self, request):
        summary = removal_summary(
            organization=self.organization, filters=request.query_params
        )
        return Response(s.SummaryOutputSerializer(summary).data)


EXPORT_COLUMNS = [
    "plant",
    "date",
    "ca_upstream_mg_l",
    "ca_downstream_mg_l",
    "ca_delta_mg_l",
    "flow_mgd",
    "flow_l_day",
    "caco3_mg",
    "co2_mg",
    "co2_t",
    "co2_t_uncertainty",
    "quality_flag",
    "message",
    "version",
    "operations_file",
    "operations_row",
]


def _csv_rows(removals):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(EXPORT_COLUMNS)
    for removal in removals.iterator(chunk_size=1000):
        ops = removal.sources.get("operations") or {}
        values = {name: getattr(removal, name, None) for name in EXPORT_COLUMNS[2:14]}
        writer.writerow(
            [safe_cell(removal.plant.code), removal.date.isoformat()]
            + [safe_cell("" if v is None else str(v)) for v in values.values()]
            + [safe_cell(ops.get("file", "")), ops.get("row", "")]
        )
        yield buffer.getvalue().encode()
        buffer.seek(0)
        buffer.truncate()


class RemovalExportApi(MrvApi):
    permission_classes = [RemovalPermission]

    @extend_schema(
        parameters=[*PERIOD, FLAG],
        responses={(200, "text/csv"): OpenApiResponse(description="CSV of removals")},
    )
    def get(self, request):
        removals = removal_list(
            organization=self.organization, filters=request.query_params
        )
        response = StreamingHttpResponse(_csv_rows(removals), content_type="text/csv")
        response["Content-Disposition"] = 'attachment; filename="co2-removals.csv"'
        return response


class IssueListApi(MrvApi):
    permission_classes = [RemovalPermission]

    @extend_schema(
        parameters=[
            *PERIOD,
            OpenApiParameter("level", int),
            OpenApiParameter("code", str),
        ],
        responses=s.QaIssueOutputSerializer(many=True),
    )
    def get(self, request):
        issues = issue_list(
            organization=self.organization, filters=request.query_params
        )
        return page_response(self, request, issues, s.QaIssueOutputSerializer)


class FileCheckListApi(MrvApi):
    permission_classes = [RemovalPermission]

    @extend_schema(
        parameters=[OpenApiParameter("plant", str)],
        responses=s.FileCheckOutputSerializer(many=True),
    )
    def get(self, request):
        code = request.query_params.get("plant")
        plant = plant_get(organization=self.organization, code=code) if code else None
        checks = file_check_list(organization=self.organization, plant=plant)
        return page_response(self, request, checks, s.FileCheckOutputSerializer)


class StatementListApi(MrvApi):
    permission_classes = [StatementPermission]

    @extend_schema(
        parameters=[OpenApiParameter("plant", str), OpenApiParameter("status", str)],
        responses=s.StatementOutputSerializer(many=True),
    )
    def get(self, request):
        statements = statement_list(
            organization=self.organization, filters=request.query_params
        )
        return page_response(self, request, statements, s.StatementOutputSerializer)

    @extend_schema(
        request={
            "application/json": {
                "type": "object",
                "properties": {
                    "plant": {"type": "string"},
                    "from": {"type": "string", "format": "date"},
                    "to": {"type": "string", "format": "date"},
                },
                "required": ["plant", "from", "to"],
            }
        },
        responses={201: s.StatementOutputSerializer},
    )
    def post(self, request):
        data = s.StatementInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        plant = _plant_or_400(self.organization, data.validated_data["plant"])
        statement = statement_create(
            organization=self.organization,
            plant=plant,
            start=data.validated_data["start"],
            end=data.validated_data["end"],
            user=request.user,
        )
        statement = statement_get(
            organization=self.organization, statement_id=statement.pk
        )
        return Response(
            s.StatementOutputSerializer(statement).data, status=status.HTTP_201_CREATED
        )


def _plant_or_400(organization, code):
    try:
        return plant_get(organization=organization, code=code)
    except Plant.DoesNotExist:
        raise StatementTransitionInvalid(
            f"Unknown plant {code!r}.",
            errors=[{"field": "plant", "code": "invalid", "message": "Unknown plant."}],
        ) from None


class _StatementApi(MrvApi):
    def lookup(self, statement_id):
        self.statement = statement_get(
            organization=self.organization, statement_id=statement_id
        )


class StatementDetailApi(_StatementApi):
    permission_classes = [StatementPermission]

    @extend_schema(responses=s.StatementOutputSerializer)
    def get(self, request, statement_id):
        return Response(s.StatementOutputSerializer(self.statement).data)


class _TransitionApi(_StatementApi):
    note_serializer = s.NoteInputSerializer

    def transition(self, statement, user, note):
        raise NotImplementedError

    def post(self, request, statement_id):
        data = self.note_serializer(data=request.data)
        data.is_valid(raise_exception=True)
        self.transition(self.statement, request.user, data.validated_data["note"])
        statement = statement_get(
            organization=self.organization, statement_id=statement_id
        )
        return Response(s.StatementOutputSerializer(statement).data)


class StatementSubmitApi(_TransitionApi):
    permission_classes = [StatementPermission]

    @extend_schema(request=None, responses=s.StatementOutputSerializer)
    def post(self, request, statement_id):
        return super().post(request, statement_id)

    def transition(self, statement, user, note):
        statement_submit(statement=statement, user=user)


class StatementApproveApi(_TransitionApi):
    permission_classes = [ReviewPermission]

    @extend_schema(request=s.NoteInputSerializer, responses=s.StatementOutputSerializer)
    def post(self, request, statement_id):
        return super().post(request, statement_id)

    def transition(self, statement, user, note):
        statement_approve(statement=statement, user=user, note=note)


class StatementRequestChangesApi(_TransitionApi):
    permission_classes = [ReviewPermission]
    note_serializer = s.RequiredNoteInputSerializer

    @extend_schema(
        request=s.RequiredNoteInputSerializer, responses=s.StatementOutputSerializer
    )
    def post(self, request, statement_id):
        return super().post(request, statement_id)

    def transition(self, statement, user, note):
        statement_request_changes(statement=statement, user=user, note=note)
