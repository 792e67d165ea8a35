from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST, require_safe
from django_tables2 import RequestConfig

from accounts.decorators import member_required
from carbon.core.exceptions import ApplicationError
from carbon.jobs.filters import JobFilter
from carbon.jobs.selectors import job_get, job_list
from carbon.jobs.services import job_retry
from carbon.jobs.tables import JobTable


@require_safe
@member_required(capability="view_operations")
def job_list_view(request):
    filterset = JobFilter(request.GET)
    filters = request.GET if filterset.is_valid() else {}
    table = JobTable(job_list(organization=request.organization, filters=filters))
    RequestConfig(request, paginate={"per_page": 50}).configure(table)
    template = "jobs/job_list.html#jobs-table" if request.htmx else "jobs/job_list.html"
    return render(request, template, {"table": table, "filter": filterset})


@require_POST
@member_required(capability="manage_jobs")
def job_retry_view(request, job_id):
    job = job_get(organization=request.organization, job_id=job_id)
    try:
        job_retry(job=job)
    except ApplicationError as exc:
        messages.error(request, exc.detail)
    else:
        messages.success(request, f"{job.kind} queued again.")
    return redirect("jobs:list")
