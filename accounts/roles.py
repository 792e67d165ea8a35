"""Which roles may do what (API.md, Accounts and tokens): the one vocabulary.

Code asks for a *capability* (`can(user, "upload_mrv")`), never for a role: DRF
permission classes (`accounts.permissions.capability_permission`), HTML views
(`accounts.decorators.member_required(capability=...)`), services and templates (the
`can` flags of `accounts.context_processors.membership`). `CAPABILITIES` below is the
whole table; README's capability matrix is printed from it by
`tests/accounts/test_capabilities.py`.
"""

from __future__ import annotations

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


# The one table: capability -> roles that have it. Add a capability here, then ask
# for it by name; a name not in this table is a programming error (KeyError).
CAPABILITIES: dict[str, frozenset[str]] = {
    # Activities to emissions
    "view_uploads": READ_UPLOADS,  # uploads, results, inventory (suppliers: their own)
    "upload_activities": UPLOAD_KINDS["activities"],
    "review_matches": OPERATE,  # review queue, decisions, match examples
    "recalculate": OPERATE,
    "edit_targets": OPERATE,
    "record_supplier_factors": SUPPLIER_FACTORS,
    "view_scope_overrides": READ_OPERATIONS,
    "edit_scope_overrides": ADMIN,
    "view_factors": ALL,
    # Sites and jobs
    "view_operations": READ_OPERATIONS,  # sites, jobs, ingestion issues
    "view_overview": OVERVIEW,
    "manage_sites": OPERATE,
    "manage_device_keys": ADMIN,
    "manage_jobs": ADMIN,
    "triage_issues": OPERATE,
    # MRV of CO2 removal
    "view_mrv": MRV_READ,
    "view_mrv_detail": frozenset({Role.ADMIN, Role.ANALYST, Role.VERIFIER}),
    "upload_mrv": MRV_WRITE,  # plants, mappings, lab / sensor / operations files, statements
    "approve_mrv": frozenset({Role.VERIFIER}),
    # Registry
    "view_registry": ALL,
    "create_projects": frozenset({Role.ADMIN, Role.ANALYST, Role.SUPPLIER}),
    "assess_project": frozenset({Role.VERIFIER}),
    "trade_credits": frozenset({Role.ADMIN, Role.SUPPLIER, Role.BUYER}),
    "buy_credits": frozenset({Role.BUYER}),
    # Organization
    "manage_members": ADMIN,
}


def role_of(who) -> str | None:
    """The role of a role string, a Membership, or a user (its active membership);
    None for anonymous users and inactive members."""
    if who is None or isinstance(who, str):
        return who
    if hasattr(who, "organization_id") and hasattr(who, "status"):  # a Membership
        return who.role if who.is_active else None
    if not getattr(who, "is_authenticated", False):
        return None
    membership = getattr(who, "membership", None)
    if membership is None or not membership.is_active:
        return None
    return membership.role


def can(who, capability: str) -> bool:
    """Whether `who` (a role, a Membership or a user) has `capability`."""
    return role_of(who) in CAPABILITIES[capability]


def capabilities_of(who) -> dict[str, bool]:
    """Every capability as a flag, for templates (`{% if can.upload_mrv %}`)."""
    role = role_of(who)
    return {name: role in allowed for name, allowed in CAPABILITIES.items()}
