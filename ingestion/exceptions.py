from carbon.core.exceptions import (
    ApplicationError,
    PayloadTooLarge,
    UnsupportedMediaType,
)


class UploadNotAllowed(ApplicationError):
    code = "permission_denied"
    status = 403
    title = "Permission denied"


class UploadTooLarge(PayloadTooLarge):
    pass


class UnsupportedUploadType(UnsupportedMediaType):
    pass


class UploadBusy(ApplicationError):
    code = "upload_busy"
    status = 409
    title = "The upload is still being processed"
