from carbon.core.exceptions import ApplicationError, Conflict


class InvalidCredentials(ApplicationError):
    code = "not_authenticated"
    status = 401
    title = "Authentication required"


class MembershipConflict(ApplicationError):
    code = "validation_error"
    status = 400
    title = "Request validation failed"


class LastAdminRequired(Conflict):
    code = "last_admin"
    title = "An organization keeps at least one active admin"


class InvitationInvalid(ApplicationError):
    code = "invitation_invalid"
    status = 410
    title = "This invitation link was used, revoked or has expired"
