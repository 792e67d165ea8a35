"""The MRV dashboard: daily CO2 removal, QA/QC issues and statement review."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.http import (
    require_http_methods,
    require_POST,
    require_safe,
)

from accounts import roles
from accounts.decorators import member_required
from carbon.core.exceptions import ApplicationError
from ingestion.models import Upload
from ingestion.plants.layouts import BUILTIN_LAYOUTS
from ingestion.plants.selectors import (
    file_check_list,
    mrv_upload_get,
    mrv_upload_list,
    plant_get,
    plant_list,
    upload_unknown_plants,
)
from ingestion.plants.services import mrv_upload_reprocess, plant_create, plant_update
from ingestion.selectors import row_error_list
from ingestion.services.uploads import upload_create
from reporting.mrv.forms import (
    MrvUploadForm,
    NoteForm,
    PlantForm,
    RemovalQueryForm,
    StatementForm,
)
from reporting.mrv.selectors import (
    chart_presence,
    issue_list,
    removal_daily_series,
    removal_list,
    removal_summary,
    statement_get,
    statement_list,
)
from reporting.mrv.services import (
    statement_approve,
    statement_create,
    statement_request_changes,
    statement_submit,
)

TEMPLATE = "mrv/dashboard.html"
PER_PAGE = 25


def _page(request, items, param: str) -> dict:
    """One table's page; its links keep the filters and the other tables' pages."""
    page = Paginator(items, PER_PAGE).get_page(request.GET.get(param))

    def link(number: int) -> str:
        params = request.GET.copy()
        params[param] = str(number)
        return "?" + params.urlencode()

    return {
        "page": page,
        "param": param,
        "previous": link(page.previous_page_number()) if page.has_previous() else "",
        "next": link(page.next_page_number()) if page.has_next() else "",
    }


@require_safe
@member_required(capability="view_mrv")
def mrv_dashboard(request):
    codes = list(
        plant_list(organization=request.organization).values_list("code", flat=True)
    )
    form = RemovalQueryForm(request.GET or None, plants=codes)
    filters = form.filters() if request.GET else {"plant": "", "from": "", "to": ""}
    org = request.organization
    series = removal_daily_series(organization=org, filters=filters)
    statements = statement_list(
        organization=org,
        filters={"plant": filters["plant"]} if filters["plant"] else {},
    )
    context = {
        "form": form,
        "filters": filters,
        "summary": removal_summary(organization=org, filters=filters),
        "series": series,
        "charts": chart_presence(series),
        "statements": _page(request, statements, "statements_page"),
        "query": urlencode({k: v for k, v in filters.items() if v}),
        "upload_form": MrvUploadForm(plants=codes),
    }
    if roles.can(request.user, "view_mrv_detail"):
        removals = removal_list(organization=org, filters=filters)
        context["removals"] = _page(request, removals, "days_page")
        context["issues"] = _page(
            request, issue_list(organization=org, filters=filters), "issues_page"
        )
    template = TEMPLATE + "#mrv-results" if request.htmx else TEMPLATE
    return render(request, template, context)


def _back(request):
    return redirect(reverse("mrv:dashboard") + "?" + request.POST.get("query", ""))


@require_POST
@member_required(capability="upload_mrv")
def statement_create_view(request):
    form = StatementForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose a plant and a date range first.")
        return _back(request)
    try:
        plant = plant_get(
            organization=request.organization, code=form.cleaned_data["plant"]
        )
        statement_create(
            organization=request.organization,
            plant=plant,
            start=form.cleaned_data["date_from"],
            end=form.cleaned_data["date_to"],
            user=request.user,
        )
    except ApplicationError as exc:
        messages.error(request, exc.detail)
    else:
        messages.success(request, "Statement computed.")
    return _back(request)


ACTIONS = {
    "submit": ("upload_mrv", lambda s, u, n: statement_submit(statement=s, user=u)),
    "approve": (
        "approve_mrv",
        lambda s, u, n: statement_approve(statement=s, user=u, note=n),
    ),
    "request-changes": (
        "approve_mrv",
        lambda s, u, n: statement_request_changes(statement=s, user=u, note=n),
    ),
}


@require_POST
@member_required(capability="view_mrv")
def statement_action_view(request, statement_id, action):
    if action not in ACTIONS:
        raise Http404("No such statement action.")
    statement = statement_get(
        organization=request.organization, statement_id=statement_id
    )
    capability, run = ACTIONS[action]
    if not roles.can(request.user, capability):
        messages.error(request, "Your role may not do this.")
        return _back(request)
    form = NoteForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    if action == "request-changes" and not note:
        messages.error(request, "Say what should change (a note is required).")
        return _back(request)
    try:
        run(statement, request.user, note)
    except ApplicationError as exc:
        messages.error(request, exc.detail)
    else:
        messages.success(request, f"Statement {action.replace('-', ' ')}: done.")
    return _back(request)


def _form_errors(form, exc: ValidationError | ApplicationError, fields: dict) -> None:
    """Put a service's errors on the form: `fields` maps an error's field (the API's
    name) to the form field; any other goes on the form as a whole."""
    if isinstance(exc, ValidationError):
        pairs = [
            (field, message)
            for field, messages_ in getattr(
                exc, "message_dict", {"": exc.messages}
            ).items()
            for message in messages_
        ]
    else:
        pairs = [(e.get("field", ""), e["message"]) for e in exc.errors or []]
        pairs = pairs or [("", exc.detail)]
    for field, message in pairs:
        form.add_error(fields.get(field), message)


PLANT_FIELDS = {
    "code": "code",
    "name": "name",
    "mapping.header_rows": "header_rows",
    "mapping.generated_at": "generated_row",
}


def _safe_next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return ""


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(capability="view_mrv", write="upload_mrv")
def plant_list_view(request):
    org = request.organization
    form = None
    if roles.can(request.user, "upload_mrv"):
        initial = {"code": request.GET.get("code", "")[:64]}
        form = PlantForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            plant = plant_create(
                organization=org,
                code=form.cleaned_data["code"],
                name=form.cleaned_data["name"],
                mapping=form.mapping(),
            )
        except (ValidationError, ApplicationError) as exc:
            _form_errors(form, exc, PLANT_FIELDS)
        else:
            messages.success(request, f"Plant {plant.code} created.")
            return redirect(_safe_next(request) or reverse("mrv:plants"))
    context = {
        "plants": plant_list(organization=org),
        "form": form,
        "next": _safe_next(request),
        "builtin_layouts": BUILTIN_LAYOUTS,
    }
    status = 400 if form is not None and form.errors else 200
    return render(request, "mrv/plants.html", context, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(capability="view_mrv")
def plant_detail_view(request, code):
    # The plant first: an unknown one is 404 before a POST without the capability
    # is 403.
    plant = plant_get(organization=request.organization, code=code)
    form = None
    if roles.can(request.user, "upload_mrv"):
        form = PlantForm(request.POST or None, plant=plant)
    elif request.method == "POST":
        raise PermissionDenied("Your role may not change plants.")
    if request.method == "POST" and form.is_valid():
        try:
            plant_update(
                plant=plant, name=form.cleaned_data["name"], mapping=form.mapping()
            )
        except (ValidationError, ApplicationError) as exc:
            plant.refresh_from_db()
            _form_errors(form, exc, PLANT_FIELDS)
        else:
            messages.success(request, f"Plant {plant.code} saved.")
            return redirect("mrv:plant", code=plant.code)
    context = {"plant": plant, "form": form, "builtin_layouts": BUILTIN_LAYOUTS}
    status = 400 if form is not None and form.errors else 200
    return render(request, "mrv/plant_detail.html", context, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(capability="view_mrv_detail", write="upload_mrv")
def mrv_upload_view(request):
    org = request.organization
    codes = list(plant_list(organization=org).values_list("code", flat=True))
    form = None
    if roles.can(request.user, "upload_mrv"):
        form = MrvUploadForm(request.POST or None, request.FILES or None, plants=codes)
    if request.method == "POST" and form.is_valid():
        try:
            result = upload_create(
                organization=org,
                file=form.cleaned_data["file"],
                kind=form.cleaned_data["kind"],
                plant=form.cleaned_data["plant"] or None,
                user=request.user,
            )
        except (ValidationError, ApplicationError) as exc:
            _form_errors(form, exc, {"plant": "plant", "file": "file"})
        else:
            upload = result.upload
            if result.created:
                messages.success(request, f"Uploaded: {upload.filename}")
            else:
                messages.info(
                    request,
                    f"Already uploaded: {upload.filename} "
                    f"({upload.created_at:%Y-%m-%d %H:%M}). This is that upload; "
                    "re-process it to read the file again with today's plants "
                    "and mappings.",
                )
            return redirect("mrv:upload-detail", upload_id=upload.pk)
    context = {
        "form": form,
        "plants": codes,
        "uploads": mrv_upload_list(organization=org, user=request.user)[:50],
    }
    status = 400 if form is not None and form.errors else 200
    return render(request, "mrv/uploads.html", context, status=status)


@require_safe
@member_required(capability="view_mrv_detail")
def mrv_upload_detail_view(request, upload_id):
    upload = mrv_upload_get(
        organization=request.organization, upload_id=upload_id, user=request.user
    )
    context = {
        "upload": upload,
        "unknown_plants": upload_unknown_plants(upload=upload),
        "checks": file_check_list(organization=request.organization, upload=upload),
        "row_errors": row_error_list(upload=upload)[:50],
        "busy": upload.status not in (Upload.Status.DONE, Upload.Status.FAILED),
    }
    return render(request, "mrv/upload_detail.html", context)


@require_POST
@member_required(capability="upload_mrv")
def mrv_upload_reprocess_view(request, upload_id):
    upload = mrv_upload_get(
        organization=request.organization, upload_id=upload_id, user=request.user
    )
    try:
        mrv_upload_reprocess(upload=upload)
    except ApplicationError as exc:
        messages.error(request, exc.detail)
    else:
        messages.success(request, f"Re-processing {upload.filename}.")
    return redirect("mrv:upload-detail", upload_id=upload.pk)
