from allauth.account.adapter import get_adapter

from accounts import roles
from accounts.permissions import membership_of


def membership(request) -> dict:
    member = membership_of(getattr(request, "user", None))
    role = member.role if member else None
    return {
        "membership": member,
        "organization": member.organization if member else None,
        "role": role,
        "role_label": member.get_role_display() if member else "",
        "nav": roles.navigation(role),
        "signup_open": get_adapter(request).is_open_for_signup(request),
    }
