from django.contrib import messages
from django.shortcuts import redirect, render

from accounts import roles
from accounts.decorators import member_required
from carbon.exceptions import ApplicationError
from ingestion.forms import UploadForm
from ingestion.selectors import upload_list
from ingestion.services.uploads import upload_create


@member_required(roles=roles.READ_UPLOADS)
def upload_list_view(request):
    can_upload = request.role in roles.UPLOAD
    form = UploadForm()
    if request.method == "POST" and can_upload:
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
                return redirect("ingestion:upload-list")
    uploads = upload_list(organization=request.organization, user=request.user)[:50]
    context = {"uploads": uploads, "form": form, "can_upload": can_upload}
    return render(request, "ingestion/upload_list.html", context)
