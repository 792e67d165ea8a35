from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods
from django_htmx.http import HttpResponseClientRedirect
from django_tables2 import RequestConfig

from accounts.decorators import member_required
from carbon.core.exceptions import ApplicationError
from ingestion.forms import MappingForm, UploadForm
from ingestion.selectors import upload_get, upload_list
from ingestion.services.mapping import upload_mapping_describe, upload_mapping_set
from ingestion.services.uploads import upload_create
from ingestion.tables import UploadTable

LIST = "ingestion/upload_list.html"


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(capability="view_uploads", write="upload_activities")
def upload_list_view(request):
    form = UploadForm()
    if request.method == "POST":
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
            return render(request, LIST + "#upload-form", {"form": form}, status=400)
    uploads = upload_list(organization=request.organization, user=request.user)
    table = UploadTable(uploads)
    RequestConfig(request, paginate={"per_page": 25}).configure(table)
    live = any(row.record.is_unfinished for row in table.page.object_list)
    context = {"table": table, "form": form, "live": live}
    template = LIST
    if request.htmx:
        template += "#uploads-table"
    return render(request, template, context)


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(capability="upload_activities")
def upload_mapping_view(request, upload_id):
    """Map the columns of an upload that stopped at needs_mapping, or correct how
    a read one was read (it is parsed again)."""
    upload = upload_get(
        organization=request.organization, upload_id=upload_id, user=request.user
    )
    if upload.is_unfinished:  # a read upload may be corrected (ADR-4.2c)
        return redirect("reporting:upload-detail", upload_id=upload.pk)
    description = upload_mapping_describe(upload=upload)
    form = MappingForm(request.POST or None, description=description)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            columns, defaults = form.mapping()
            try:
                upload_mapping_set(
                    upload=upload, columns=columns, defaults=defaults, user=request.user
                )
            except ApplicationError as exc:
                form.add_service_errors(exc.errors or [{"message": exc.detail}])
            else:
                messages.success(request, f"Mapping saved: {upload.filename} resumes.")
                return redirect("reporting:upload-detail", upload_id=upload.pk)
        status = 400
    context = {"upload": upload, "form": form, "missing": description["missing"]}
    return render(request, "ingestion/upload_mapping.html", context, status=status)
