import uuid

from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import (
    require_http_methods,
    require_POST,
    require_safe,
)
from django_tables2 import RequestConfig

from accounts.decorators import member_required
from carbon.core.exceptions import ApplicationError
from sites.api.idempotency import body_fingerprint
from sites.api.readings import IngestV1InputSerializer, ingest_validated
from sites.exceptions import ReadingsInvalid
from sites.filters import SiteFilter
from sites.forms import IngestForm, ReadingFormSet, SiteForm
from sites.selectors import (
    alert_list,
    reading_list,
    site_get,
    site_list_filtered,
    site_metrics_get,
)
from sites.services import site_create
from sites.services.ingest import ReadingIn, readings_ingest
from sites.tables import ReadingTable, SiteTable

DETAIL = "sites/site_detail.html"
LIVE_PARTIALS = {"site-live"}
READINGS_SHOWN = 20


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(capability="view_operations", write="manage_sites")
def site_list_view(request):
    form = SiteForm(auto_id="new_%s")
    if request.method == "POST":
        form = SiteForm(request.POST, auto_id="new_%s")
        if form.is_valid():
            try:
                site = site_create(
                    organization=request.organization, **form.cleaned_data
                )
            except ValidationError as exc:
                for field, messages in exc.message_dict.items():
                    form.add_error(field if field in form.fields else None, messages)
            else:
                return redirect("sites:detail", site_id=site.pk)
    filterset = SiteFilter(request.GET)
    filters = request.GET if filterset.is_valid() else {}
    table = SiteTable(
        site_list_filtered(organization=request.organization, filters=filters)
    )
    RequestConfig(request, paginate={"per_page": 25}).configure(table)
    template = "sites/site_list.html"
    if request.htmx:
        template += "#sites-table"
    context = {"table": table, "filter": filterset, "form": form}
    return render(request, template, context)


def _live_context(request, site_id) -> dict:
    metrics = site_metrics_get(organization=request.organization, site_id=site_id)
    readings = reading_list(organization=request.organization, site_id=site_id)
    return {
        "metrics": metrics,
        "monthly": [[m.month, m.total] for m in metrics.monthly],
        "readings": ReadingTable(readings[:READINGS_SHOWN]),
        "alerts": alert_list(organization=request.organization, site_id=site_id)[:10],
    }


def _new_ingest_forms() -> tuple[IngestForm, ReadingFormSet]:
    form = IngestForm(initial={"idempotency_key": str(uuid.uuid4())})
    return form, ReadingFormSet(prefix="readings")


@require_safe
@member_required(capability="view_operations")
def site_detail_view(request, site_id):
    site = site_get(organization=request.organization, site_id=site_id)
    form, formset = _new_ingest_forms()
    context = {"site": site, "form": form, "formset": formset}
    context.update(_live_context(request, site.pk))
    template = DETAIL
    if request.htmx and request.htmx.target in LIVE_PARTIALS:
        template += "#" + request.htmx.target
    return render(request, template, context)


@require_POST
@member_required(capability="send_readings")
def site_ingest_view(request, site_id):
    """Manual ingestion through the same service, key and fingerprint as the API.
    With "simulate a lost response" the batch is committed and the answer dropped."""
    site = site_get(organization=request.organization, site_id=site_id)
    form = IngestForm(request.POST)
    formset = ReadingFormSet(request.POST, prefix="readings")
    context = {"site": site, "form": form, "formset": formset}
    status = 200
    if form.is_valid() and formset.is_valid():
        try:
            result = _ingest(request, site, form, formset)
        except ReadingsInvalid as exc:
            _show_reading_errors(form, formset, exc.errors or [])
            status = exc.status
        except ApplicationError as exc:
            context["problem"] = exc
            status = exc.status
        else:
            if form.cleaned_data["simulate_lost_response"]:
                context["lost"] = True
                status = 504
            else:
                context["outcome"] = result
                context["form"], context["formset"] = _new_ingest_forms()
    else:
        status = 400
    context.update(_live_context(request, site.pk))
    template = DETAIL + "#ingest" if request.htmx else DETAIL
    return render(request, template, context, status=status)


def _ingest(request, site, form, formset):
    rows = [(index, f.reading()) for index, f in enumerate(formset.forms)]
    rows = [(index, reading) for index, reading in rows if reading is not None]
    formset.row_indexes = [index for index, _ in rows]
    body = {"site_id": str(site.pk), "readings": [reading for _, reading in rows]}
    data = ingest_validated(IngestV1InputSerializer(data=body))
    return readings_ingest(
        organization=request.organization,
        site_id=site.pk,
        readings=[ReadingIn(**reading) for reading in data["readings"]],
        fingerprint=body_fingerprint(method="POST", path=reverse("ingest"), data=body),
        idempotency_key=form.cleaned_data["idempotency_key"],
        api_version="v1",
    )


def _show_reading_errors(form, formset, errors: list[dict]) -> None:
    """Put the API's `readings[3].value` errors beside the row's field."""
    indexes = getattr(formset, "row_indexes", [])
    for error in errors:
        field = error.get("field", "")
        message = error.get("message", "Invalid.")
        if field.startswith("readings[") and "]" in field:
            position = int(field[len("readings[") : field.index("]")])
            name = field.split(".", 1)[1] if "." in field else None
            if position < len(indexes):
                target = formset.forms[indexes[position]]
                if name in target.fields:
                    target.fields[name].widget.attrs.update(
                        {
                            "aria-invalid": "true",
                            "aria-describedby": f"{target[name].id_for_label}-error",
                        }
                    )
                target.add_error(name if name in target.fields else None, message)
                continue
        form.add_error(None, message)
