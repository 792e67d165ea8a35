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
# Supplier-specific factors: the organization records its suppliers'; a supplier
# member records (and sees) only their own (reporting.supplier_factors).
SUPPLIER_FACTORS = frozenset({Role.ADMIN, Role.ANALYST, Role.SUPPLIER})
# Roles that see only the uploads (and their activities and results) they made.
OWN_UPLOADS_ONLY = frozenset({Role.SUPPLIER})
# MRV (README, MRV roles): the data engineer (admin) writes plants, statements
# and the files that change CO2-removal figures.
MRV_WRITE = ADMIN
# MRV pages and API (reporting.mrv.permissions): everyone but suppliers and buyers.
MRV_READ = READ_OPERATIONS
# Where a role's work is: `/` (and so the page after login) takes it there. The
# roles not listed land on the overview of sites and jobs.
LANDING = {
    Role.SUPPLIER: "ingestion:upload-list",
    Role.BUYER: "registry:holdings",
    Role.VERIFIER: "mrv:dashboard",
}
OVERVIEW = frozenset(role for role in READ_OPERATIONS if role not in LANDING)
# Who may upload each kind of file (Upload.Kind values): a file carries the write
# permission of the domain its rows feed.
UPLOAD_KINDS = {
    "activities": UPLOAD,
    "lab_results": MRV_WRITE,
    "sensor_readings": MRV_WRITE,
    "plant_operations": MRV_WRITE,
}


def sees_only_own_uploads(user) -> bool:
    """The one rule of upload visibility: a supplier sees only their own uploads."""
    return user is not None and getattr(user, "role", None) in OWN_UPLOADS_ONLY


def can_upload(role: str | None, kind: str) -> bool:
    """The one rule of who may upload which kind of file; an unknown kind, nobody."""
    return role in UPLOAD_KINDS.get(kind, frozenset())


def navigation(role: str | None) -> dict[str, bool]:
    """The dashboard pages `role` may open (the same sets their views check), for
    the navigation; a page a role would get 403 from is not offered."""
    return {
        "overview": role in OVERVIEW,
        "sites": role in READ_OPERATIONS,
        "uploads": role in READ_UPLOADS,
        "inventory": role in READ_UPLOADS,
        "factors": role in ALL,
        "mrv": role in MRV_READ,
        "review": role in OPERATE,
        "jobs": role in READ_OPERATIONS,
        "registry": role in ALL,
        "holdings": role in ALL,
        "members": role in ADMIN,
    }
