from __future__ import annotations

from uuid import UUID

from django.db.models import Q, QuerySet

from accounts import roles
from carbon.filters import filter_queryset
from ingestion.filters import ActivityFilter
from ingestion.models import Activity, RowError, Upload


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
