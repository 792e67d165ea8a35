from carbon.exceptions import ApplicationError


class InvalidCredentials(ApplicationError):
    code = "not_authenticated"
    status = 401
    title = "Authentication required"


class MembershipConflict(ApplicationError):
    code = "validation_error"
    status = 400
    title = "Request validation failed"
