from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.api.base import OrganizationApi
from accounts.models import MembershipStatus, Role
from accounts.permissions import capability_permission
from accounts.selectors import member_get, member_list, membership_get
from accounts.services import (
    member_deactivate,
    member_invite,
    member_role_set,
    token_obtain,
)
from accounts.throttling import AccountRateThrottle, ClientRateThrottle
from carbon.core.api.pagination import page_response

ManageMembers = capability_permission(read="manage_members", write="manage_members")


class TokenApi(APIView):
    authentication_classes: list = []
    permission_classes = [AllowAny]
    throttle_scope = "auth_token"
    throttle_classes = [ClientRateThrottle, AccountRateThrottle]

    class InputSerializer(serializers.Serializer):
        email = serializers.EmailField()
        password = serializers.CharField(trim_whitespace=False)

    class OutputSerializer(serializers.Serializer):
        token = serializers.CharField()

    @extend_schema(request=InputSerializer, responses={200: OutputSerializer})
    def post(self, request):
        serializer = self.InputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        token = token_obtain(**serializer.validated_data, request=request)
        return Response(self.OutputSerializer({"token": token.key}).data)


class MeApi(APIView):
    @extend_schema(
        responses=inline_serializer(
            "Me",
            {
                "email": serializers.EmailField(),
                "role": serializers.CharField(),
                "organization": inline_serializer(
                    "MeOrganization",
                    {"id": serializers.UUIDField(), "name": serializers.CharField()},
                ),
            },
        )
    )
    def get(self, request):
        membership = membership_get(user=request.user)
        return Response(
            {
                "email": request.user.email,
                "role": membership.role,
                "organization": {
                    "id": str(membership.organization_id),
                    "name": membership.organization.name,
                },
            }
        )


class MemberOutputSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    email = serializers.EmailField(source="user.email")
    role = serializers.ChoiceField(choices=Role.choices)
    status = serializers.ChoiceField(choices=MembershipStatus.choices)


class MemberInviteInputSerializer(serializers.Serializer):
    email = serializers.EmailField(max_length=254)
    role = serializers.ChoiceField(choices=Role.choices)


class MemberInvitedSerializer(MemberOutputSerializer):
    invite_url = serializers.URLField()


class MemberUpdateInputSerializer(serializers.Serializer):
    role = serializers.ChoiceField(choices=Role.choices, required=False)
    status = serializers.ChoiceField(
        choices=[MembershipStatus.DEACTIVATED], required=False
    )

    def validate(self, attrs):
        if len(attrs) != 1:
            raise serializers.ValidationError("Send either `role` or `status`.")
        return attrs


class MemberListApi(OrganizationApi):
    permission_classes = [ManageMembers]

    @extend_schema(responses=MemberOutputSerializer(many=True))
    def get(self, request):
        return page_response(
            self,
            request,
            member_list(organization=self.organization),
            MemberOutputSerializer,
        )

    @extend_schema(
        request=MemberInviteInputSerializer, responses={201: MemberInvitedSerializer}
    )
    def post(self, request):
        serializer = MemberInviteInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        issued = member_invite(
            organization=self.organization,
            invited_by=request.user,
            base_url=request.build_absolute_uri("/"),
            **serializer.validated_data,
        )
        body = {**MemberOutputSerializer(issued.member).data, "invite_url": issued.url}
        return Response(body, status=status.HTTP_201_CREATED)


class MemberDetailApi(OrganizationApi):
    permission_classes = [ManageMembers]

    @extend_schema(
        request=MemberUpdateInputSerializer, responses=MemberOutputSerializer
    )
    def patch(self, request, member_id):
        member = member_get(organization=self.organization, member_id=member_id)
        serializer = MemberUpdateInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        if "role" in serializer.validated_data:
            member = member_role_set(
                member=member,
                role=serializer.validated_data["role"],
                actor=request.user,
            )
        else:
            member = member_deactivate(member=member, actor=request.user)
        return Response(MemberOutputSerializer(member).data)
