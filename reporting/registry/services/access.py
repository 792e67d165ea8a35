"""Who may act on the registry, as its services ask it: capabilities
(accounts.roles), the project's own organization, registry staff
(`policy.is_staff`) and a verifier's grant on one project. The `require_*` checks
raise NotAllowed (403)."""

from __future__ import annotations

from accounts.models import User
from accounts.roles import can
from reporting.registry import policy
from reporting.registry.exceptions import NotAllowed
from reporting.registry.models import Holding, Project, VerifierGrant


def is_supplier(user, project: Project) -> bool:
    """A member of the project's organization who may create projects."""
    membership = getattr(user, "membership", None)
    return (
        membership is not None
        and can(user, "create_projects")
        and project.organization_id == membership.organization_id
    )


def require_supplier(*, user, project: Project | None = None) -> None:
    """Without a project: may create projects; with one: also of its organization."""
    allowed = (
        can(user, "create_projects") if project is None else is_supplier(user, project)
    )
    if not allowed:
        raise NotAllowed("Only the supplier organization's members may do this.")


def require_staff(user, *, admin: bool = False) -> None:
    allowed = policy.is_staff_admin(user) if admin else policy.is_staff(user)
    if not allowed:
        raise NotAllowed("Only registry staff may do this.")


def active_grant(project: Project, user) -> VerifierGrant | None:
    return VerifierGrant.objects.filter(
        project=project, verifier=user, revoked_at__isnull=True
    ).first()


def require_trader(user: User, holding: Holding) -> None:
    """A member of the holding's account who may trade credits."""
    membership = getattr(user, "membership", None)
    if (
        membership is None
        or not can(user, "trade_credits")
        or membership.organization_id != holding.organization_id
    ):
        raise NotAllowed(
            "Only the account's admins, suppliers and buyers may transfer its credits."
        )


def require_buyer(user: User) -> None:
    if not policy.is_buyer(user):
        raise NotAllowed("Only buyers retire credits.")
