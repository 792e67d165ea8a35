"""RFC 9457 problem details: the one error shape of API.md."""

from __future__ import annotations

from django.http import JsonResponse

PROBLEM_CONTENT_TYPE = "application/problem+json"

TITLES = {
    "malformed_request": "Malformed request",
    "validation_error": "Request validation failed",
    "idempotency_key_invalid": "Invalid idempotency key",
    "not_authenticated": "Authentication required",
    "permission_denied": "Permission denied",
    "not_found": "Not found",
    "method_not_allowed": "Method not allowed",
    "not_acceptable": "Not acceptable",
    "idempotency_key_in_use": "Idempotency key in use",
    "length_required": "Length required",
    "payload_too_large": "Payload too large",
    "unsupported_media_type": "Unsupported media type",
    "idempotency_key_reused": "Idempotency key reused",
    "rate_limited": "Too many requests",
    "server_error": "Internal server error",
    "service_unavailable": "Service unavailable",
}

STATUS_CODES = {
    400: "malformed_request",
    401: "not_authenticated",
    403: "permission_denied",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "unprocessable",
    429: "rate_limited",
}


def problem_body(
    *,
    status: int,
    code: str,
    detail: str,
    request_id: str | None,
    title: str | None = None,
    errors: list[dict] | None = None,
) -> dict:
    body = {
        "type": f"/api/problems/{code}",
        "title": title or TITLES.get(code, code.replace("_", " ").capitalize()),
        "status": status,
        "detail": detail,
        "code": code,
        "request_id": request_id,
    }
    if errors:
        body["errors"] = errors
    return body


def problem_response(
    request,
    *,
    status: int,
    code: str | None = None,
    detail: str = "",
    errors: list[dict] | None = None,
) -> JsonResponse:
    code = code or STATUS_CODES.get(
        status, "server_error" if status >= 500 else "error"
    )
    body = problem_body(
        status=status,
        code=code,
        detail=detail or TITLES.get(code, ""),
        request_id=getattr(request, "request_id", None),
        errors=errors,
    )
    return JsonResponse(body, status=status, content_type=PROBLEM_CONTENT_TYPE)
