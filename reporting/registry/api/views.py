"""Authenticated registry workflow under /api/v1/registry/. Who may do what is
decided by the services (capability, grant, four eyes) and the policy (what is seen)."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.models import User
from carbon.core.api.pagination import PageNumberPagination, page_response
from reporting.registry import policy, presenters, selectors
from reporting.registry.api import serializers as s
from reporting.registry.checklists import CHECKLISTS
from reporting.registry.exceptions import NotAllowed
from reporting.registry.services.documents import document_add
from reporting.registry.services.issuance import credits_issue
from reporting.registry.services.projects import project_create, project_update
from reporting.registry.services.trading import (
    credits_retire,
    credits_transfer,
    holding_retire,
)
from reporting.registry.services.verification import (
    assessment_file,
    verifier_grant_create,
    verifier_grant_revoke,
)
from reporting.registry.services.workflow import (
    project_approve,
    project_publish,
    project_request_changes,
    project_submit,
)


def _detail(project, user) -> dict:
    project.refresh_from_db()
    return presenters.project_detail(project, policy.audience_for(user, project))


class ProjectApi(APIView):
    # Lists paginate by hand; naming the class makes the schema show the envelope.
    pagination_class = PageNumberPagination

    def project(self, project_id):
        return selectors.project_get_for(user=self.request.user, project_id=project_id)


class ProjectListApi(ProjectApi):
    @extend_schema(responses=s.ProjectOutputSerializer(many=True))
    def get(self, request):
        return page_response(
            self,
            request,
            selectors.project_list_for(
                user=request.user, state=request.query_params.get("state", "")
            ),
            s.ProjectOutputSerializer,
            present=lambda p: policy.project_view(
                p, policy.audience_for(request.user, p), detail=False
            ),
        )

    @extend_schema(
        request=s.ProjectInputSerializer, responses={201: s.ProjectOutputSerializer}
    )
    def post(self, request):
        data = s.ProjectInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        project = project_create(user=request.user, **data.validated_data)
        return Response(
            s.ProjectOutputSerializer(_detail(project, request.user)).data,
            status=status.HTTP_201_CREATED,
        )


class ProjectDetailApi(ProjectApi):
    @extend_schema(responses=s.ProjectOutputSerializer)
    def get(self, request, project_id):
        project = self.project(project_id)
        return Response(s.ProjectOutputSerializer(_detail(project, request.user)).data)

    @extend_schema(
        request=s.ProjectInputSerializer(partial=True),
        responses=s.ProjectOutputSerializer,
    )
    def patch(self, request, project_id):
        project = self.project(project_id)
        data = s.ProjectInputSerializer(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        project = project_update(
            project=project, user=request.user, **data.validated_data
        )
        return Response(s.ProjectOutputSerializer(_detail(project, request.user)).data)


class ProjectDocumentApi(ProjectApi):
    parser_classes = [MultiPartParser, FormParser]

    @extend_schema(
        request={"multipart/form-data": s.DocumentInputSerializer},
        responses={201: s.DocumentSerializer},
    )
    def post(self, request, project_id):
        project = self.project(project_id)
        data = s.DocumentInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        document = document_add(
            project=project,
            user=request.user,
            file=data.validated_data["file"],
            title=data.validated_data.get("title", ""),
            confidentiality=data.validated_data["confidentiality"],
        )
        body = {
            **policy.document_view(document),
            "url": presenters.document_url(document),
        }
        return Response(s.DocumentSerializer(body).data, status=status.HTTP_201_CREATED)


def _transition_api(name: str, service, note_serializer=s.NoteSerializer):
    class TransitionApi(ProjectApi):
        @extend_schema(
            request=note_serializer,
            responses=s.ProjectOutputSerializer,
            operation_id=f"registry_project_{name}",
        )
        def post(self, request, project_id):
            project = self.project(project_id)
            data = note_serializer(data=request.data)
            data.is_valid(raise_exception=True)
            service(project=project, user=request.user, **data.validated_data)
            return Response(
                s.ProjectOutputSerializer(_detail(project, request.user)).data
            )

    TransitionApi.__name__ = f"Project{name.title().replace('_', '')}Api"
    return TransitionApi


ProjectSubmitApi = _transition_api("submit", project_submit)
ProjectApproveApi = _transition_api("approve", project_approve)
ProjectPublishApi = _transition_api("publish", project_publish)
ProjectRequestChangesApi = _transition_api(
    "request_changes", project_request_changes, s.RequiredNoteSerializer
)


class ProjectTransitionListApi(ProjectApi):
    @extend_schema(responses=s.TransitionOutputSerializer(many=True))
    def get(self, request, project_id):
        project = self.project(project_id)
        audience = policy.audience_for(request.user, project)
        rows = policy.timeline_view(
            selectors.transition_list(project=project), audience
        )
        return page_response(self, request, rows, s.TransitionOutputSerializer)


class VerifierGrantListApi(ProjectApi):
    @extend_schema(responses=s.GrantOutputSerializer(many=True))
    def get(self, request, project_id):
        project = self.project(project_id)
        if not policy.is_staff(request.user):
            raise NotAllowed("Only registry staff may list grants.")
        grants = selectors.grants_list(project=project)
        return Response(s.GrantOutputSerializer(grants, many=True).data)

    @extend_schema(
        request=s.GrantInputSerializer, responses={201: s.GrantOutputSerializer}
    )
    def post(self, request, project_id):
        project = self.project(project_id)
        data = s.GrantInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        verifier = User.objects.filter(
            email__iexact=data.validated_data["verifier"]
        ).first()
        if verifier is None:
            raise s.serializers.ValidationError({"verifier": "No such user."})
        grant = verifier_grant_create(
            project=project, user=request.user, verifier=verifier
        )
        return Response(
            s.GrantOutputSerializer(grant).data, status=status.HTTP_201_CREATED
        )


class VerifierGrantDetailApi(ProjectApi):
    @extend_schema(request=None, responses={204: None})
    def delete(self, request, project_id, grant_id):
        project = self.project(project_id)
        grant = selectors.grant_get(project=project, grant_id=grant_id)
        verifier_grant_revoke(grant=grant, user=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class AssessmentApi(ProjectApi):
    @extend_schema(
        request=s.AssessmentInputSerializer,
        responses={201: s.AssessmentOutputSerializer},
    )
    def post(self, request, project_id):
        project = self.project(project_id)
        data = s.AssessmentInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        assessment = assessment_file(
            project=project, user=request.user, **data.validated_data
        )
        view = policy.assessment_view(assessment, policy.Audience.VERIFIER)
        return Response(
            s.AssessmentOutputSerializer(view).data, status=status.HTTP_201_CREATED
        )


class ChecklistApi(APIView):
    @extend_schema(responses=s.ChecklistSerializer(many=True))
    def get(self, request):
        rows = [{"methodology": m, "criteria": list(c)} for m, c in CHECKLISTS.items()]
        return Response(s.ChecklistSerializer(rows, many=True).data)


class IssueApi(ProjectApi):
    @extend_schema(request=None, responses={201: s.BatchSerializer})
    def post(self, request, project_id):
        project = self.project(project_id)
        batch = credits_issue(project=project, user=request.user)
        body = {
            "id": batch.id,
            "vintage": batch.vintage,
            "serial_start": batch.serial_start,
            "serial_end": batch.serial_end,
            "quantity": batch.quantity,
            "issued_at": batch.issued_at,
            "retirements": [],
        }
        return Response(s.BatchSerializer(body).data, status=status.HTTP_201_CREATED)


class HoldingListApi(APIView):
    pagination_class = PageNumberPagination

    @extend_schema(responses=s.HoldingOutputSerializer(many=True))
    def get(self, request):
        return page_response(
            self,
            request,
            selectors.holding_list(organization=request.user.organization),
            s.HoldingOutputSerializer,
            present=presenters.holding_row,
        )


class TransferApi(APIView):
    pagination_class = PageNumberPagination

    @extend_schema(responses=s.TransferOutputSerializer(many=True))
    def get(self, request):
        return page_response(
            self,
            request,
            selectors.transfer_list(organization=request.user.organization),
            s.TransferOutputSerializer,
            present=presenters.transfer_row,
        )

    @extend_schema(
        request=s.TransferInputSerializer,
        responses={201: s.TransferOutputSerializer},
    )
    def post(self, request):
        data = s.TransferInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = dict(data.validated_data)
        holding = selectors.holding_get(
            organization=request.user.organization, holding_id=fields.pop("holding")
        )
        transfer = credits_transfer(holding=holding, user=request.user, **fields)
        return Response(
            s.TransferOutputSerializer(presenters.transfer_row(transfer)).data,
            status=status.HTTP_201_CREATED,
        )


class RetirementApi(APIView):
    pagination_class = PageNumberPagination

    @extend_schema(responses=s.RetirementOutputSerializer(many=True))
    def get(self, request):
        return page_response(
            self,
            request,
            selectors.retirement_list_for(organization=request.user.organization),
            s.RetirementOutputSerializer,
            present=presenters.retirement_row,
        )

    @extend_schema(
        request=s.RetireInputSerializer,
        responses={201: s.RetirementOutputSerializer},
    )
    def post(self, request):
        data = s.RetireInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = dict(data.validated_data)
        if "holding" in fields:
            holding = selectors.holding_get(
                organization=request.user.organization,
                holding_id=fields.pop("holding"),
            )
            retirement = holding_retire(holding=holding, user=request.user, **fields)
        else:
            batch = selectors.batch_get(batch_id=fields.pop("batch"))
            retirement = credits_retire(batch=batch, user=request.user, **fields)
        return Response(
            s.RetirementOutputSerializer(presenters.retirement_row(retirement)).data,
            status=status.HTTP_201_CREATED,
        )
