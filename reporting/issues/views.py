"""The ingestion issues page (/registry/ingestion-issues/): the organization's
issues; people who may triage change status and assignee."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from accounts import roles
from accounts.decorators import member_required
from reporting.issues import selectors, services
from reporting.issues.models import IngestionIssue


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(capability="view_operations")
def ingestion_issues_view(request):
    """The organization's ingestion issues; operators change status and assignee.
    A POST asks for `triage_issues` once its issue is found (an unknown issue is
    404 before the permission check)."""
    if request.method == "POST":
        issue = selectors.ingestion_issue_get(
            organization=request.organization, issue_id=request.POST.get("issue")
        )
        if not roles.can(request.user, "triage_issues"):
            raise PermissionDenied("Your role may not triage issues.")
        status = request.POST.get("status") or None
        if status not in (None, *IngestionIssue.Status.values):
            raise PermissionDenied("Unknown status.")
        take = request.POST.get("assign") == "me"
        services.ingestion_issue_update(
            issue=issue, status=status, assignee=request.user if take else None
        )
        return redirect(request.get_full_path())
    status = request.GET.get("status", "")
    if status not in IngestionIssue.Status.values:
        status = ""
    rows = [
        {"issue": issue, "link": selectors.source_link(issue)}
        for issue in selectors.ingestion_issue_list(
            organization=request.organization, status=status
        )[:200]
    ]
    context = {
        "rows": rows,
        "status": status,
        "statuses": IngestionIssue.Status.choices,
    }
    return render(request, "issues/ingestion_issues.html", context)


# What the page asks for, for the capability matrix: the decorator sees only the
# read side, the POST's check is in the view.
ingestion_issues_view.capabilities = {
    "read": "view_operations",
    "write": "triage_issues",
}
