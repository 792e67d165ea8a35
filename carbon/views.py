from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from accounts import roles
from carbon.dashboard import dashboard_summary


@login_required
def home(request):
    membership = getattr(request.user, "membership", None)
    if membership is None:
        return render(request, "no_organization.html", status=403)
    if roles.sees_only_own_uploads(request.user):
        return redirect("ingestion:upload-list")
    summary = dashboard_summary(organization=membership.organization)
    return render(request, "home.html", {"summary": summary})
