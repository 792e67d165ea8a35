from carbon.exceptions import PayloadTooLarge, UnsupportedMediaType, ValidationFailed


class UploadTooLarge(PayloadTooLarge):
    pass


class UnsupportedUploadType(UnsupportedMediaType):
    pass


class UploadFilenameInvalid(ValidationFailed):
    pass
