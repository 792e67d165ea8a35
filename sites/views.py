from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render

from accounts import roles
from accounts.decorators import member_required
from sites.forms import SiteForm
from sites.selectors import alert_list, site_get, site_list, site_metrics_get
from sites.services import site_create


@member_required(roles=roles.READ_OPERATIONS)
def site_list_view(request):
    form = SiteForm()
    if request.method == "POST" and request.role in roles.OPERATE:
        form = SiteForm(request.POST)
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
    sites = site_list(organization=request.organization)
    return render(request, "sites/site_list.html", {"sites": sites, "form": form})


@member_required(roles=roles.READ_OPERATIONS)
def site_detail_view(request, site_id):
    organization = request.organization
    context = {
        "site": site_get(organization=organization, site_id=site_id),
        "metrics": site_metrics_get(organization=organization, site_id=site_id),
        "alerts": alert_list(organization=organization, site_id=site_id)[:10],
    }
    return render(request, "sites/site_detail.html", context)
