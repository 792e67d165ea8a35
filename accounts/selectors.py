from __future__ import annotations

from accounts.models import Membership, User


def membership_get(*, user: User) -> Membership:
    return Membership.objects.select_related("organization").get(user=user)
