"""A person's match decisions: one activity's factor, the review queue in bulk, by
group and by ledger account. Matching decides and the results follow
(reporting.decisions), so the doors live in the layer that can do both."""

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from accounts.api.base import OrganizationApi
from accounts.permissions import capability_permission
from carbon.core.api.pagination import PageNumberPagination
from ingestion.api.serializers import ActivityOutputSerializer
from ingestion.selectors import activity_get
from matching.selectors import factor_candidates, review_queue
from matching.services.groups import review_groups
from matching.services.review import ReviewAction, review_factor
from reporting.decisions import (
    activities_review,
    activity_match_override,
    review_account_map,
    review_group_decide,
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
    rows = serializers.IntegerField()
    activity_ids = serializers.ListField(child=serializers.UUIDField())


class ActivityReviewApi(OrganizationApi):
    """POST /api/v1/activities/review/: bulk accept or override (the review queue)."""

    permission_classes = [
        capability_permission(read="review_matches", write="review_matches")
    ]

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


def _queue(request, organization):
    return review_queue(
        organization=organization,
        user=request.user,
        upload=request.query_params.get("upload") or request.data.get("upload"),
    )


class ReviewGroupOutputSerializer(serializers.Serializer):
    key = serializers.CharField()
    merchant = serializers.CharField()
    example = serializers.CharField()
    category = serializers.CharField()
    unit = serializers.CharField()
    region = serializers.CharField()
    rows = serializers.IntegerField()
    quantity = serializers.DecimalField(max_digits=30, decimal_places=6)
    co2e_kg = serializers.DecimalField(max_digits=30, decimal_places=6)
    factor_id = serializers.UUIDField(allow_null=True)
    activity_ids = serializers.ListField(child=serializers.UUIDField())
    candidates = serializers.SerializerMethodField()

    def get_candidates(self, group) -> list[dict]:
        return [
            {
                "factor_id": str(factor.pk),
                "name": factor.name,
                "source": factor.source,
                "unit": factor.unit_label,
                "reason": getattr(factor, "reason", ""),
            }
            for factor in self.context.get("candidates", {}).get(group.key, [])
        ]


class ReviewGroupInputSerializer(serializers.Serializer):
    group = serializers.CharField(max_length=64)
    action = serializers.ChoiceField(choices=ReviewAction.CHOICES)
    factor_id = serializers.UUIDField(required=False)
    upload = serializers.UUIDField(required=False)


class ReviewAccountInputSerializer(serializers.Serializer):
    category = serializers.CharField(max_length=200)
    factor_id = serializers.UUIDField()
    upload = serializers.UUIDField(required=False)


class ReviewGroupApi(OrganizationApi):
    """GET/POST /api/v1/activities/review-groups/: the review queue grouped by
    merchant and category, most material first; one decision per group, remembered
    for future uploads."""

    permission_classes = [
        capability_permission(read="review_matches", write="review_matches")
    ]

    @extend_schema(
        parameters=[OpenApiParameter("upload", str)],
        responses=ReviewGroupOutputSerializer(many=True),
    )
    def get(self, request):
        queue = _queue(request, self.organization)
        paginator = PageNumberPagination()
        page = paginator.paginate_queryset(review_groups(queue), request, view=self)
        firsts = {group.key: group.activity_ids[0] for group in page}
        examples = list(queue.filter(pk__in=firsts.values()))
        found = factor_candidates(activities=examples)
        candidates = {key: found.get(pk, []) for key, pk in firsts.items()}
        return paginator.get_paginated_response(
            ReviewGroupOutputSerializer(
                page, many=True, context={"candidates": candidates}
            ).data
        )

    @extend_schema(
        request=ReviewGroupInputSerializer, responses=ActivityReviewOutputSerializer
    )
    def post(self, request):
        serializer = ReviewGroupInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        result = review_group_decide(
            organization=self.organization,
            user=request.user,
            activities=_queue(request, self.organization),
            group=data["group"],
            action=data["action"],
            factor=review_factor(
                action=data["action"], factor_id=data.get("factor_id")
            ),
        )
        return Response(ActivityReviewOutputSerializer(result).data)


class ReviewAccountApi(OrganizationApi):
    """POST /api/v1/activities/review-accounts/: map a whole ledger account."""

    permission_classes = [
        capability_permission(read="review_matches", write="review_matches")
    ]

    @extend_schema(
        request=ReviewAccountInputSerializer, responses=ActivityReviewOutputSerializer
    )
    def post(self, request):
        serializer = ReviewAccountInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        result = review_account_map(
            organization=self.organization,
            user=request.user,
            activities=_queue(request, self.organization),
            category=data["category"],
            factor=review_factor(
                action=ReviewAction.OVERRIDE, factor_id=data["factor_id"]
            ),
        )
        return Response(ActivityReviewOutputSerializer(result).data)


class ActivityMatchInputSerializer(serializers.Serializer):
    factor_id = serializers.UUIDField()


class ActivityMatchApi(OrganizationApi):
    permission_classes = [
        capability_permission(read="review_matches", write="review_matches")
    ]

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
