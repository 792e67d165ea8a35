"""Receiving files: size limit, content sniffing, per-organization SHA-256 dedupe."""

from __future__ import annotations

import hashlib
import logging
import os
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction

from ingestion.exceptions import UnsupportedUploadType, UploadTooLarge
from ingestion.models import Upload
from ingestion.readers import SAMPLE_BYTES, sniff_file_type
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


def _sha256(file: UploadedFile) -> str:
    digest = hashlib.sha256()
    for chunk in file.chunks(1024 * 1024):
        digest.update(chunk)
    file.seek(0)
    return digest.hexdigest()


def upload_create(
    *, organization, file: UploadedFile, kind: str = Upload.Kind.ACTIVITIES, user=None
) -> UploadResult:
    """Store a file and queue its parsing; an identical file answers the existing upload.

    Raises UploadTooLarge (413) and UnsupportedUploadType (415).
    """
    limit = settings.UPLOAD_MAX_BYTES
    if file.size > limit:
        raise UploadTooLarge(f"The file is {file.size} bytes; the limit is {limit}.")
    file.seek(0)
    head = file.read(SAMPLE_BYTES)
    file.seek(0)
    file_type = sniff_file_type(head)
    if file_type == "xlsx" and not _is_workbook(file):
        file_type = None
    if file_type is None:
        raise UnsupportedUploadType("Only CSV and XLSX files are accepted.")
    sha256 = _sha256(file)
    existing = (
        Upload.objects.for_organization(organization).filter(sha256=sha256).first()
    )
    if existing is not None:
        return UploadResult(upload=existing, created=False)
    try:
        return UploadResult(
            upload=_store(
                organization=organization,
                file=file,
                kind=kind,
                user=user,
                file_type=file_type,
                sha256=sha256,
            ),
            created=True,
        )
    except IntegrityError:  # the same file arrived concurrently: the first one wins
        upload = Upload.objects.for_organization(organization).get(sha256=sha256)
        return UploadResult(upload=upload, created=False)


@transaction.atomic
def _store(*, organization, file, kind, user, file_type, sha256) -> Upload:
    name = os.path.basename(file.name or f"upload.{file_type}")[:200]
    upload = Upload(
        organization=organization,
        kind=kind,
        filename=name,
        file_type=file_type,
        size_bytes=file.size,
        sha256=sha256,
        uploaded_by=user,
    )
    upload.file.save(f"{organization.pk}/{sha256[:16]}-{name}", file, save=False)
    upload.full_clean()
    upload.save()
    upload_pipeline_start(upload=upload)
    logger.info(
        "upload.created", extra={"upload_id": str(upload.pk), "size": file.size}
    )
    return upload
