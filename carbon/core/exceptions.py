"""Domain errors. Each carries a stable code and HTTP status (API.md's table)."""

from __future__ import annotations


class ApplicationError(Exception):
    code = "application_error"
    status = 400
    title = "Request could not be processed"

    def __init__(
        self,
        detail: str | None = None,
        *,
        errors: list[dict] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.detail = detail or self.title
        self.errors = errors
        self.headers = headers or {}
        super().__init__(self.detail)


class ValidationFailed(ApplicationError):
    code = "validation_error"
    status = 400
    title = "Request validation failed"


class PayloadTooLarge(ApplicationError):
    code = "payload_too_large"
    status = 413
    title = "Payload too large"


class UnsupportedMediaType(ApplicationError):
    code = "unsupported_media_type"
    status = 415
    title = "Unsupported media type"


class Conflict(ApplicationError):
    code = "conflict"
    status = 409
    title = "Conflict with the current state"
