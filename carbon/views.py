from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_safe

from accounts import roles
from accounts.permissions import membership_of
from carbon.dashboard import dashboard_summary
from reporting.registry.selectors import verifier_has_projects


@require_safe
@login_required
def home(request):
    membership = membership_of(request.user)
    if membership is None:
        return render(request, "no_organization.html", status=403)
    if roles.can(membership, "assess_project") and verifier_has_projects(
        user=request.user
    ):
        return redirect("registry:work")
    if landing := roles.landing(membership):
        return redirect(landing)
    summary = dashboard_summary(organization=membership.organization)
    return render(request, "home.html", {"summary": summary})
