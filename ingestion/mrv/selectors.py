"""Reads of MRV inputs."""

from __future__ import annotations

from django.db.models import QuerySet

from ingestion.models import FileCheck, Plant, Upload


def plant_list(*, organization) -> QuerySet[Plant]:
    return Plant.objects.for_organization(organization).order_by("code")


def plant_get(*, organization, code: str) -> Plant:
    """Raises Plant.DoesNotExist outside the caller's organization (404)."""
    return plant_list(organization=organization).get(code=code)


def file_check_list(*, organization, plant: Plant | None = None) -> QuerySet[FileCheck]:
    uploads = Upload.objects.for_organization(organization).exclude(
        kind=Upload.Kind.ACTIVITIES
    )
    if plant is not None:
        uploads = uploads.filter(plant=plant)
    return FileCheck.objects.filter(upload__in=uploads).select_related("upload")
