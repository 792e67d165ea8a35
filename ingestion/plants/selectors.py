"""Reads of MRV inputs."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from django.db.models import QuerySet

from ingestion.models import FileCheck, Plant, Upload
from ingestion.plants.services import MRV_KINDS
from ingestion.selectors import upload_list


def plant_list(*, organization) -> QuerySet[Plant]:
    return Plant.objects.for_organization(organization).order_by("code")


def plant_get(*, organization, code: str) -> Plant:
    """Raises Plant.DoesNotExist outside the caller's organization (404)."""
    return plant_list(organization=organization).get(code=code)


def file_check_list(
    *, organization, plant: Plant | None = None, upload: Upload | None = None
) -> QuerySet[FileCheck]:
    uploads = Upload.objects.for_organization(organization).exclude(
        kind=Upload.Kind.ACTIVITIES
    )
    if plant is not None:
        uploads = uploads.filter(plant=plant)
    if upload is not None:
        uploads = uploads.filter(pk=upload.pk)
    return FileCheck.objects.filter(upload__in=uploads).select_related("upload")


def mrv_upload_list(*, organization, user=None) -> QuerySet[Upload]:
    """The MRV files (lab, sensor, operations) `user` may see, newest first."""
    return (
        upload_list(organization=organization, user=user)
        .filter(kind__in=MRV_KINDS)
        .select_related("plant")
    )


def mrv_upload_get(*, organization, upload_id: UUID | str, user=None) -> Upload:
    """Raises Upload.DoesNotExist outside the caller's organization or for an
    activity file (404)."""
    return mrv_upload_list(organization=organization, user=user).get(pk=upload_id)


@dataclass(frozen=True)
class UnknownPlant:
    code: str
    rows: int
    exists: bool  # created since the file was read: re-processing reads its rows


def upload_unknown_plants(*, upload: Upload) -> list[UnknownPlant]:
    """The plants the upload's last parse could not find, and whether they exist now."""
    unknown = (upload.reading or {}).get("unknown_plants") or {}
    existing = set(
        plant_list(organization=upload.organization)
        .filter(code__in=list(unknown))
        .values_list("code", flat=True)
    )
    return [
        UnknownPlant(code=code, rows=rows, exists=code in existing)
        for code, rows in sorted(unknown.items())
    ]
