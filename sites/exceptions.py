"""Domain errors of sites and ingestion (API.md's error table)."""

from carbon.core.exceptions import ApplicationError, ValidationFailed


class ReadingsInvalid(ValidationFailed):
    """A batch with invalid readings: nothing of it is stored."""


class IdempotencyKeyInvalid(ApplicationError):
    code = "idempotency_key_invalid"
    status = 400
    title = "Invalid idempotency key"


class IdempotencyKeyInUse(ApplicationError):
    code = "idempotency_key_in_use"
    status = 409
    title = "Idempotency key in use"


class IdempotencyKeyReused(ApplicationError):
    code = "idempotency_key_reused"
    status = 422
    title = "Idempotency key reused"
