"""Receiving files: size limit, content sniffing, per-organization SHA-256 dedupe."""

from __future__ import annotations

import hashlib
import logging
import os
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction

from accounts import roles
from ingestion.exceptions import (
    UnsupportedUploadType,
    UploadFilenameInvalid,
    UploadTooLarge,
)
from ingestion.models import Plant, Upload
from ingestion.mrv.services import PLANT_REQUIRED_KINDS
from ingestion.readers import SAMPLE_BYTES, sniff_file_type
from ingestion.selectors import upload_list
from ingestion.services.pipeline import upload_pipeline_start

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class UploadResult:
    upload: Upload
    created: bool


def _is_workbook(file: UploadedFile) -> bool:
    try:
        with zipfile.ZipFile(file) as archive:
            return "xl/workbook.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False
    finally:
        file.seek(0)


def _dedupe_scope(user) -> str:
    if roles.sees_only_own_uploads(user):
        return f"user:{user.pk}"
    return "organization"


def _check_filename(name: str) -> None:
    """Raises UploadFilenameInvalid for a name the storage cannot keep as given."""
    base = os.path.basename(name or "")
    limit = settings.UPLOAD_FILENAME_MAX_BYTES
    if len(base.encode("utf-8", "replace")) > limit:
        message = f"The file name must be at most {limit} bytes in UTF-8."
    elif any(char == "\x00" or "\ud800" <= char <= "\udfff" for char in base):
        message = "The file name must not contain NUL or unpaired surrogates."
    else:
        return
    raise UploadFilenameInvalid(
        message, errors=[{"field": "file", "code": "invalid", "message": message}]
    )


def _sha256(file: UploadedFile) -> str:
    digest = hashlib.sha256()
    for chunk in file.chunks(1024 * 1024):
        digest.update(chunk)
    file.seek(0)
    return digest.hexdigest()


# Old binary Excel (.xls) is an OLE2 compound file; only operations workbooks use it.
_OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _plant_for(organization, kind: str, plant: str | None):
    if not plant:
        if kind in PLANT_REQUIRED_KINDS:
            raise ValidationError({"plant": "A plant code is required for this kind."})
        return None
    found = Plant.objects.for_organization(organization).filter(code=plant).first()
    if found is None:
        raise ValidationError({"plant": f"Unknown plant {plant!r}."})
    return found


def upload_create(
    *,
    organization,
    file: UploadedFile,
    kind: str = Upload.Kind.ACTIVITIES,
    user=None,
    plant: str | None = None,
) -> UploadResult:
    """Store a file and queue its parsing; an identical file answers the existing upload.

    Raises UploadFilenameInvalid (400), UploadTooLarge (413),
    UnsupportedUploadType (415) and ValidationError (an unknown or missing `plant`
    for the MRV kinds).
    """
    _check_filename(file.name)
    limit = settings.UPLOAD_MAX_BYTES
    if file.size > limit:
        raise UploadTooLarge(f"The file is {file.size} bytes; the limit is {limit}.")
    plant_obj = (
        None
        if kind == Upload.Kind.ACTIVITIES
        else _plant_for(organization, kind, plant)
    )
    file.seek(0)
    head = file.read(SAMPLE_BYTES)
    file.seek(0)
    if kind == Upload.Kind.PLANT_OPERATIONS and head.startswith(_OLE2_SIGNATURE):
        file_type = "xls"
    else:
        file_type = sniff_file_type(head)
    if file_type == "xlsx" and not _is_workbook(file):
        file_type = None
    if file_type is None:
        raise UnsupportedUploadType(
            "Only CSV and XLSX files are accepted (and XLS for plant operations)."
        )
    sha256 = _sha256(file)
    # Only an upload the uploader may see counts as the same file (no oracle).
    visible = upload_list(organization=organization, user=user)
    existing = visible.filter(sha256=sha256).first()
    if existing is not None:
        return UploadResult(upload=existing, created=False)
    try:
        return UploadResult(
            upload=_store(
                organization=organization,
                file=file,
                kind=kind,
                user=user,
                plant=plant_obj,
                file_type=file_type,
                sha256=sha256,
            ),
            created=True,
        )
    except IntegrityError:  # the same file arrived concurrently: the first one wins
        upload = visible.filter(sha256=sha256).first()
        return UploadResult(upload=upload, created=False)


@transaction.atomic
def _store(*, organization, file, kind, user, plant, file_type, sha256) -> Upload:
    name = os.path.basename(file.name or f"upload.{file_type}")[:200]
    upload = Upload(
        organization=organization,
        kind=kind,
        plant=plant,
        filename=name,
        file_type=file_type,
        size_bytes=file.size,
        sha256=sha256,
        uploaded_by=user,
        dedupe_scope=_dedupe_scope(user),
    )
    prefix = f"{organization.pk}/"
    if kind != Upload.Kind.ACTIVITIES:  # MRV raw files: one prefix per plant
        prefix += f"plants/{plant.code if plant else '_multi'}/"
    upload.file.save(f"{prefix}{sha256[:16]}-{name}", file, save=False)
    upload.full_clean()
    upload.save()
    upload_pipeline_start(upload=upload)
    logger.info(
        "upload.created", extra={"upload_id": str(upload.pk), "size": file.size}
    )
    return upload
