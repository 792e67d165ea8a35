from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.response import Response

from accounts import roles
from accounts.permissions import role_permission
from carbon.api.pagination import PageNumberPagination
from carbon.api.views import OrganizationApi
from sites.api.serializers import SiteInputSerializer, SiteOutputSerializer
from sites.selectors import site_get, site_list
from sites.services import site_create, site_update

SitePermission = role_permission(read=roles.READ_OPERATIONS, write=roles.OPERATE)


class SiteListApi(OrganizationApi):
    permission_classes = [SitePermission]

    @extend_schema(responses=SiteOutputSerializer(many=True))
    def get(self, request):
        paginator = PageNumberPagination()
        page = paginator.paginate_queryset(
            site_list(organization=self.organization), request, view=self
        )
        return paginator.get_paginated_response(
            SiteOutputSerializer(page, many=True).data
        )

    @extend_schema(request=SiteInputSerializer, responses={201: SiteOutputSerializer})
    def post(self, request):
        serializer = SiteInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        site = site_create(organization=self.organization, **serializer.validated_data)
        return Response(SiteOutputSerializer(site).data, status=status.HTTP_201_CREATED)


class SiteDetailApi(OrganizationApi):
    permission_classes = [SitePermission]

    @extend_schema(responses=SiteOutputSerializer)
    def get(self, request, site_id):
        site = site_get(organization=self.organization, site_id=site_id)
        return Response(SiteOutputSerializer(site).data)

    @extend_schema(
        request=SiteInputSerializer(partial=True), responses=SiteOutputSerializer
    )
    def patch(self, request, site_id):
        site = site_get(organization=self.organization, site_id=site_id)
        serializer = SiteInputSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        site = site_update(site=site, **serializer.validated_data)
        return Response(SiteOutputSerializer(site).data)
