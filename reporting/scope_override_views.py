"""Scope overrides (/inventory/classification/): the organization's overrides,
the form an admin records one with and the button that deletes one, through the
same services as the API."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from accounts.decorators import member_required
from reporting.forms import ScopeOverrideForm
from reporting.models import ScopeOverride
from reporting.scope_overrides import scope_override_factor_find, scope_override_list
from reporting.services import scope_override_delete, scope_override_set


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(capability="view_scope_overrides", write="edit_scope_overrides")
def scope_overrides_view(request):
    form = ScopeOverrideForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        try:
            override = scope_override_set(
                organization=request.organization,
                gl_account=data["gl_account"],
                factor=(
                    scope_override_factor_find(factor=data["factor"])
                    if data["factor"]
                    else None
                ),
                scope=data["scope"],
                scope3_category=data["scope3_category"],
                note=data["note"],
            )
            messages.success(request, f"Saved: {override}; its lines reclassified.")
            return redirect("inventory:classification")
        except ValidationError as exc:
            form.add_error(None, exc)
    overrides = scope_override_list(organization=request.organization)
    return render(
        request,
        "reporting/scope_overrides.html",
        {"form": form, "overrides": overrides},
        status=400 if form.is_bound else 200,
    )


@require_POST
@member_required(capability="edit_scope_overrides")
def scope_override_delete_view(request, scope_override_id):
    try:
        rows = scope_override_delete(
            organization=request.organization, scope_override_id=scope_override_id
        )
    except ScopeOverride.DoesNotExist as exc:
        raise Http404("No such scope override.") from exc
    messages.success(request, f"Deleted; {rows} lines reclassified.")
    return redirect("inventory:classification")
