"""Ingestion issues API: the organization's failures, triaged."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from accounts.api.base import OrganizationApi
from accounts.models import User
from accounts.permissions import capability_permission
from carbon.core.api.pagination import page_response
from reporting.issues import selectors, services
from reporting.issues.api.serializers import (
    IngestionIssueInputSerializer,
    IngestionIssueOutputSerializer,
    IssueQuerySerializer,
)
from reporting.issues.models import IngestionIssue

IssuePermission = capability_permission(read="view_operations", write="triage_issues")


class IngestionIssueListApi(OrganizationApi):
    permission_classes = [IssuePermission]

    @extend_schema(
        parameters=[
            OpenApiParameter("status", enum=IngestionIssue.Status.values),
            OpenApiParameter("kind", enum=IngestionIssue.Kind.values),
        ],
        responses=IngestionIssueOutputSerializer(many=True),
    )
    def get(self, request):
        query = IssueQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        return page_response(
            self,
            request,
            selectors.ingestion_issue_list(
                organization=self.organization, **query.validated_data
            ),
            IngestionIssueOutputSerializer,
        )


class IngestionIssueDetailApi(OrganizationApi):
    permission_classes = [IssuePermission]

    @extend_schema(responses=IngestionIssueOutputSerializer)
    def get(self, request, issue_id):
        issue = selectors.ingestion_issue_get(
            organization=self.organization, issue_id=issue_id
        )
        return Response(IngestionIssueOutputSerializer(issue).data)

    @extend_schema(
        request=IngestionIssueInputSerializer, responses=IngestionIssueOutputSerializer
    )
    def patch(self, request, issue_id):
        issue = selectors.ingestion_issue_get(
            organization=self.organization, issue_id=issue_id
        )
        data = IngestionIssueInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        assignee = None
        unassign = (
            "assignee" in data.validated_data and not data.validated_data["assignee"]
        )
        if data.validated_data.get("assignee"):
            assignee = User.objects.filter(
                email__iexact=data.validated_data["assignee"]
            ).first()
            if assignee is None:
                raise serializers.ValidationError({"assignee": "No such user."})
        issue = services.ingestion_issue_update(
            issue=issue,
            status=data.validated_data.get("status"),
            assignee=assignee,
            unassign=unassign,
        )
        return Response(IngestionIssueOutputSerializer(issue).data)
