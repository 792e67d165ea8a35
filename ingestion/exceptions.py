from carbon.exceptions import PayloadTooLarge, UnsupportedMediaType


class UploadTooLarge(PayloadTooLarge):
    pass


class UnsupportedUploadType(UnsupportedMediaType):
    pass
