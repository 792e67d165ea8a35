"""One DRF exception handler: every exception becomes API.md's problem details."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, RequestDataTooBig
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import InterfaceError, OperationalError
from django.http import Http404, JsonResponse
from rest_framework import exceptions as drf

from carbon.core.api.problems import PROBLEM_CONTENT_TYPE, problem_body
from carbon.core.exceptions import ApplicationError

logger = logging.getLogger(__name__)


def flatten_errors(detail, path: str = "") -> list[dict]:
    """Turn DRF's nested error detail into [{field, code, message}] with paths."""
    errors: list[dict] = []
    if isinstance(detail, dict):
        for key, value in detail.items():
            if key in ("non_field_errors", "__all__"):
                child = path or "non_field_errors"
            else:
                child = f"{path}.{key}" if path else str(key)
            errors.extend(flatten_errors(value, child))
    elif isinstance(detail, list):
        if all(not isinstance(item, (dict, list)) for item in detail):
            for item in detail:
                errors.append(
                    {
                        "field": path or "non_field_errors",
                        "code": getattr(item, "code", None) or "invalid",
                        "message": str(item),
                    }
                )
        else:
            for index, item in enumerate(detail):
                if item:
                    errors.extend(flatten_errors(item, f"{path}[{index}]"))
    else:
        errors.append(
            {
                "field": path or "non_field_errors",
                "code": getattr(detail, "code", None) or "invalid",
                "message": str(detail),
            }
        )
    return errors


def _validation_detail(errors: list[dict]) -> str:
    count = len(errors)
    return f"{count} field{'s are' if count != 1 else ' is'} invalid."


def _describe(exc: Exception) -> tuple[int, str, str, list[dict] | None, dict]:
    """(status, code, detail, errors, headers) for an exception."""
    if isinstance(exc, ApplicationError):
        return exc.status, exc.code, exc.detail, exc.errors, exc.headers
    if isinstance(exc, drf.ParseError):
        return 400, "malformed_request", str(exc.detail), None, {}
    if isinstance(exc, drf.ValidationError):
        errors = flatten_errors(exc.detail)
        return 400, "validation_error", _validation_detail(errors), errors, {}
    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else exc.messages
        errors = flatten_errors(detail)
        return 400, "validation_error", _validation_detail(errors), errors, {}
    if isinstance(exc, (drf.NotAuthenticated, drf.AuthenticationFailed)):
        return 401, "not_authenticated", str(exc.detail), None, {}
    if isinstance(exc, (drf.PermissionDenied, DjangoPermissionDenied)):
        detail = getattr(exc, "detail", None) or "You may not do this."
        return 403, "permission_denied", str(detail), None, {}
    if isinstance(exc, (Http404, drf.NotFound, ObjectDoesNotExist)):
        return 404, "not_found", "No such object in your organization.", None, {}
    if isinstance(exc, drf.MethodNotAllowed):
        return 405, "method_not_allowed", str(exc.detail), None, {}
    if isinstance(exc, drf.NotAcceptable):
        return 406, "not_acceptable", str(exc.detail), None, {}
    if isinstance(exc, drf.UnsupportedMediaType):
        return 415, "unsupported_media_type", str(exc.detail), None, {}
    if isinstance(exc, RequestDataTooBig):
        return 413, "payload_too_large", "The request body is too large.", None, {}
    if isinstance(exc, drf.Throttled):
        wait = int(exc.wait or 1)
        detail = f"Too many requests. Try again in {wait} seconds."
        return 429, "rate_limited", detail, None, {"Retry-After": str(wait)}
    if isinstance(exc, drf.APIException):
        code = exc.get_codes() if isinstance(exc.get_codes(), str) else "error"
        return exc.status_code, code, str(exc.detail), None, {}
    if isinstance(exc, (OperationalError, InterfaceError)):
        # The database is unreachable (or the transaction could not go on): nothing
        # was stored, and the same request can be sent again.
        wait = str(settings.DATABASE_UNAVAILABLE_RETRY_AFTER_SECONDS)
        detail = "The service is temporarily unavailable; retry the same request."
        return 503, "service_unavailable", detail, None, {"Retry-After": wait}
    return 500, "server_error", "An unexpected error occurred.", None, {}


def problem_exception_handler(exc: Exception, context: dict) -> JsonResponse:
    # A plain JsonResponse: problem bodies are JSON whatever renderer was negotiated.
    request = context.get("request")
    status, code, detail, errors, headers = _describe(exc)
    if status == 503:
        logger.warning("api.database_unavailable", exc_info=exc)
    elif status >= 500:
        logger.exception("api.unhandled_exception", exc_info=exc)
    if getattr(exc, "auth_header", None):
        headers = {**headers, "WWW-Authenticate": exc.auth_header}
    body = problem_body(
        status=status,
        code=code,
        detail=detail,
        request_id=getattr(request, "request_id", None),
        errors=errors,
    )
    response = JsonResponse(body, status=status, content_type=PROBLEM_CONTENT_TYPE)
    for name, value in headers.items():
        response[name] = value
    return response
