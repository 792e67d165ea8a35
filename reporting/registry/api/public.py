"""Public registry JSON (no login): read-only, rate limited, cacheable."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.http import FileResponse, HttpResponseNotModified
from django.utils.cache import patch_cache_control, patch_vary_headers
from drf_spectacular.utils import extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle
from rest_framework.views import APIView

from carbon.core.api.pagination import PageNumberPagination, page_response
from reporting.registry import policy, presenters, selectors
from reporting.registry.api import serializers as s


class RegistryAnonThrottle(AnonRateThrottle):
    """Anonymous callers only (by client address); the rate is read at call time."""

    scope = "registry_public"

    def get_rate(self):
        return settings.REGISTRY_PUBLIC_RATE


class PublicApi(APIView):
    """Base of the public endpoints: any caller, anonymous ones throttled; GET
    answers carry an ETag (304 on If-None-Match) and Cache-Control."""

    permission_classes = [AllowAny]
    throttle_classes = [RegistryAnonThrottle]
    # Lists paginate by hand; naming the class makes the schema show the envelope.
    pagination_class = PageNumberPagination

    @property
    def audience(self) -> policy.Audience:
        return policy.external_audience(self.request.user)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        response.render()
        etag = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
        anonymous = not request.user.is_authenticated
        if anonymous:
            patch_cache_control(
                response, public=True, max_age=settings.REGISTRY_PUBLIC_MAX_AGE
            )
        else:
            patch_cache_control(response, private=True, no_cache=True)
        patch_vary_headers(response, ("Authorization", "Cookie"))
        if etag in _etags(request.headers.get("If-None-Match", "")):
            not_modified = HttpResponseNotModified()
            for header in ("Cache-Control", "Vary"):
                not_modified[header] = response[header]
            not_modified["ETag"] = etag
            return not_modified
        response["ETag"] = etag
        return response


def _etags(header: str) -> set[str]:
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}


class PublicProjectListApi(PublicApi):
    @extend_schema(
        parameters=[s.PublicQuerySerializer],
        responses=s.PublicProjectSerializer(many=True),
    )
    def get(self, request):
        query = s.PublicQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        return page_response(
            self,
            request,
            selectors.public_project_list(filters=query.filters()),
            s.PublicProjectSerializer,
            present=lambda p: presenters.project_row(p, self.audience),
        )


class PublicProjectDetailApi(PublicApi):
    @extend_schema(responses=s.PublicProjectDetailSerializer)
    def get(self, request, project_id):
        project = selectors.public_project_get(project_id=project_id)
        view = presenters.project_detail(project, self.audience)
        return Response(s.PublicProjectDetailSerializer(view).data)


class PublicProjectCreditsApi(PublicApi):
    @extend_schema(responses=s.BatchSerializer(many=True))
    def get(self, request, project_id):
        project = selectors.public_project_get(project_id=project_id)
        return page_response(
            self, request, presenters.credits_view(project), s.BatchSerializer
        )


class DocumentDownloadApi(APIView):
    """A project document the caller's audience may see (any other is 404), with
    the API's authentication (Token or session) and the public anonymous throttle.
    Not a PublicApi: the body is the file, so no ETag of a rendered answer."""

    permission_classes = PublicApi.permission_classes
    throttle_classes = PublicApi.throttle_classes

    def perform_content_negotiation(self, request, force=False):
        # The answer is the file whatever Accept says; problems are JSON anyway.
        return super().perform_content_negotiation(request, force=True)

    @extend_schema(exclude=True)
    def get(self, request, project_id, document_id):
        document = selectors.document_get_for(
            user=request.user, project_id=project_id, document_id=document_id
        )
        response = FileResponse(
            document.file.open("rb"),
            content_type=document.content_type,
            as_attachment=True,
            filename=document.filename,
        )
        response["X-Content-SHA256"] = document.sha256
        return response


class PublicFiltersApi(PublicApi):
    @extend_schema(responses=s.FiltersSerializer)
    def get(self, request):
        return Response(s.FiltersSerializer(selectors.public_facets()).data)


class PublicCertificateApi(PublicApi):
    @extend_schema(responses=s.CertificateSerializer)
    def get(self, request, retirement_id):
        retirement = selectors.certificate_get(retirement_id=retirement_id)
        return Response(
            s.CertificateSerializer(presenters.certificate(retirement)).data
        )
