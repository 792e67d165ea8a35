"""Which roles may do what (API.md, Accounts and tokens)."""

from accounts.models import Role

ALL = frozenset(Role.values)
ADMIN = frozenset({Role.ADMIN})
# Sites, ingestion, results, reviews.
OPERATE = frozenset({Role.ADMIN, Role.ANALYST})
READ_OPERATIONS = frozenset({Role.ADMIN, Role.ANALYST, Role.VERIFIER, Role.VIEWER})
# Uploads: suppliers upload and read their own.
UPLOAD = frozenset({Role.ADMIN, Role.ANALYST, Role.SUPPLIER})
READ_UPLOADS = ALL
# Roles that see only the uploads (and their activities and results) they made.
OWN_UPLOADS_ONLY = frozenset({Role.SUPPLIER})


def sees_only_own_uploads(user) -> bool:
    """The one rule of upload visibility: a supplier sees only their own uploads."""
    return user is not None and getattr(user, "role", None) in OWN_UPLOADS_ONLY
