"""Receiving files: size limit, content sniffing, per-organization SHA-256 dedupe."""

from __future__ import annotations

import hashlib
import logging
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction

from accounts import roles
from carbon.core.uploads import upload_filename, upload_stored_name
from ingestion.exceptions import (
    UnsupportedUploadType,
    UploadNotAllowed,
    UploadTooLarge,
)
from ingestion.models import Plant, Upload
from ingestion.plants.services import plant_required
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
        if plant_required(kind):
            raise ValidationError(
                {
                    "plant": "A plant code is required for this kind: the file does "
                    "not name its plant."
                }
            )
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

    Raises UploadNotAllowed (403) when the user's role may not upload `kind`
    (roles.can_upload; no user: a command acting for the organization),
    UploadFilenameInvalid (400), UploadTooLarge (413), UnsupportedUploadType (415)
    and ValidationError (an unknown or missing `plant` for the MRV kinds).
    """
    if user is not None and not roles.can_upload(user, kind):
        raise UploadNotAllowed(f"Your role may not upload {kind} files.")
    upload_filename(file.name)
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
    named_xlsx = (file.name or "").lower().endswith(".xlsx")
    if (file_type == "xlsx" and not _is_workbook(file)) or (
        file_type is None and named_xlsx
    ):
        raise UnsupportedUploadType(
            "The file is not a readable XLSX workbook: it may be damaged or "
            "incomplete. Save it again from your spreadsheet program and upload it."
        )
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
    name = upload_filename(file.name) or f"upload.{file_type}"
    upload = Upload(
        organization=organization,
        kind=kind,
        plant=plant,
        filename=name[:200],
        file_type=file_type,
        size_bytes=file.size,
        sha256=sha256,
        uploaded_by=user,
        dedupe_scope=_dedupe_scope(user),
    )
    prefix = f"{organization.pk}/"
    if kind != Upload.Kind.ACTIVITIES:  # MRV raw files: one prefix per plant
        prefix += f"plants/{plant.code if plant else '_multi'}/"
    upload.file.save(prefix + upload_stored_name(name, sha256=sha256), file, save=False)
    upload.full_clean()
    upload.save()
    upload_pipeline_start(upload=upload)
    logger.info(
        "upload.created", extra={"upload_id": str(upload.pk), "size": file.size}
    )
    return upload
