from __future__ import annotations

from uuid import UUID

from django.db.models import QuerySet

from accounts.models import Role
from carbon.filters import filter_queryset
from ingestion.filters import ActivityFilter
from ingestion.models import Activity, RowError, Upload


def _supplier_only(user) -> bool:
    return user is not None and getattr(user, "role", None) == Role.SUPPLIER


def upload_list(*, organization, user=None) -> QuerySet[Upload]:
    """Suppliers see only the uploads they made."""
    uploads = Upload.objects.for_organization(organization).order_by("-created_at")
    if _supplier_only(user):
        uploads = uploads.filter(uploaded_by=user)
    return uploads


def upload_get(*, organization, upload_id: UUID | str, user=None) -> Upload:
    """Raises Upload.DoesNotExist outside the caller's organization (404)."""
    return upload_list(organization=organization, user=user).get(pk=upload_id)


def row_error_list(*, upload: Upload) -> QuerySet[RowError]:
    return RowError.objects.filter(upload=upload).order_by("row", "id")


def activity_list(*, organization, user=None, filters=None) -> QuerySet[Activity]:
    activities = Activity.objects.for_organization(organization).select_related(
        "factor", "emission"
    )
    if _supplier_only(user):
        activities = activities.filter(upload__uploaded_by=user)
    activities = filter_queryset(ActivityFilter, filters, activities)
    return activities.order_by("upload_id", "row_number")


def activity_get(*, organization, activity_id: UUID | str, user=None) -> Activity:
    """Raises Activity.DoesNotExist outside the caller's organization (404)."""
    return activity_list(organization=organization, user=user).get(pk=activity_id)
