"""The registry workflow in the browser: suppliers, staff, verifiers and buyers act
on the projects the policy lets them see. Input is validated by the API's
serializers and every action is one service call."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods
from rest_framework import serializers as drf

from accounts import roles
from accounts.models import User
from carbon.core.api.exceptions import flatten_errors
from carbon.core.exceptions import ApplicationError
from reporting.registry import policy, presenters, selectors
from reporting.registry.api import serializers as s
from reporting.registry.checklists import checklist_for
from reporting.registry.models import (
    Assessment,
    AssessmentItem,
    Confidentiality,
    Criterion,
    Methodology,
)
from reporting.registry.services.documents import document_add
from reporting.registry.services.issuance import credits_issue
from reporting.registry.services.projects import project_create
from reporting.registry.services.trading import credits_retire
from reporting.registry.services.verification import (
    assessment_file,
    verifier_grant_create,
)
from reporting.registry.services.workflow import (
    project_approve,
    project_publish,
    project_request_changes,
    project_submit,
)


def _valid(serializer_class, data) -> dict:
    serializer = serializer_class(data=data)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


def _messages_of(exc) -> str:
    if isinstance(exc, drf.ValidationError):
        return "; ".join(f"{e['field']}: {e['message']}" for e in _flatten(exc.detail))
    if isinstance(exc, ValidationError):
        return "; ".join(exc.messages)
    return exc.detail


def _flatten(detail):
    return flatten_errors(detail)


@login_required
@require_http_methods(["GET", "POST"])
def work_list_view(request):
    if request.method == "POST":
        try:
            project = project_create(
                user=request.user, **_valid(s.ProjectInputSerializer, request.POST)
            )
        except (ApplicationError, ValidationError, drf.ValidationError) as exc:
            messages.error(request, _messages_of(exc))
        else:
            return redirect("registry:work-detail", project_id=project.pk)
    projects = selectors.project_list_for(user=request.user)[:200]
    context = {
        "projects": projects,
        "methodologies": Methodology.choices,
        "may_create": roles.can(request.user, "create_projects"),
    }
    return render(request, "registry/work_list.html", context)


def _assessment_items(post, methodology: str) -> list[dict]:
    return [
        {
            "criterion": criterion,
            "finding": post.get(f"{criterion}-finding", ""),
            "severity": post.get(f"{criterion}-severity", ""),
            "evidence": post.get(f"{criterion}-evidence", ""),
        }
        for criterion in checklist_for(methodology)
    ]


def _act(request, project, action: str) -> str:
    user, post = request.user, request.POST
    if action == "submit":
        project_submit(project=project, user=user)
        return "Submitted for verification."
    if action == "document":
        data = _valid(
            s.DocumentInputSerializer, {**post.dict(), **request.FILES.dict()}
        )
        document_add(project=project, user=user, **data)
        return "Document stored."
    if action == "grant":
        email = _valid(s.GrantInputSerializer, post)["verifier"]
        verifier = User.objects.filter(email__iexact=email).first()
        if verifier is None:
            raise ValidationError("No user with that email.")
        verifier_grant_create(project=project, user=user, verifier=verifier)
        return f"{email} may now verify this project."
    if action == "assess":
        data = _valid(
            s.AssessmentInputSerializer,
            {**post.dict(), "items": _assessment_items(post, project.methodology)},
        )
        assessment_file(project=project, user=user, **data)
        return "Assessment filed."
    if action == "request_changes":
        note = _valid(s.RequiredNoteSerializer, post)["note"]
        project_request_changes(project=project, user=user, note=note)
        return "Changes requested from the supplier."
    if action == "approve":
        project_approve(project=project, user=user)
        return "Approved."
    if action == "publish":
        project_publish(project=project, user=user)
        return "Published on the public registry."
    if action == "issue":
        batch = credits_issue(project=project, user=user)
        return f"Issued serials {batch.serial_start}-{batch.serial_end}."
    if action == "retire":
        data = _valid(s.RetireInputSerializer, post)
        batch = selectors.batch_get(batch_id=data.pop("batch"))
        retirement = credits_retire(batch=batch, user=user, **data)
        return f"Retired {retirement.quantity} credit(s) for {retirement.beneficiary}."
    raise ValidationError("Unknown action.")


@login_required
@require_http_methods(["GET", "POST"])
def work_detail_view(request, project_id):
    project = selectors.project_get_for(user=request.user, project_id=project_id)
    if request.method == "POST":
        try:
            messages.success(
                request, _act(request, project, request.POST.get("action"))
            )
        except (ApplicationError, ValidationError, drf.ValidationError) as exc:
            messages.error(request, _messages_of(exc))
        return redirect("registry:work-detail", project_id=project.pk)
    audience = policy.audience_for(request.user, project)
    view = presenters.project_detail(project, audience)
    user = request.user
    state = project.state
    context = {
        "project": view,
        "credits": presenters.credits_view(project),
        "audience": audience,
        "is_owner": audience == policy.Audience.SUPPLIER,
        "is_staff": policy.is_staff(user),
        "is_staff_admin": policy.is_staff_admin(user),
        "is_granted": audience == policy.Audience.VERIFIER,
        "is_buyer": policy.is_buyer(user),
        "state": state,
        "checklist": [
            (c, Criterion(c).label) for c in checklist_for(project.methodology)
        ],
        "severities": AssessmentItem.Severity.choices,
        "outcomes": Assessment.Outcome.choices,
        "levels": Confidentiality.choices,
        "grants": selectors.grants_list(project=project)
        if policy.is_staff(user)
        else [],
        "holdings": [
            presenters.holding_row(h)
            for h in selectors.holding_list(
                organization=user.organization, project=project
            )
        ]
        if policy.is_buyer(user)
        else [],
    }
    return render(request, "registry/work_detail.html", context)
