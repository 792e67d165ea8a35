from django.core.exceptions import ValidationError
from django.shortcuts import render

from accounts import roles
from accounts.decorators import member_required
from carbon.selectors import job_list


@member_required(roles=roles.READ_OPERATIONS)
def job_list_view(request):
    try:
        jobs = job_list(organization=request.organization, filters=request.GET)
    except ValidationError:
        jobs = job_list(organization=request.organization)
    return render(request, "jobs/job_list.html", {"jobs": jobs[:200]})
