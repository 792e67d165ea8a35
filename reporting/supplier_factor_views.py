"""Supplier-specific factors (/inventory/supplier-factors/): the list, the form
that records one and the button that deletes one, through the same services as
the API."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from accounts.decorators import member_required
from reporting.exceptions import SupplierFactorExists
from reporting.forms import SupplierFactorForm
from reporting.models import SupplierFactor
from reporting.supplier_factors import (
    supplier_factor_delete,
    supplier_factor_list,
    supplier_factor_record,
)


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(capability="record_supplier_factors")
def supplier_factors_view(request):
    form = SupplierFactorForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        try:
            factor = supplier_factor_record(
                organization=request.organization,
                user=request.user,
                **form.cleaned_data,
            )
            messages.success(request, f"Saved; {factor.supplier}'s lines recalculated.")
            return redirect("inventory:supplier-factors")
        except (ValidationError, SupplierFactorExists) as exc:
            form.add_error(None, getattr(exc, "detail", None) or exc)
    factors = supplier_factor_list(organization=request.organization, user=request.user)
    return render(
        request,
        "reporting/supplier_factors.html",
        {"form": form, "factors": factors},
        status=400 if form.is_bound else 200,
    )


@require_POST
@member_required(capability="record_supplier_factors")
def supplier_factor_delete_view(request, supplier_factor_id):
    try:
        rows = supplier_factor_delete(
            organization=request.organization,
            user=request.user,
            supplier_factor_id=supplier_factor_id,
        )
    except SupplierFactor.DoesNotExist as exc:
        raise Http404("No such supplier factor.") from exc
    messages.success(request, f"Deleted; {rows} lines recalculated.")
    return redirect("inventory:supplier-factors")
