"""The factor library's pages: browse and search it, one factor, and the factor
picker's results (every form that chooses a factor searches through it)."""

import re

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_http_methods
from django_tables2 import RequestConfig

from accounts.decorators import member_required
from matching.factors.compatibility import UNIT_FAMILIES, unit_family
from matching.factors.filters import EmissionFactorFilter
from matching.factors.selectors import emission_factor_get, emission_factor_list
from matching.factors.tables import EmissionFactorTable

LIST_TEMPLATE = "matching/factor_list.html"
PICK_LIMIT = 12
# The form field a picked factor fills: a review line's, a group's, the bulk bar's.
PICK_FIELD = re.compile(r"factor-[\w:-]{1,80}|bulk_factor|account_factor")


@require_http_methods(["GET", "HEAD"])
@member_required(capability="view_factors")
def factor_list_view(request):
    filterset = EmissionFactorFilter(request.GET)
    filters = request.GET if filterset.is_valid() else {}
    table = EmissionFactorTable(emission_factor_list(filters=filters))
    RequestConfig(request, paginate={"per_page": 50}).configure(table)
    template = LIST_TEMPLATE + "#factors-table" if request.htmx else LIST_TEMPLATE
    return render(request, template, {"table": table, "filter": filterset})


@require_http_methods(["GET", "HEAD"])
@member_required(capability="view_factors")
def factor_detail_view(request, factor_id):
    factor = emission_factor_get(factor_id=factor_id)
    family = UNIT_FAMILIES.get(unit_family(factor.unit))
    context = {"factor": factor, "family": family}
    return render(request, "matching/factor_detail.html", context)


@require_http_methods(["GET", "HEAD"])
@member_required(capability="view_factors")
def factor_pick_view(request):
    """The picker's results for `search` (words) among the factors that can
    measure `compatible_with` (the line's unit), as choices of form field `field`."""
    field = request.GET.get("field", "")
    if not PICK_FIELD.fullmatch(field):
        raise Http404("Unknown field.")
    filterset = EmissionFactorFilter(request.GET)
    found, more = [], 0
    if filterset.is_valid() and request.GET.get("search", "").strip():
        factors = emission_factor_list(filters=request.GET)
        found = list(factors[: PICK_LIMIT + 1])
        more = len(found) > PICK_LIMIT
        found = found[:PICK_LIMIT]
    unit = request.GET.get("compatible_with", "")
    context = {
        "field": field,
        "found": found,
        "more": more,
        "errors": filterset.errors,
        "unit": unit,
        "family": UNIT_FAMILIES.get(unit_family(unit)) if unit else None,
    }
    return render(request, "matching/factor_pick.html", context)
