from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.selectors import membership_get
from accounts.services import token_obtain
from accounts.throttling import AccountRateThrottle, ClientRateThrottle


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
