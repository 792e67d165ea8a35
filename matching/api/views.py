from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from accounts import roles
from accounts.api.base import OrganizationApi
from accounts.permissions import role_permission
from ingestion.api.serializers import ActivityOutputSerializer
from ingestion.selectors import activity_get
from matching.services.overrides import activity_match_override
from matching.services.review import ReviewAction, review_factor


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
        factor = review_factor(
            action=ReviewAction.OVERRIDE,
            factor_id=serializer.validated_data["factor_id"],
        )
        activity = activity_match_override(
            activity=activity, factor=factor, user=request.user
        )
        return Response(ActivityOutputSerializer(activity).data)
