"""Request ids on every response; problem details for every /api/ error."""

from __future__ import annotations

import logging
import re
import time
import uuid

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, RequestDataTooBig
from django.http import Http404
from django.views.defaults import page_not_found

from carbon.core.api.problems import PROBLEM_CONTENT_TYPE, problem_response
from carbon.core.logging import bind_request_id
from carbon.core.metrics import HTTP_LATENCY, HTTP_REQUESTS

logger = logging.getLogger(__name__)

REQUEST_ID_HEADER = "X-Request-ID"
_VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


class RequestIdMiddleware:
    """Echo a sane client X-Request-ID or generate one; bind it to every log line."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        supplied = request.headers.get(REQUEST_ID_HEADER, "")
        request_id = supplied if _VALID_REQUEST_ID.match(supplied) else uuid.uuid4().hex
        request.request_id = request_id
        bind_request_id(request_id)
        response = self.get_response(request)
        response[REQUEST_ID_HEADER] = request_id
        return response


def is_api_request(request) -> bool:
    return request.path.startswith("/api/")


class ApiProblemMiddleware:
    """Turn whatever Django answers under /api/ into problem details.

    DRF views already answer problems through the exception handler; this catches
    the rest: unknown routes, CSRF failures, oversized bodies, unhandled errors.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_api_request(request):
            return self.get_response(request)
        too_large = self._body_too_large(request)
        if too_large:
            return too_large
        response = self.get_response(request)
        content_type = response.get("Content-Type", "")
        if response.status_code >= 400 and not content_type.startswith(
            PROBLEM_CONTENT_TYPE
        ):
            allow = response.get("Allow")
            retry_after = response.get("Retry-After")
            response = problem_response(request, status=response.status_code)
            if allow:
                response["Allow"] = allow
            if retry_after:
                response["Retry-After"] = retry_after
        return response

    def process_exception(self, request, exception):
        if not is_api_request(request):
            return None
        if isinstance(exception, RequestDataTooBig):
            return problem_response(request, status=413, code="payload_too_large")
        logger.exception("api.unhandled_exception", exc_info=exception)
        return problem_response(
            request,
            status=500,
            code="server_error",
            detail="An unexpected error occurred.",
        )

    @staticmethod
    def _body_too_large(request):
        # Django reads CONTENT_LENGTH bytes of the body: a chunked body without a
        # length would be read as empty, so it is refused instead.
        chunked = "chunked" in request.META.get("HTTP_TRANSFER_ENCODING", "").lower()
        if chunked and not request.META.get("CONTENT_LENGTH"):
            return problem_response(
                request,
                status=411,
                code="length_required",
                detail="Send the body with a Content-Length header, not chunked.",
            )
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return problem_response(
                request,
                status=400,
                code="malformed_request",
                detail="Content-Length is not a number.",
            )
        upload_paths = getattr(
            settings, "UPLOAD_API_PATH_PREFIXES", ("/api/v1/uploads",)
        )
        limit = (
            settings.UPLOAD_MAX_BYTES
            if request.path.startswith(tuple(upload_paths))
            else settings.API_MAX_BODY_BYTES
        )
        if length > limit:
            return problem_response(
                request,
                status=413,
                code="payload_too_large",
                detail=f"The request body is {length} bytes; the limit is {limit}.",
            )
        return None


class ObjectDoesNotExistMiddleware:
    """A selector's DoesNotExist in an HTML view is the 404 page (the API has its own)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, ObjectDoesNotExist) and not is_api_request(request):
            return page_not_found(request, Http404("Not found"))
        return None


class MetricsMiddleware:
    """Count and time every request for /metrics."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        HTTP_LATENCY.labels(request.method).observe(time.perf_counter() - started)
        HTTP_REQUESTS.labels(request.method, str(response.status_code)).inc()
        return response
