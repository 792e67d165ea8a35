from accounts.permissions import membership_of


def membership(request) -> dict:
    member = membership_of(getattr(request, "user", None))
    return {
        "membership": member,
        "organization": member.organization if member else None,
        "role": member.role if member else None,
    }
