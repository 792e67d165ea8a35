"""Project documents: the supplier stores PDF, image and spreadsheet evidence,
each file once per project."""

from __future__ import annotations

import hashlib
import zipfile

from django.conf import settings
from django.db import transaction

from accounts.models import User
from carbon.core.uploads import upload_filename
from reporting.registry.exceptions import DocumentTooLarge, UnsupportedDocumentType
from reporting.registry.models import Project, ProjectDocument
from reporting.registry.services.access import require_supplier

DOCUMENT_TYPES = {
    "pdf": "application/pdf",
    "png": "image/png",
    "jpeg": "image/jpeg",
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _sniff_document(file, filename: str) -> str | None:
    file.seek(0)
    head = file.read(8)
    file.seek(0)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(file) as archive:
                return "xlsx" if "xl/workbook.xml" in archive.namelist() else None
        except zipfile.BadZipFile:
            return None
        finally:
            file.seek(0)
    if filename.lower().endswith(".csv"):
        sample = file.read(64 * 1024)
        file.seek(0)
        if b"\x00" in sample:
            return None
        try:
            sample.decode("utf-8")
        except UnicodeDecodeError:
            return None
        return "csv"
    return None


def _sha256(file) -> str:
    digest = hashlib.sha256()
    for chunk in file.chunks(1024 * 1024):
        digest.update(chunk)
    file.seek(0)
    return digest.hexdigest()


@transaction.atomic
def document_add(
    *, project: Project, user: User, file, title: str, confidentiality: str
) -> ProjectDocument:
    """Store a project document. Raises UploadFilenameInvalid (400),
    DocumentTooLarge (413), UnsupportedDocumentType (415), NotAllowed (403)."""
    require_supplier(user=user, project=project)
    name = upload_filename(file.name) or "document"
    limit = settings.REGISTRY_DOCUMENT_MAX_BYTES
    if file.size > limit:
        raise DocumentTooLarge(f"The file is {file.size} bytes; the limit is {limit}.")
    kind = _sniff_document(file, name)
    if kind is None:
        raise UnsupportedDocumentType("Documents may be PDF, PNG, JPEG, CSV or XLSX.")
    sha256 = _sha256(file)
    existing = ProjectDocument.objects.filter(project=project, sha256=sha256).first()
    if existing is not None:
        return existing
    document = ProjectDocument(
        project=project,
        title=title or name[:200],
        filename=name[:200],
        content_type=DOCUMENT_TYPES[kind],
        size_bytes=file.size,
        sha256=sha256,
        confidentiality=confidentiality,
        uploaded_by=user,
    )
    document.file.save(name, file, save=False)
    document.full_clean()
    document.save()
    return document
