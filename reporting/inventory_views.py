"""The inventory page (/inventory/): a reporting year by scope and category,
year on year, targets, data quality; its printable report and targets form."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST, require_safe

from accounts.decorators import member_required
from reporting.forms import InventoryYearForm, TargetsForm
from reporting.inventory import (
    inventory_get,
    inventory_months,
    inventory_settings_get,
    reporting_year_bounds,
    reporting_year_current,
    target_progress,
    targets_list,
    targets_set,
)


def _context(request) -> dict:
    organization = request.organization
    form = InventoryYearForm(request.GET)
    year = (
        form.cleaned_data["year"]
        if form.is_valid() and form.cleaned_data["year"]
        else reporting_year_current(organization=organization)
    )
    start, end = reporting_year_bounds(organization=organization, year=year)
    scope = {"organization": organization, "user": request.user}
    inventory = inventory_get(**scope, start=start, end=end)
    previous_start, previous_end = reporting_year_bounds(
        organization=organization, year=year - 1
    )
    settings = inventory_settings_get(organization=organization)
    months = inventory_months(**scope, start=start, end=end)
    progress = target_progress(**scope, year=year, current=inventory)
    return {
        "year": year,
        "inventory": inventory,
        "previous": inventory_get(**scope, start=previous_start, end=previous_end),
        "settings": settings,
        "progress": progress,
        "targets": targets_list(organization=organization),
        "by_scope_months": {
            "labels": list(months),
            "datasets": [
                {"label": f"Scope {s}", "data": [str(m[s]) for m in months.values()]}
                for s in ("1", "2", "3")
            ],
        },
        "by_category": [
            [f"Cat. {c}", str(kg)] for s in inventory.scopes for c, kg in s.categories
        ],
        "target_paths": {
            "labels": sorted({y for p in progress for y, _ in p.path}),
            "datasets": [
                {
                    "label": f"Scopes {p.target.scopes} path",
                    "points": {str(y): str(kg) for y, kg in p.path},
                    "actual": {str(p.year): str(p.actual_kg)},
                }
                for p in progress
            ],
        },
    }


@require_safe
@member_required(capability="view_uploads")
def inventory_view(request):
    context = _context(request)
    context["form"] = TargetsForm(
        initial={
            "base_year": context["settings"].base_year,
            "year_start_month": context["settings"].year_start_month,
            **{
                f"reduction_{t.scopes.replace('+', '_')}": t.reduction_percent
                for t in context["targets"]
            },
            **{
                f"target_year_{t.scopes.replace('+', '_')}": t.target_year
                for t in context["targets"]
            },
        }
    )
    return render(request, "reporting/inventory.html", context)


@require_safe
@member_required(capability="view_uploads")
def inventory_report_view(request):
    return render(request, "reporting/inventory_report.html", _context(request))


@require_POST
@member_required(capability="edit_targets")
def targets_view(request):
    form = TargetsForm(request.POST)
    if form.is_valid():
        try:
            targets_set(organization=request.organization, **form.targets())
            messages.success(request, "Targets saved.")
        except ValidationError as exc:
            messages.error(request, "; ".join(exc.messages))
    else:
        messages.error(request, "Targets not saved: " + form.errors.as_text())
    return redirect("inventory:page")
