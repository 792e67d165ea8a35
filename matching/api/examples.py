"""The organization's decisions as the model's examples (ARCHITECTURE.md ADR-4.4d):
list them, withdraw one."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from accounts.api.base import OrganizationApi
from accounts.permissions import capability_permission
from carbon.core.api.pagination import page_response
from matching.selectors import match_example_list
from matching.services.examples import match_example_withdraw


class MatchExampleOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    description = serializers.CharField()
    category = serializers.CharField()
    unit = serializers.CharField()
    factor_id = serializers.UUIDField()
    factor_name = serializers.CharField(source="factor.name")
    method = serializers.CharField()
    decided_at = serializers.DateTimeField(source="updated_at")
    withdrawn_at = serializers.DateTimeField(source="example_withdrawn_at")


class MatchExampleListApi(OrganizationApi):
    """GET /api/v1/match-examples/: the decisions that teach the model, newest first."""

    permission_classes = [
        capability_permission(read="review_matches", write="review_matches")
    ]

    @extend_schema(responses=MatchExampleOutputSerializer(many=True))
    def get(self, request):
        return page_response(
            self,
            request,
            match_example_list(organization=self.organization),
            MatchExampleOutputSerializer,
        )


class MatchExampleWithdrawApi(OrganizationApi):
    """POST /api/v1/match-examples/{id}/withdraw/: the decision stays, it no longer
    teaches the model."""

    permission_classes = [
        capability_permission(read="review_matches", write="review_matches")
    ]

    @extend_schema(request=None, responses=MatchExampleOutputSerializer)
    def post(self, request, entry_id: int):
        entry = match_example_withdraw(
            organization=self.organization, entry_id=entry_id
        )
        return Response(MatchExampleOutputSerializer(entry).data)
