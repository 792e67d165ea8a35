"""Uploaded file names: the one rule for every path that stores an uploaded file
(activity and MRV uploads, registry documents)."""

from __future__ import annotations

import os

from django.conf import settings

from carbon.core.exceptions import ValidationFailed

# A path component is at most 255 bytes on common filesystems, and the storage may
# add "_<7 characters>" to a name already taken.
STORED_NAME_MAX_BYTES = 240
_EXTENSION_MAX_BYTES = 16


class UploadFilenameInvalid(ValidationFailed):
    pass


def upload_filename(name: str | None) -> str:
    """The base name of an uploaded file (may be empty). Raises UploadFilenameInvalid
    (400 on `file`) for a name over settings.UPLOAD_FILENAME_MAX_BYTES bytes of
    UTF-8, or one with NUL or unpaired surrogates."""
    base = os.path.basename(name or "")
    limit = settings.UPLOAD_FILENAME_MAX_BYTES
    if _utf8_size(base) > limit:
        message = f"The file name must be at most {limit} bytes in UTF-8."
    elif any(char == "\x00" or "\ud800" <= char <= "\udfff" for char in base):
        message = "The file name must not contain NUL or unpaired surrogates."
    else:
        return base
    raise UploadFilenameInvalid(
        message, errors=[{"field": "file", "code": "invalid", "message": message}]
    )


def upload_stored_name(filename: str, *, sha256: str) -> str:
    """The name a file is stored under: `<16 hex of its SHA-256>-<file name>`, the
    file name cut by UTF-8 bytes (keeping its extension) so that the stored name
    never passes STORED_NAME_MAX_BYTES, whatever the limit on names is."""
    prefix = f"{sha256[:16]}-"
    room = STORED_NAME_MAX_BYTES - len(prefix)
    if _utf8_size(filename) <= room:
        return prefix + filename
    stem, extension = os.path.splitext(filename)
    if _utf8_size(extension) > _EXTENSION_MAX_BYTES:
        stem, extension = filename, ""
    room -= _utf8_size(extension)
    # Cutting bytes may split a character; "ignore" drops its partial bytes.
    stem = stem.encode("utf-8", "replace")[:room].decode("utf-8", "ignore")
    return prefix + stem + extension


def _utf8_size(text: str) -> int:
    return len(text.encode("utf-8", "replace"))
