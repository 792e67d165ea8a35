"""The MRV dashboard: daily CO2 removal, QA/QC issues and statement review."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode

from accounts.decorators import member_required
from accounts.models import Role
from carbon.exceptions import ApplicationError
from ingestion.mrv.selectors import plant_get, plant_list
from ingestion.services.uploads import upload_create
from reporting.mrv import permissions as perms
from reporting.mrv.forms import (
    MrvUploadForm,
    NoteForm,
    RemovalQueryForm,
    StatementForm,
)
from reporting.mrv.selectors import (
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


@member_required(roles=perms.EVERYONE)
def mrv_dashboard(request):
    codes = list(
        plant_list(organization=request.organization).values_list("code", flat=True)
    )
    form = RemovalQueryForm(request.GET or None, plants=codes)
    filters = form.filters() if request.GET else {"plant": "", "from": "", "to": ""}
    org = request.organization
    detail = request.role in perms.DETAIL_READERS
    context = {
        "form": form,
        "filters": filters,
        "detail": detail,
        "is_verifier": request.role == Role.VERIFIER,
        "is_engineer": request.role in perms.ENGINEER,
        "summary": removal_summary(organization=org, filters=filters),
        "series": removal_daily_series(organization=org, filters=filters),
        "statements": statement_list(
            organization=org,
            filters={"plant": filters["plant"]} if filters["plant"] else {},
        )[:20],
        "query": urlencode({k: v for k, v in filters.items() if v}),
        "upload_form": MrvUploadForm(plants=codes),
    }
    if detail:
        context["removals"] = removal_list(organization=org, filters=filters)[:400]
        context["issues"] = issue_list(organization=org, filters=filters)[:200]
    template = TEMPLATE + "#mrv-results" if request.htmx else TEMPLATE
    return render(request, template, context)


def _back(request):
    return redirect(reverse("mrv:dashboard") + "?" + request.POST.get("query", ""))


@member_required(roles=perms.ENGINEER)
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
    "submit": (perms.ENGINEER, lambda s, u, n: statement_submit(statement=s, user=u)),
    "approve": (
        perms.REVIEWERS,
        lambda s, u, n: statement_approve(statement=s, user=u, note=n),
    ),
    "request-changes": (
        perms.REVIEWERS,
        lambda s, u, n: statement_request_changes(statement=s, user=u, note=n),
    ),
}


@member_required(roles=perms.EVERYONE)
def statement_action_view(request, statement_id, action):
    if action not in ACTIONS:
        raise Http404("No such statement action.")
    allowed, run = ACTIONS[action]
    if request.role not in allowed:
        messages.error(request, "Your role may not do this.")
        return _back(request)
    statement = statement_get(
        organization=request.organization, statement_id=statement_id
    )
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


@member_required(roles=perms.ENGINEER)
def mrv_upload_view(request):
    codes = plant_list(organization=request.organization).values_list("code", flat=True)
    form = MrvUploadForm(request.POST, request.FILES, plants=list(codes))
    if not form.is_valid():
        messages.error(request, "Choose a kind and a file.")
        return _back(request)
    try:
        result = upload_create(
            organization=request.organization,
            file=form.cleaned_data["file"],
            kind=form.cleaned_data["kind"],
            plant=form.cleaned_data["plant"] or None,
            user=request.user,
        )
    except ApplicationError as exc:
        messages.error(request, exc.detail)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        verb = "Uploaded" if result.created else "Already uploaded"
        messages.success(request, f"{verb}: {result.upload.filename}")
    return _back(request)
