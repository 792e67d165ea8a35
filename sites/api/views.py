from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status
from rest_framework.authentication import SessionAuthentication
from rest_framework.permissions import BasePermission
from rest_framework.response import Response

from accounts import roles
from accounts.api.base import OrganizationApi
from accounts.permissions import capability_permission
from carbon.core.api.pagination import (
    CursorPagination,
    page_response,
)
from sites.api import readings
from sites.api import serializers as s
from sites.api.authentication import (
    DeviceKeyAuthentication,
    IngestTokenAuthentication,
)
from sites.api.idempotency import idempotency_key_from, request_fingerprint
from sites.models import DeviceKey
from sites.selectors import (
    device_key_get,
    device_key_list,
    reading_list,
    site_get,
    site_list,
    site_metrics_get,
)
from sites.services import site_create, site_update
from sites.services.device_keys import device_key_create, device_key_revoke
from sites.services.ingest import IngestResult, ReadingIn, readings_ingest

SitePermission = capability_permission(read="view_operations", write="manage_sites")
DeviceKeyPermission = capability_permission(
    read="manage_device_keys", write="manage_device_keys"
)


class SiteListApi(OrganizationApi):
    permission_classes = [SitePermission]

    @extend_schema(responses=s.SiteOutputSerializer(many=True))
    def get(self, request):
        return page_response(
            self,
            request,
            site_list(organization=self.organization),
            s.SiteOutputSerializer,
        )

    @extend_schema(
        request=s.SiteInputSerializer, responses={201: s.SiteOutputSerializer}
    )
    def post(self, request):
        serializer = s.SiteInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        site = site_create(organization=self.organization, **serializer.validated_data)
        return Response(
            s.SiteOutputSerializer(site).data, status=status.HTTP_201_CREATED
        )


class SiteDetailApi(OrganizationApi):
    permission_classes = [SitePermission]

    @extend_schema(responses=s.SiteOutputSerializer)
    def get(self, request, site_id):
        site = site_get(organization=self.organization, site_id=site_id)
        return Response(s.SiteOutputSerializer(site).data)

    @extend_schema(
        request=s.SiteInputSerializer(partial=True), responses=s.SiteOutputSerializer
    )
    def patch(self, request, site_id):
        site = site_get(organization=self.organization, site_id=site_id)
        serializer = s.SiteInputSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        site = site_update(site=site, **serializer.validated_data)
        return Response(s.SiteOutputSerializer(site).data)


class SiteMetricsApi(OrganizationApi):
    permission_classes = [SitePermission]

    @extend_schema(responses=s.SiteMetricsOutputSerializer)
    def get(self, request, site_id):
        metrics = site_metrics_get(organization=self.organization, site_id=site_id)
        return Response(s.SiteMetricsOutputSerializer(metrics).data)


class ReadingPagination(CursorPagination):
    ordering = ("-timestamp", "device_id")


class SiteReadingListApi(OrganizationApi):
    permission_classes = [SitePermission]
    pagination_class = ReadingPagination

    @extend_schema(
        parameters=[
            OpenApiParameter("from", str, description="RFC 3339, inclusive"),
            OpenApiParameter("to", str, description="RFC 3339, exclusive"),
        ],
        responses=s.ReadingOutputSerializer(many=True),
    )
    def get(self, request, site_id):
        filters = s.ReadingFilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        readings = reading_list(
            organization=self.organization,
            site_id=site_id,
            start=filters.validated_data.get("from"),
            end=filters.validated_data.get("to"),
        )
        return page_response(
            self,
            request,
            readings,
            s.ReadingOutputSerializer,
            paginator_class=ReadingPagination,
        )


class DeviceKeyListApi(OrganizationApi):
    permission_classes = [DeviceKeyPermission]

    @extend_schema(responses=s.DeviceKeyOutputSerializer(many=True))
    def get(self, request, site_id):
        keys = device_key_list(organization=self.organization, site_id=site_id)
        return page_response(self, request, keys, s.DeviceKeyOutputSerializer)

    @extend_schema(
        request=s.DeviceKeyInputSerializer,
        responses={201: s.DeviceKeyCreatedOutputSerializer},
    )
    def post(self, request, site_id):
        serializer = s.DeviceKeyInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        site = site_get(organization=self.organization, site_id=site_id)
        created = device_key_create(
            site=site, name=serializer.validated_data["name"], created_by=request.user
        )
        data = {**s.DeviceKeyOutputSerializer(created.device_key).data}
        data["key"] = created.key
        return Response(data, status=status.HTTP_201_CREATED)


class DeviceKeyDetailApi(OrganizationApi):
    permission_classes = [DeviceKeyPermission]

    @extend_schema(request=None, responses={204: None})
    def delete(self, request, site_id, key_id):
        device_key = device_key_get(
            organization=self.organization, site_id=site_id, key_id=key_id
        )
        device_key_revoke(device_key=device_key)
        return Response(status=status.HTTP_204_NO_CONTENT)


class IngestPermission(BasePermission):
    """Members who may send readings, or a device key (scoped to its site by the
    ingest service)."""

    message = "Your role may not ingest readings."
    capabilities = {"read": "send_readings", "write": "send_readings"}

    def has_permission(self, request, view) -> bool:
        if isinstance(request.auth, DeviceKey):
            return True
        return roles.can(request.user, "send_readings")


class IngestApi(OrganizationApi):
    """v1 is frozen (API.md): readings in kg CH4, no unit field."""

    authentication_classes = [
        DeviceKeyAuthentication,
        IngestTokenAuthentication,
        SessionAuthentication,
    ]
    permission_classes = [IngestPermission]
    api_version = "v1"
    InputSerializer = readings.IngestV1InputSerializer
    OutputSerializer = readings.IngestOutputSerializer

    @property
    def device_key(self) -> DeviceKey | None:
        auth = self.request.auth
        return auth if isinstance(auth, DeviceKey) else None

    @property
    def organization(self):
        if self.device_key is not None:
            return self.device_key.organization
        return super().organization

    @extend_schema(
        operation_id="ingest_v1",
        request=readings.IngestV1InputSerializer,
        responses={201: readings.IngestOutputSerializer},
        parameters=[OpenApiParameter("Idempotency-Key", str, location="header")],
    )
    def post(self, request):
        data = readings.ingest_validated(self.InputSerializer(data=request.data))
        result = readings_ingest(
            organization=self.organization,
            site_id=data["site_id"],
            readings=[ReadingIn(**reading) for reading in data["readings"]],
            fingerprint=request_fingerprint(request),
            idempotency_key=idempotency_key_from(request),
            device_key=self.device_key,
            api_version=self.api_version,
        )
        return ingest_response(result)


class IngestV2Api(IngestApi):
    """v2: every reading carries a `unit`, converted to kg CH4."""

    api_version = "v2"
    InputSerializer = readings.IngestV2InputSerializer

    @extend_schema(
        operation_id="ingest_v2",
        request=readings.IngestV2InputSerializer,
        responses={201: readings.IngestOutputSerializer},
        parameters=[OpenApiParameter("Idempotency-Key", str, location="header")],
    )
    def post(self, request):
        return super().post(request)


def ingest_response(result: IngestResult) -> Response:
    headers = {"Idempotent-Replayed": "true"} if result.replayed else None
    # A batch is created once; its replays answer what the first request got.
    return Response(result.body, status=status.HTTP_201_CREATED, headers=headers)
