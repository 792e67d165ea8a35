from carbon.exceptions import ApplicationError


class StatementTransitionInvalid(ApplicationError):
    code = "validation_error"
    status = 400
    title = "Request validation failed"


class SelfApprovalForbidden(ApplicationError):
    code = "permission_denied"
    status = 403
    title = "Permission denied"
