"""Scope/category overrides per GL account or factor (/api/v1/scope-overrides/,
API.md "Inventory"): admins write, admins, analysts, verifiers and viewers read."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response

from accounts.api.base import OrganizationApi
from accounts.permissions import capability_permission
from carbon.core.api.pagination import page_response
from reporting.scope_overrides import scope_override_factor_find, scope_override_list
from reporting.services import scope_override_delete, scope_override_set

Permission = capability_permission(
    read="view_scope_overrides", write="edit_scope_overrides"
)


class ScopeOverrideInputSerializer(serializers.Serializer):
    gl_account = serializers.CharField(
        max_length=200, required=False, allow_blank=True, default=""
    )
    factor = serializers.CharField(
        max_length=200,
        required=False,
        allow_blank=True,
        default="",
        help_text="A factor id, or an external id of the current version "
        "(source:external_id when two sources publish it).",
    )
    scope = serializers.ChoiceField(choices=["1", "2", "3"])
    scope3_category = serializers.IntegerField(
        min_value=1, max_value=15, required=False, allow_null=True, default=None
    )
    note = serializers.CharField(
        max_length=500, required=False, allow_blank=True, default=""
    )

    def validate(self, attrs):
        if bool(attrs["gl_account"].strip()) == bool(attrs["factor"].strip()):
            raise serializers.ValidationError(
                {"gl_account": ["Give a GL account or a factor (one of them)."]}
            )
        if attrs["scope"] == "3" and attrs["scope3_category"] is None:
            raise serializers.ValidationError(
                {"scope3_category": ["Scope 3 needs a category (1-15)."]}
            )
        if attrs["scope"] != "3" and attrs["scope3_category"] is not None:
            raise serializers.ValidationError(
                {"scope3_category": ["Only Scope 3 has categories."]}
            )
        return attrs


class ScopeOverrideFactorSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    source = serializers.CharField()
    external_id = serializers.CharField()
    version = serializers.CharField()
    name = serializers.CharField()


class ScopeOverrideOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    gl_account = serializers.CharField()
    factor = ScopeOverrideFactorSerializer(allow_null=True)
    scope = serializers.CharField()
    scope3_category = serializers.IntegerField(allow_null=True)
    note = serializers.CharField()
    updated_at = serializers.DateTimeField()


class ScopeOverrideListApi(OrganizationApi):
    permission_classes = [Permission]

    @extend_schema(responses=ScopeOverrideOutputSerializer(many=True))
    def get(self, request):
        return page_response(
            self,
            request,
            scope_override_list(organization=self.organization),
            ScopeOverrideOutputSerializer,
        )

    @extend_schema(
        request=ScopeOverrideInputSerializer,
        responses={201: ScopeOverrideOutputSerializer},
    )
    def post(self, request):
        body = ScopeOverrideInputSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        override = scope_override_set(
            organization=self.organization,
            gl_account=data["gl_account"],
            factor=(
                scope_override_factor_find(factor=data["factor"])
                if data["factor"].strip()
                else None
            ),
            scope=data["scope"],
            scope3_category=data["scope3_category"],
            note=data["note"],
        )
        return Response(
            ScopeOverrideOutputSerializer(override).data,
            status=status.HTTP_201_CREATED,
        )


class ScopeOverrideDetailApi(OrganizationApi):
    permission_classes = [Permission]

    @extend_schema(responses={204: None})
    def delete(self, request, scope_override_id):
        scope_override_delete(
            organization=self.organization, scope_override_id=scope_override_id
        )
        return Response(status=status.HTTP_204_NO_CONTENT)
