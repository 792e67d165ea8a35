from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from accounts import roles
from accounts.api.base import OrganizationApi
from accounts.permissions import role_permission
from matching.services.review import (
    ReviewAction,
    activities_review,
    review_factor,
)


class ActivityReviewInputSerializer(serializers.Serializer):
    activity_ids = serializers.ListField(
        child=serializers.UUIDField(), min_length=1, max_length=500
    )
    action = serializers.ChoiceField(choices=ReviewAction.CHOICES)
    factor_id = serializers.UUIDField(required=False)


class ActivityReviewOutputSerializer(serializers.Serializer):
    action = serializers.CharField()
    updated = serializers.IntegerField()
    keys = serializers.IntegerField()
    activity_ids = serializers.ListField(child=serializers.UUIDField())


class ActivityReviewApi(OrganizationApi):
    """POST /api/v1/activities/review/: bulk accept or override (the review queue)."""

    permission_classes = [role_permission(read=roles.OPERATE, write=roles.OPERATE)]

    @extend_schema(
        request=ActivityReviewInputSerializer,
        responses=ActivityReviewOutputSerializer,
    )
    def post(self, request):
        serializer = ActivityReviewInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        factor = review_factor(action=data["action"], factor_id=data.get("factor_id"))
        result = activities_review(
            organization=self.organization,
            user=request.user,
            activity_ids=data["activity_ids"],
            action=data["action"],
            factor=factor,
        )
        return Response(ActivityReviewOutputSerializer(result).data)
