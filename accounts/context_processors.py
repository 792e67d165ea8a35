from allauth.account.adapter import get_adapter

from accounts import roles
from accounts.permissions import membership_of


def membership(request) -> dict:
    """The member, and what they may do as flags: templates ask `can.<capability>`
    (accounts.roles.CAPABILITIES) and `nav.<page>`, never for a role."""
    member = membership_of(getattr(request, "user", None))
    return {
        "membership": member,
        "organization": member.organization if member else None,
        "role_label": member.get_role_display() if member else "",
        "can": roles.capabilities_of(member),
        "nav": roles.navigation(member),
        "signup_open": get_adapter(request).is_open_for_signup(request),
    }
