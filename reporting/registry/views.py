"""Public registry pages (no login): list, project page, retirement certificates,
export, sitemap (document downloads: api.public.DocumentDownloadApi). Everything shown comes from
the policy module through presenters."""

from __future__ import annotations

import csv
import io
from functools import wraps

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from carbon.core.exports import safe_row
from reporting.registry import policy, presenters, selectors
from reporting.registry.api.public import RegistryAnonThrottle
from reporting.registry.api.serializers import PublicQuerySerializer
from reporting.registry.models import Methodology
from reporting.registry.selectors import ORDERING_LABELS, PublicFilters

PER_PAGE = 25


def public_page(view):
    """Anonymous callers share the API's rate limit (429 with Retry-After). The
    pages carry a CSRF token for HTMX, so unlike the JSON API they are not marked
    publicly cacheable."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        throttle = RegistryAnonThrottle()
        if not throttle.allow_request(request, None):
            response = HttpResponse("Too many requests.", status=429)
            response["Retry-After"] = str(int(throttle.wait() or 1))
            return response
        return view(request, *args, **kwargs)

    return wrapped


EXPORT_COLUMNS = (
    "registry_id",
    "name",
    "methodology",
    "country",
    "vintage",
    "status",
    "region",
    "summary",
    "latitude",
    "longitude",
    "description",
    "methodology_details",
    "credits_issued",
    "credits_retired",
    "published_at",
)


def _filters(request) -> tuple[PublicFilters, dict]:
    query = PublicQuerySerializer(data=request.GET)
    if not query.is_valid():
        return PublicFilters(), {}
    return query.filters(), query.validated_data


@require_safe
@public_page
def project_list_view(request):
    filters, values = _filters(request)
    audience = policy.external_audience(request.user)
    paginator = Paginator(selectors.public_project_list(filters=filters), PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    rows = [presenters.project_row(p, audience) for p in page.object_list]
    querystring = request.GET.copy()
    querystring.pop("page", None)
    context = {
        "rows": rows,
        "page": page,
        "values": values,
        "facets": selectors.public_facets(),
        "orderings": list(ORDERING_LABELS.items()),
        "methodologies": Methodology.choices,
        "querystring": querystring.urlencode(),
        "audience": audience,
    }
    template = "registry/project_list.html"
    if request.htmx:
        template += "#results"
    return render(request, template, context)


@require_safe
@public_page
def project_detail_view(request, project_id):
    project = selectors.public_project_get(project_id=project_id)
    audience = policy.external_audience(request.user)
    context = {
        "project": presenters.project_detail(project, audience),
        "credits": presenters.credits_view(project),
        "audience": audience,
        # The retire action: a buyer's own holdings of this project.
        "holdings": [
            presenters.holding_row(h)
            for h in selectors.holding_list(
                organization=request.user.organization, project=project
            )
        ]
        if policy.is_buyer(request.user)
        else [],
    }
    return render(request, "registry/project_detail.html", context)


@require_safe
@public_page
def certificate_view(request, retirement_id):
    retirement = selectors.certificate_get(retirement_id=retirement_id)
    context = {"certificate": presenters.certificate(retirement)}
    return render(request, "registry/certificate.html", context)


@require_safe
@public_page
def export_view(request):
    filters, _ = _filters(request)
    audience = policy.external_audience(request.user)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(EXPORT_COLUMNS)
    for project in (
        selectors.public_project_list(filters=filters).defer(None).iterator(2000)
    ):
        row = policy.project_view(project, audience, detail=False)
        writer.writerow(safe_row(row.get(c, "") for c in EXPORT_COLUMNS))
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="registry.csv"'
    return response


@require_safe
@public_page
def sitemap_view(request):
    urls = [request.build_absolute_uri(reverse("registry:list"))]
    for registry_id in (
        policy.published_projects()
        .order_by("registry_id")
        .values_list("registry_id", flat=True)
    ):
        urls.append(
            request.build_absolute_uri(
                reverse("registry:project", kwargs={"project_id": registry_id})
            )
        )
    return render(
        request,
        "registry/sitemap.xml",
        {"urls": urls},
        content_type="application/xml",
    )
