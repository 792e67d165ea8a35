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
