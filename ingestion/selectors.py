from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from uuid import UUID

from django.core.files.storage import default_storage
from django.db.models import Q, QuerySet

from accounts import roles
from carbon.core.filters import filter_queryset
from ingestion.filters import ActivityFilter
from ingestion.models import Activity, RowError, Upload
from ingestion.readers import UnreadableFile, iter_rows


def upload_visibility(*, user, via: str = "") -> Q:
    """Which uploads `user` may see, as a filter on a model reaching Upload through
    `via` (e.g. "upload__" from Activity): the one place of the rule that a supplier
    sees only their own uploads (accounts.roles.sees_only_own_uploads)."""
    if roles.sees_only_own_uploads(user):
        return Q(**{f"{via}uploaded_by": user})
    return Q()


def upload_list(*, organization, user=None) -> QuerySet[Upload]:
    """The organization's uploads that `user` may see, newest first."""
    return (
        Upload.objects.for_organization(organization)
        .filter(upload_visibility(user=user))
        .order_by("-created_at")
    )


def upload_get(*, organization, upload_id: UUID | str, user=None) -> Upload:
    """Raises Upload.DoesNotExist outside the caller's organization (404)."""
    return upload_list(organization=organization, user=user).get(pk=upload_id)


def row_error_list(*, upload: Upload) -> QuerySet[RowError]:
    return RowError.objects.filter(upload=upload).order_by("row", "id")


def activity_list(*, organization, user=None, filters=None) -> QuerySet[Activity]:
    activities = Activity.objects.for_organization(organization).select_related(
        "match__factor", "emission"
    )
    activities = activities.filter(upload_visibility(user=user, via="upload__"))
    activities = filter_queryset(ActivityFilter, filters, activities)
    return activities.order_by("upload_id", "row_number")


def activity_get(*, organization, activity_id: UUID | str, user=None) -> Activity:
    """Raises Activity.DoesNotExist outside the caller's organization (404)."""
    return activity_list(organization=organization, user=user).get(pk=activity_id)


@dataclass(frozen=True)
class SourceCell:
    column: str
    value: object
    read_as: str


@dataclass(frozen=True)
class SourceRow:
    """One physical row of an upload's stored file, beside its header; `missing`
    says why there are no cells (the file is gone or cannot be read)."""

    row_number: int
    cells: list[SourceCell]
    missing: str = ""


def upload_row_read(*, upload: Upload, row_number: int) -> SourceRow:
    """Row `row_number` of the upload's stored file as its reader saw it, read
    again from storage (the platform keeps parsed values, not the raw cells)."""
    if not upload.file or not default_storage.exists(upload.file.name):
        return SourceRow(row_number, [], "The uploaded file is no longer stored.")
    header_row = upload.header_row or 0
    header: list = []
    found = None
    try:
        with default_storage.open(upload.file.name, "rb") as handle:
            rows = iter_rows(handle, upload.file_type)
            for number, cells in islice(rows, max(row_number, header_row)):
                if number == header_row:
                    header = cells
                if number == row_number:
                    found = cells
    except UnreadableFile as exc:
        return SourceRow(row_number, [], f"The stored file cannot be read: {exc}")
    if found is None:
        return SourceRow(row_number, [], "The stored file has no such row.")
    read_as: dict[int, list[str]] = {}
    for field, index in ((upload.reading or {}).get("fields") or {}).items():
        read_as.setdefault(int(index), []).append(field)
    names = [str(name) if name is not None else "" for name in header]
    names += [""] * (len(found) - len(names))
    return SourceRow(
        row_number,
        [
            SourceCell(
                column=names[index] or f"Column {index + 1}",
                value=value,
                read_as=" + ".join(
                    field.replace("_", " ") for field in read_as.get(index, [])
                ),
            )
            for index, value in enumerate(found)
        ],
    )
