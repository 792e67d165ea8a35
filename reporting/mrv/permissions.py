"""The seed's roles on the platform's: data engineer = admin, data scientist =
analyst (read + export), domain expert = verifier (approves), stakeholder = viewer
(totals and trends only)."""

from accounts import roles
from accounts.models import Role
from accounts.permissions import role_permission

ENGINEER = roles.MRV_WRITE
DETAIL_READERS = frozenset({Role.ADMIN, Role.ANALYST, Role.VERIFIER})
EVERYONE = roles.MRV_READ
REVIEWERS = frozenset({Role.VERIFIER})

PlantPermission = role_permission(read=EVERYONE, write=ENGINEER)
RemovalPermission = role_permission(read=DETAIL_READERS)
SummaryPermission = role_permission(read=EVERYONE)
StatementPermission = role_permission(read=EVERYONE, write=ENGINEER)
ReviewPermission = role_permission(read=EVERYONE, write=REVIEWERS)
