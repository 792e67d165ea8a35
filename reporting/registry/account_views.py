"""An organization's registry account in the browser: its holdings, transfers out
of it and retirements from it. Input is validated by the API's serializers and
every action is one service call, as in the API."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST, require_safe
from rest_framework import serializers as drf

from accounts import roles
from accounts.decorators import member_required
from carbon.core.exceptions import ApplicationError
from reporting.registry import policy, presenters, selectors
from reporting.registry.api import serializers as s
from reporting.registry.services.trading import credits_transfer, holding_retire
from reporting.registry.work_views import _messages_of, _valid

FAILURES = (ApplicationError, ValidationError, drf.ValidationError)


@require_safe
@member_required(capability="view_registry")
def holdings_view(request):
    organization = request.organization
    context = {
        "account": organization,
        "holdings": [
            presenters.holding_row(h)
            for h in selectors.holding_list(organization=organization)[:500]
        ],
        "transfers": [
            presenters.transfer_row(t)
            for t in selectors.transfer_list(organization=organization)[:50]
        ],
        "retirements": [
            presenters.retirement_row(r)
            for r in selectors.retirement_list_for(organization=organization)[:50]
        ],
        "may_transfer": roles.can(request.user, "trade_credits"),
        "may_retire": policy.is_buyer(request.user),
    }
    return render(request, "registry/holdings.html", context)


@require_POST
@member_required(capability="view_registry")
def transfer_view(request):
    try:
        data = _valid(s.TransferInputSerializer, request.POST)
        holding = selectors.holding_get(
            organization=request.organization, holding_id=data["holding"]
        )
        transfer = credits_transfer(
            holding=holding,
            user=request.user,
            quantity=data["quantity"],
            to_organization=data["to_organization"],
        )
    except FAILURES as exc:
        messages.error(request, _messages_of(exc))
    else:
        messages.success(
            request,
            f"Transferred {transfer.quantity} credit(s), serials "
            f"{transfer.serial_start}-{transfer.serial_end}, to "
            f"{transfer.to_organization.name}.",
        )
    return redirect("registry:holdings")


@require_POST
@member_required(capability="view_registry")
def retire_view(request):
    """Retire from one of the caller's holdings (holdings page, project page); the
    certificate is the answer."""
    try:
        data = _valid(s.HoldingRetireInputSerializer, request.POST)
        holding = selectors.holding_get(
            organization=request.organization, holding_id=data.pop("holding")
        )
        retirement = holding_retire(holding=holding, user=request.user, **data)
    except FAILURES as exc:
        messages.error(request, _messages_of(exc))
        return redirect("registry:holdings")
    messages.success(
        request,
        f"Retired {retirement.quantity} credit(s) for {retirement.beneficiary}.",
    )
    return redirect(presenters.certificate_url(retirement))
