import contextlib
import uuid

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render

from accounts import roles
from accounts.decorators import member_required
from carbon.exceptions import ApplicationError
from ingestion.selectors import activity_list
from matching.forms import ReviewForm
from matching.selectors import factor_candidates
from matching.services.review import (
    ReviewAction,
    activities_review,
    review_factor,
)

TEMPLATE = "matching/review.html"
PER_PAGE = 25


def _queue(request):
    filters = {"match_status": "needs_review"}
    # No (valid) upload chosen: the whole queue.
    with contextlib.suppress(KeyError, ValueError):
        filters["upload"] = str(uuid.UUID(request.GET["upload"]))
    activities = activity_list(
        organization=request.organization, user=request.user, filters=filters
    )
    page = Paginator(activities, PER_PAGE).get_page(request.GET.get("page"))
    activities = list(page.object_list)
    candidates = factor_candidates(activities=activities)
    rows = [(a, candidates[a.pk]) for a in activities]
    return page, rows


@member_required(roles=roles.OPERATE)
def review_view(request):
    if request.method == "POST":
        page, rows = _queue(request)
        form = ReviewForm(request.POST, page_ids=[a.pk for a, _ in rows])
        if form.is_valid():
            data = form.cleaned_data
            try:
                factor = review_factor(
                    action=data["action"], factor_id=data["factor_id"]
                )
                result = activities_review(
                    organization=request.organization,
                    user=request.user,
                    activity_ids=data["ids"],
                    action=data["action"],
                    factor=factor,
                )
            except ApplicationError as exc:
                messages.error(request, exc.detail)
            else:
                verb = (
                    "Accepted" if result.action == ReviewAction.ACCEPT else "Overrode"
                )
                messages.success(
                    request,
                    f"{verb} {result.updated} activit{'y' if result.updated == 1 else 'ies'}.",
                )
        else:
            for error in form.non_field_errors():
                messages.error(request, error)
        if not request.htmx:
            return redirect(request.get_full_path())
    page, rows = _queue(request)
    template = TEMPLATE + "#review-queue" if request.htmx else TEMPLATE
    factors = {f.pk: f for _, candidates in rows for f in candidates}.values()
    context = {"page": page, "rows": rows, "factors": factors}
    return render(request, template, context)
