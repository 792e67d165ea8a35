from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.response import Response

from accounts.api.base import OrganizationApi
from accounts.permissions import capability_permission
from carbon.core.api.pagination import page_response
from ingestion.api.serializers import (
    ActivityOutputSerializer,
    MappingInputSerializer,
    MappingOutputSerializer,
    RowErrorOutputSerializer,
    UploadInputSerializer,
    UploadOutputSerializer,
)
from ingestion.models import ActivityMatchStatus
from ingestion.selectors import activity_list, row_error_list, upload_get, upload_list
from ingestion.services.mapping import upload_mapping_describe, upload_mapping_set
from ingestion.services.uploads import upload_create

UploadPermission = capability_permission(read="view_uploads", write="upload_activities")


class UploadListApi(OrganizationApi):
    permission_classes = [UploadPermission]
    parser_classes = [MultiPartParser, FormParser]

    @extend_schema(responses=UploadOutputSerializer(many=True))
    def get(self, request):
        uploads = upload_list(organization=self.organization, user=request.user)
        return page_response(self, request, uploads, UploadOutputSerializer)

    @extend_schema(
        request={"multipart/form-data": UploadInputSerializer},
        responses={202: UploadOutputSerializer, 200: UploadOutputSerializer},
    )
    def post(self, request):
        serializer = UploadInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        result = upload_create(
            organization=self.organization,
            user=request.user,
            **serializer.validated_data,
        )
        code = status.HTTP_202_ACCEPTED if result.created else status.HTTP_200_OK
        return Response(UploadOutputSerializer(result.upload).data, status=code)


class UploadDetailApi(OrganizationApi):
    permission_classes = [UploadPermission]

    @extend_schema(responses=UploadOutputSerializer)
    def get(self, request, upload_id):
        upload = upload_get(
            organization=self.organization, upload_id=upload_id, user=request.user
        )
        return Response(UploadOutputSerializer(upload).data)


class UploadErrorListApi(OrganizationApi):
    permission_classes = [UploadPermission]

    @extend_schema(responses=RowErrorOutputSerializer(many=True))
    def get(self, request, upload_id):
        upload = upload_get(
            organization=self.organization, upload_id=upload_id, user=request.user
        )
        return page_response(
            self, request, row_error_list(upload=upload), RowErrorOutputSerializer
        )


class ActivityListApi(OrganizationApi):
    permission_classes = [UploadPermission]

    @extend_schema(
        parameters=[
            OpenApiParameter("upload", str),
            OpenApiParameter("match_status", enum=ActivityMatchStatus.values),
            OpenApiParameter("category", str),
            OpenApiParameter("search", str),
        ],
        responses=ActivityOutputSerializer(many=True),
    )
    def get(self, request):
        activities = activity_list(
            organization=self.organization,
            user=request.user,
            filters=request.query_params,
        )
        return page_response(self, request, activities, ActivityOutputSerializer)


class UploadMappingApi(OrganizationApi):
    """GET/PUT /api/v1/uploads/{id}/mapping/: the columns of an upload that stopped
    at needs_mapping, and a person's mapping of them (API.md, upload mapping)."""

    permission_classes = [UploadPermission]

    def _upload(self, request, upload_id):
        return upload_get(
            organization=self.organization, upload_id=upload_id, user=request.user
        )

    @extend_schema(responses=MappingOutputSerializer)
    def get(self, request, upload_id):
        upload = self._upload(request, upload_id)
        return Response(
            MappingOutputSerializer(upload_mapping_describe(upload=upload)).data
        )

    @extend_schema(
        request=MappingInputSerializer, responses={202: UploadOutputSerializer}
    )
    def put(self, request, upload_id):
        upload = self._upload(request, upload_id)
        serializer = MappingInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        upload = upload_mapping_set(
            upload=upload, user=request.user, **serializer.validated_data
        )
        return Response(
            UploadOutputSerializer(upload).data, status=status.HTTP_202_ACCEPTED
        )
