from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render

from accounts import roles
from accounts.decorators import member_required
from sites.forms import SiteForm
from sites.selectors import site_get, site_list
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
    site = site_get(organization=request.organization, site_id=site_id)
    return render(request, "sites/site_detail.html", {"site": site})
