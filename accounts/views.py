"""The members page (admins) and the invitation page (the invitee)."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from accounts.decorators import member_required
from accounts.exceptions import InvitationInvalid
from accounts.forms import AcceptForm, InviteForm, RoleForm
from accounts.models import Role
from accounts.selectors import invitation_open_get, member_get, member_list
from accounts.services import (
    invitation_accept,
    member_deactivate,
    member_invite,
    member_role_set,
)
from carbon.core.exceptions import ApplicationError

MEMBERS = "accounts/members.html"
ACCEPT = "accounts/invitation_accept.html"
ISSUED = "members_invitation_issued"


def _members_page(request, form, status=200):
    # A new link is shown once, on the page the invitation redirects to (a reload
    # neither resends the form nor shows the link again).
    issued = request.session.pop(ISSUED, None) if request.method == "GET" else None
    context = {
        "members": member_list(organization=request.organization),
        "form": form,
        "issued": issued,
        "link_shown": settings.INVITATION_LINK_SHOWN,
        "roles": Role.choices,
    }
    return render(request, MEMBERS, context, status=status)


def _invite(request, form, *, email: str, role: str):
    """Invite (or invite again) through the API's service; errors land on the form."""
    try:
        issued = member_invite(
            organization=request.organization,
            email=email,
            role=role,
            invited_by=request.user,
            base_url=request.build_absolute_uri("/"),
        )
    except ApplicationError as exc:
        form.add_error("email", exc.detail)
        return _members_page(request, form, status=exc.status)
    request.session[ISSUED] = {
        "email": issued.member.user.email,
        "role": issued.member.role,
        "url": issued.url,
        "expires_at": f"{issued.invitation.expires_at:%Y-%m-%d %H:%M}",
    }
    return redirect("members:list")


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(capability="manage_members")
def member_list_view(request):
    if request.method != "POST":
        return _members_page(request, InviteForm(auto_id="invite_%s"))
    form = InviteForm(request.POST, auto_id="invite_%s")
    if not form.is_valid():
        return _members_page(request, form, status=400)
    return _invite(request, form, **form.cleaned_data)


@require_POST
@member_required(capability="manage_members")
def member_resend_view(request, member_id):
    member = member_get(organization=request.organization, member_id=member_id)
    form = InviteForm(auto_id="invite_%s")
    return _invite(request, form, email=member.user.email, role=member.role)


@require_POST
@member_required(capability="manage_members")
def member_role_view(request, member_id):
    member = member_get(organization=request.organization, member_id=member_id)
    form = RoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose one of the roles.")
        return redirect("members:list")
    try:
        member = member_role_set(
            member=member, role=form.cleaned_data["role"], actor=request.user
        )
    except ApplicationError as exc:
        messages.error(request, exc.detail)
    else:
        messages.success(request, f"{member.user.email} is now {member.role}.")
    return redirect("members:list")


@require_POST
@member_required(capability="manage_members")
def member_deactivate_view(request, member_id):
    member = member_get(organization=request.organization, member_id=member_id)
    try:
        member = member_deactivate(member=member, actor=request.user)
    except ApplicationError as exc:
        messages.error(request, exc.detail)
    else:
        messages.success(request, f"{member.user.email} is deactivated.")
    return redirect("members:list")


@require_http_methods(["GET", "HEAD", "POST"])
def invitation_accept_view(request, token):
    """Anyone holding the one-time link; a person new to Carbon sets a password and
    is signed in, an existing user joins and signs in as usual."""
    try:
        invitation = invitation_open_get(token=token)
    except InvitationInvalid as exc:
        return render(request, ACCEPT, {"problem": exc}, status=exc.status)
    needs_password = not invitation.membership.user.has_usable_password()
    form = AcceptForm(request.POST or None) if needs_password else None
    if request.method == "POST" and (form is None or form.is_valid()):
        password = form.cleaned_data["password1"] if form else ""
        try:
            membership = invitation_accept(token=token, password=password)
        except ValidationError as exc:
            form.add_error("password1", exc.message_dict.get("password", exc.messages))
        except InvitationInvalid as exc:
            return render(request, ACCEPT, {"problem": exc}, status=exc.status)
        else:
            return _joined(request, membership, needs_password)
    context = {"invitation": invitation, "form": form}
    return render(request, ACCEPT, context, status=400 if form and form.errors else 200)


def _joined(request, membership, signed_in: bool):
    name = membership.organization.name
    if not signed_in:
        messages.success(request, f"You joined {name}; sign in to continue.")
        return redirect("account_login")
    login(request, membership.user, backend="accounts.backends.ModelBackend")
    messages.success(request, f"Welcome to {name}.")
    return redirect("home")
