from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse
from django_htmx.http import HttpResponseClientRedirect
from django_tables2 import RequestConfig

from accounts import roles
from accounts.decorators import member_required
from carbon.exceptions import ApplicationError
from ingestion.forms import ResultQueryForm, UploadForm
from ingestion.selectors import row_error_list, upload_get, upload_list
from ingestion.services.uploads import upload_create
from ingestion.tables import ResultTable, RowErrorTable, UploadTable
from reporting.selectors import result_groups, result_total

UNFINISHED = {"queued", "parsing", "matching", "calculating"}
DETAIL = "ingestion/upload_detail.html"
LIST = "ingestion/upload_list.html"


@member_required(roles=roles.READ_UPLOADS)
def upload_list_view(request):
    can_upload = request.role in roles.UPLOAD
    form = UploadForm()
    if request.method == "POST":
        if not can_upload:
            raise PermissionDenied("Your role may not upload files.")
        form = UploadForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                result = upload_create(
                    organization=request.organization,
                    file=form.cleaned_data["file"],
                    user=request.user,
                )
            except ApplicationError as exc:
                form.add_error("file", exc.detail)
            else:
                verb = "Uploaded" if result.created else "Already uploaded"
                messages.success(request, f"{verb}: {result.upload.filename}")
                if request.htmx:
                    return HttpResponseClientRedirect(reverse("ingestion:upload-list"))
                return redirect("ingestion:upload-list")
        if request.htmx:
            context = {"form": form, "can_upload": can_upload}
            return render(request, LIST + "#upload-form", context, status=400)
    uploads = upload_list(organization=request.organization, user=request.user)
    table = UploadTable(uploads)
    RequestConfig(request, paginate={"per_page": 25}).configure(table)
    live = any(row.record.status in UNFINISHED for row in table.page.object_list)
    context = {"table": table, "form": form, "can_upload": can_upload, "live": live}
    template = LIST
    if request.htmx:
        template += "#uploads-table"
    return render(request, template, context)


@member_required(roles=roles.READ_UPLOADS)
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
    by_category = result_groups(**scope, group_by="category")[:8]
    by_month = sorted(
        result_groups(**scope, group_by="month"), key=lambda g: g["group"]
    )
    context = {
        "upload": upload,
        "live": upload.status in UNFINISHED,
        "query": query,
        "group_by": group_by,
        "table": table,
        "row_errors": RowErrorTable(row_error_list(upload=upload)[:100]),
        "by_category": [[g["group"], g["co2e_kg"]] for g in by_category],
        "by_month": [[g["group"], g["co2e_kg"]] for g in by_month],
    }
    template = DETAIL
    if request.htmx and request.htmx.target in {"upload-live", "results"}:
        template += "#" + request.htmx.target
    return render(request, template, context)
