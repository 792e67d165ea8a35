"""Which roles may do what (API.md, Accounts and tokens): the one vocabulary.

Code asks for a *capability* (`can(user, "upload_mrv")`), never for a role: DRF
permission classes (`accounts.permissions.capability_permission`), HTML views
(`accounts.decorators.member_required(capability=...)`), services and templates (the
`can` flags of `accounts.context_processors.membership`). `CAPABILITIES` below is the
whole table; README's capability matrix is printed from it by
`tests/accounts/test_capabilities.py`. This module is the only one that names roles
to decide a permission.
"""

from __future__ import annotations

from accounts.models import Role

# The building blocks of the table (private: ask for a capability instead).
_EVERYONE = frozenset(Role.values)
_ADMIN = frozenset({Role.ADMIN})
# Sites, ingestion, results, reviews.
_OPERATORS = frozenset({Role.ADMIN, Role.ANALYST})
# Everyone but suppliers and buyers: sites, jobs, MRV figures.
_OPERATIONS_READERS = frozenset({Role.ADMIN, Role.ANALYST, Role.VERIFIER, Role.VIEWER})
# Suppliers upload and read their own uploads, and record their own factors.
_UPLOADERS = frozenset({Role.ADMIN, Role.ANALYST, Role.SUPPLIER})
# MRV (README, MRV roles): the data engineer (admin) writes plants, statements and
# the files that change CO2-removal figures; the domain expert (verifier) approves.
_MRV_ENGINEERS = _ADMIN

# The one table: capability -> roles that have it. Add a capability here, then ask
# for it by name; a name not in this table is a programming error (KeyError).
CAPABILITIES: dict[str, frozenset[str]] = {
    # Activities to emissions
    "view_uploads": _EVERYONE,  # uploads, results, inventory (suppliers: their own)
    # Without it a member sees only the uploads (activities, results) they made.
    "view_all_uploads": _EVERYONE - {Role.SUPPLIER},
    "upload_activities": _UPLOADERS,
    "review_matches": _OPERATORS,  # review queue, decisions, match examples
    "recalculate": _OPERATORS,
    "edit_targets": _OPERATORS,
    "record_supplier_factors": _UPLOADERS,
    # Without it a member sees, replaces and deletes only the factors they recorded.
    "manage_all_supplier_factors": _OPERATORS,
    "view_scope_overrides": _OPERATIONS_READERS,
    "edit_scope_overrides": _ADMIN,
    "view_factors": _EVERYONE,
    # Sites and jobs
    "view_operations": _OPERATIONS_READERS,  # sites, jobs, ingestion issues
    "view_overview": _OPERATIONS_READERS - {Role.VERIFIER},
    "manage_sites": _OPERATORS,
    "send_readings": _OPERATORS,  # readings through the session (device keys aside)
    "manage_device_keys": _ADMIN,
    "manage_jobs": _ADMIN,
    "triage_issues": _OPERATORS,
    # MRV of CO2 removal
    "view_mrv": _OPERATIONS_READERS,  # totals and trends, plants, statements
    "view_mrv_detail": frozenset({Role.ADMIN, Role.ANALYST, Role.VERIFIER}),
    "upload_mrv": _MRV_ENGINEERS,  # plants, mappings, lab / sensor / operations files, statements
    "approve_mrv": frozenset({Role.VERIFIER}),
    # Registry
    "view_registry": _EVERYONE,
    "create_projects": _UPLOADERS,
    "assess_project": frozenset({Role.VERIFIER}),
    "trade_credits": frozenset({Role.ADMIN, Role.SUPPLIER, Role.BUYER}),
    "buy_credits": frozenset({Role.BUYER}),
    # Registry staff: these roles of the operator organization only
    # (settings.REGISTRY_OPERATOR_ORGANIZATION, reporting.registry.policy). Staff see
    # every project and request changes; staff admins grant verifiers, approve,
    # publish, issue credits and narrow who sees a field.
    "operate_registry": _OPERATORS,
    "administer_registry": _ADMIN,
    # Organization
    "manage_members": _ADMIN,
}

# Who may upload each kind of file (Upload.Kind values): a file carries the write
# capability of the domain its rows feed.
UPLOAD_KINDS = {
    "activities": "upload_activities",
    "lab_results": "upload_mrv",
    "sensor_readings": "upload_mrv",
    "plant_operations": "upload_mrv",
}

# Where a role's work is: `/` (and so the page after login) takes it there. The
# roles not listed land on the overview of sites and jobs (`view_overview`).
LANDING = {
    Role.SUPPLIER: "ingestion:upload-list",
    Role.BUYER: "registry:holdings",
    Role.VERIFIER: "mrv:dashboard",
}

# The dashboard's navigation: page -> the capability its view asks for, so that a
# page a member would get 403 from is not offered.
NAVIGATION = {
    "overview": "view_overview",
    "sites": "view_operations",
    "uploads": "view_uploads",
    "inventory": "view_uploads",
    "factors": "view_factors",
    "mrv": "view_mrv",
    "review": "review_matches",
    "jobs": "view_operations",
    "registry": "view_registry",
    "holdings": "view_registry",
    "members": "manage_members",
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


def check_capabilities(*names: str | None) -> None:
    """Raises KeyError for a name not in CAPABILITIES (None is no capability), so a
    misspelt name fails when the view is defined, not when it is asked."""
    unknown = sorted(name for name in names if name and name not in CAPABILITIES)
    if unknown:
        raise KeyError(f"Unknown capabilities: {', '.join(unknown)}")


def capabilities_of(who) -> dict[str, bool]:
    """Every capability as a flag, for templates (`{% if can.upload_mrv %}`)."""
    role = role_of(who)
    return {name: role in allowed for name, allowed in CAPABILITIES.items()}


def navigation(who) -> dict[str, bool]:
    """The dashboard pages `who` may open, for the navigation (NAVIGATION)."""
    flags = capabilities_of(who)
    return {page: flags[capability] for page, capability in NAVIGATION.items()}


def landing(who) -> str | None:
    """The URL name `/` takes `who` to, or None for the overview (LANDING)."""
    return LANDING.get(role_of(who))


def sees_only_own_uploads(user) -> bool:
    """The one rule of upload visibility: a member without `view_all_uploads` (a
    supplier) sees only their own uploads; no user (a command), everything."""
    return user is not None and not can(user, "view_all_uploads")


def can_upload(who, kind: str) -> bool:
    """The one rule of who may upload which kind of file (UPLOAD_KINDS); an unknown
    kind, nobody."""
    capability = UPLOAD_KINDS.get(kind)
    return capability is not None and can(who, capability)
