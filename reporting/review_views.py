"""The review pages: a person's match decisions, line by line or by group. Matching
decides and the results follow (reporting.decisions), so the pages live in the layer
that can do both."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from accounts.decorators import member_required
from carbon.core.exceptions import ApplicationError
from matching.forms import ReviewForm
from matching.selectors import factor_candidates, review_queue
from matching.services.groups import review_groups
from matching.services.review import ReviewAction, review_factor
from reporting.decisions import (
    activities_review,
    review_account_map,
    review_group_decide,
)

TEMPLATE = "matching/review.html"
PER_PAGE = 25


def _queue(request):
    activities = review_queue(
        organization=request.organization,
        user=request.user,
        upload=request.GET.get("upload"),
    )
    page = Paginator(activities, PER_PAGE).get_page(request.GET.get("page"))
    activities = list(page.object_list)
    candidates = factor_candidates(activities=activities)
    rows = [(a, candidates[a.pk]) for a in activities]
    return page, rows


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(capability="review_matches")
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
                messages.success(request, result.summary(verb))
        else:
            for errors in form.errors.values():
                for error in errors:
                    messages.error(request, error)
        if not request.htmx:
            return redirect(request.get_full_path())
    page, rows = _queue(request)
    template = TEMPLATE + "#review-queue" if request.htmx else TEMPLATE
    factors = {f.pk: f for _, candidates in rows for f in candidates}.values()
    units = {activity.unit for activity, _ in rows}
    # The bulk picker narrows to the page's unit when every line shares it.
    bulk_unit = units.pop() if len(units) == 1 else ""
    context = {"page": page, "rows": rows, "factors": factors, "bulk_unit": bulk_unit}
    return render(request, template, context)


GROUPS_TEMPLATE = "matching/review_groups.html"
GROUPS_PER_PAGE = 20


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(capability="review_matches")
def review_groups_view(request):
    """The review queue by group, most material first: one decision per merchant
    and category, or a whole ledger account at once; both are remembered."""
    upload = request.GET.get("upload")
    queue = review_queue(
        organization=request.organization, user=request.user, upload=upload
    )
    if request.method == "POST":
        try:
            if request.POST.get("account"):
                result = review_account_map(
                    organization=request.organization,
                    user=request.user,
                    activities=queue,
                    category=request.POST["account"],
                    factor=review_factor(
                        action=ReviewAction.OVERRIDE,
                        factor_id=request.POST.get("account_factor"),
                    ),
                )
            else:
                group, _, action = request.POST.get("group", "").partition("|")
                result = review_group_decide(
                    organization=request.organization,
                    user=request.user,
                    activities=queue,
                    group=group,
                    action=action,
                    factor=review_factor(
                        action=action, factor_id=request.POST.get(f"factor-{group}")
                    ),
                )
        except (ApplicationError, ValueError) as exc:
            messages.error(request, getattr(exc, "detail", str(exc)))
        else:
            messages.success(
                request, result.summary("Decided")[:-1] + "; remembered for next time."
            )
        return redirect(request.get_full_path())
    groups = review_groups(queue)
    page = Paginator(groups, GROUPS_PER_PAGE).get_page(request.GET.get("page"))
    firsts = {g.key: g.activity_ids[0] for g in page.object_list}
    examples = {a.pk: a for a in queue.filter(pk__in=firsts.values())}
    candidates = factor_candidates(activities=list(examples.values()))
    rows = [(g, candidates.get(firsts[g.key], [])) for g in page.object_list]
    accounts = sorted({g.category for g in groups if g.category})
    factors = {f.pk: f for _, found in rows for f in found}.values()
    context = {"page": page, "rows": rows, "accounts": accounts, "factors": factors}
    return render(request, GROUPS_TEMPLATE, context)
