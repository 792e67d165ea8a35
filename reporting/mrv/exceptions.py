from carbon.core.exceptions import ApplicationError, Conflict


class StatementTransitionInvalid(ApplicationError):
    code = "validation_error"
    status = 400
    title = "Request validation failed"


class StatementTransitionNotAllowed(Conflict):
    code = "transition_not_allowed"
    title = "The statement is not in a state that allows this"


class SelfApprovalForbidden(ApplicationError):
    code = "permission_denied"
    status = 403
    title = "Permission denied"
