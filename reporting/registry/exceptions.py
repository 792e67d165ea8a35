from carbon.core.exceptions import (
    ApplicationError,
    Conflict,
    PayloadTooLarge,
    UnsupportedMediaType,
)


class TransitionNotAllowed(Conflict):
    code = "transition_not_allowed"
    title = "The project is not in a state that allows this"


class FourEyesViolation(ApplicationError):
    code = "permission_denied"
    status = 403
    title = "Four eyes: approval needs a second person"


class NotAllowed(ApplicationError):
    code = "permission_denied"
    status = 403
    title = "Permission denied"


class SerialsAlreadyRetired(Conflict):
    code = "serials_already_retired"
    title = "One or more of these serials is already retired"


class DocumentTooLarge(PayloadTooLarge):
    pass


class UnsupportedDocumentType(UnsupportedMediaType):
    pass


class SerialsNotHeld(Conflict):
    code = "serials_not_held"
    title = "Your account does not hold these serials"


class InsufficientCredits(Conflict):
    code = "insufficient_credits"
    title = "The holding has fewer credits than asked for"
