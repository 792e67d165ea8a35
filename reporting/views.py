"""The results page of an upload (/uploads/<id>/): its progress, row errors,
grouped emissions and rows; and one activity's trail (/activities/<id>/)."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST, require_safe
from django_tables2 import RequestConfig

from accounts.decorators import member_required
from carbon.core.exceptions import ApplicationError
from ingestion.selectors import activity_list, row_error_list, upload_get
from ingestion.tables import RowErrorTable
from reporting.forms import ResultQueryForm
from reporting.recalculation import (
    recalculation_apply,
    recalculation_largest_changes,
    recalculation_preview,
)
from reporting.selectors import (
    recalculation_get,
    recalculation_latest,
    result_groups,
    result_total,
    upload_match_counts,
    upload_unreviewed_kg,
)
from reporting.tables import ActivityTable, ResultTable
from reporting.trail import activity_trail_get

DETAIL = "reporting/upload_detail.html"


@require_safe
@member_required(capability="view_uploads")
def upload_detail_view(request, upload_id):
    upload = upload_get(
        organization=request.organization, upload_id=upload_id, user=request.user
    )
    query = ResultQueryForm(request.GET)
    group_by = query.cleaned_data["group_by"] if query.is_valid() else "category"
    scope = {
        "organization": request.organization,
        "user": request.user,
        "upload_id": upload.pk,
    }
    table = ResultTable(
        result_groups(**scope, group_by=group_by),
        total=result_total(**scope),
        group_label=dict(ResultQueryForm.GROUP_CHOICES)[group_by],
    )
    RequestConfig(request, paginate={"per_page": 20}).configure(table)
    rows = ActivityTable(
        activity_list(
            organization=request.organization,
            user=request.user,
            filters={"upload": str(upload.pk)},
        ),
        prefix="rows-",
    )
    RequestConfig(request, paginate={"per_page": 25}).configure(rows)
    by_category = result_groups(**scope, group_by="category")[:8]
    by_month = sorted(
        result_groups(**scope, group_by="month"), key=lambda g: g["group"]
    )
    context = {
        "upload": upload,
        "live": upload.is_unfinished,
        "query": query,
        "group_by": group_by,
        "table": table,
        "rows": rows,
        "row_errors": RowErrorTable(row_error_list(upload=upload)[:100]),
        "by_category": [[g["group"], g["co2e_kg"]] for g in by_category],
        "by_month": [[g["group"], g["co2e_kg"]] for g in by_month],
        "match_counts": upload_match_counts(upload=upload),
        "unreviewed_kg": upload_unreviewed_kg(upload=upload),
    }
    recalculation = recalculation_latest(
        organization=request.organization, upload=upload
    )
    if recalculation is not None:
        context["recalculation"] = recalculation
        context["changes"] = recalculation_largest_changes(recalculation=recalculation)
    template = DETAIL
    if request.htmx and request.htmx.target in {"upload-live", "results"}:
        template += "#" + request.htmx.target
    return render(request, template, context)


@require_POST
@member_required(capability="recalculate")
def recalculation_view(request, upload_id):
    """Preview moving an upload's results to the current factors, or apply the
    preview (`apply` = its id); the diff shows on the upload page."""
    upload = upload_get(
        organization=request.organization, upload_id=upload_id, user=request.user
    )
    try:
        if request.POST.get("apply"):
            recalculation = recalculation_get(
                organization=request.organization,
                recalculation_id=request.POST["apply"],
            )
            recalculation_apply(recalculation=recalculation, user=request.user)
            messages.success(
                request, "Recalculation applied; the previous figures are kept."
            )
        else:
            recalculation = recalculation_preview(
                organization=request.organization,
                user=request.user,
                upload=upload,
                override_note=request.POST.get("override_note", ""),
            )
            messages.success(
                request, f"Preview: {recalculation.rows_changed} rows would change."
            )
    except ApplicationError as exc:
        messages.error(request, exc.detail)
    return redirect("reporting:upload-detail", upload_id=upload.pk)


@require_safe
@member_required(capability="view_uploads")
def activity_trail_view(request, activity_id):
    """Why one activity's number is what it is: file and row to result."""
    trail = activity_trail_get(
        organization=request.organization, activity_id=activity_id, user=request.user
    )
    return render(request, "reporting/activity_trail.html", {"trail": trail})
