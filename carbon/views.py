from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_safe

from accounts import roles
from accounts.models import Role
from accounts.permissions import membership_of
from carbon.dashboard import dashboard_summary
from reporting.registry.selectors import verifier_has_projects


@require_safe
@login_required
def home(request):
    membership = membership_of(request.user)
    if membership is None:
        return render(request, "no_organization.html", status=403)
    if membership.role == Role.VERIFIER and verifier_has_projects(user=request.user):
        return redirect("registry:work")
    if membership.role in roles.LANDING:
        return redirect(roles.LANDING[membership.role])
    summary = dashboard_summary(organization=membership.organization)
    return render(request, "home.html", {"summary": summary})
