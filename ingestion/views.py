from django.shortcuts import render

from accounts import roles
from accounts.decorators import member_required


@member_required(roles=roles.READ_UPLOADS)
def upload_list_view(request):
    return render(request, "ingestion/upload_list.html", {"uploads": []})
