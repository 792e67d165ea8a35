from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse
from django_htmx.http import HttpResponseClientRedirect
from django_tables2 import RequestConfig

from accounts import roles
from accounts.decorators import member_required
from carbon.exceptions import ApplicationError
from ingestion.forms import UploadForm
from ingestion.selectors import upload_list
from ingestion.services.uploads import upload_create
from ingestion.tables import UploadTable

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
    live = any(row.record.is_unfinished for row in table.page.object_list)
    context = {"table": table, "form": form, "can_upload": can_upload, "live": live}
    template = LIST
    if request.htmx:
        template += "#uploads-table"
    return render(request, template, context)
