"""Demo data for `make run`: an organization, a user per role, a few sites."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction

from accounts.models import Role
from accounts.services import organization_create, user_ensure
from carbon.core.demo_credentials import (
    DEMO_ADMIN_EMAIL,
    DEMO_ORGANIZATION,
    DEMO_PASSWORD,
)
from reporting.registry.demo import registry_demo_seed
from sites.models import Site
from sites.selectors import site_list
from sites.services import site_create

DEMO_USERS = {
    Role.ADMIN: DEMO_ADMIN_EMAIL,
    Role.ANALYST: "analyst@demo.carbon.test",
    Role.SUPPLIER: "supplier@demo.carbon.test",
    Role.VERIFIER: "verifier@demo.carbon.test",
    Role.VIEWER: "viewer@demo.carbon.test",
}
DEMO_SITES = [
    {
        "name": "Well Pad 7",
        "kind": Site.Kind.WELL_PAD,
        "emission_limit": Decimal(1500),
        "metadata": {"operator": "Demo Energy", "basin": "Permian"},
        "latitude": 31.9,
        "longitude": -102.1,
    },
    {
        "name": "Compressor Station North",
        "kind": Site.Kind.COMPRESSOR_STATION,
        "emission_limit": Decimal(5000),
        "metadata": {"basin": "Permian"},
        "latitude": 32.1,
        "longitude": -102.4,
    },
    {
        "name": "Gas Plant 2",
        "kind": Site.Kind.PROCESSING_PLANT,
        "emission_limit": Decimal(20000),
        "metadata": {"basin": "Delaware"},
        "latitude": 31.4,
        "longitude": -103.5,
    },
]


@dataclass(frozen=True)
class DemoSeed:
    organization_name: str
    admin_email: str
    password: str
    sites_created: int


@transaction.atomic
def demo_seed() -> DemoSeed:
    """Idempotent: running it again creates nothing new."""
    setup = organization_create(
        name=DEMO_ORGANIZATION,
        admin_email=DEMO_USERS[Role.ADMIN],
        admin_password=DEMO_PASSWORD,
        # The demo's sites are in the Permian basin: US dollars, month-first dates.
        default_currency="USD",
        country="US",
    )
    organization = setup.organization
    for role, email in DEMO_USERS.items():
        user_ensure(
            organization=organization, email=email, password=DEMO_PASSWORD, role=role
        )
    existing = set(site_list(organization=organization).values_list("name", flat=True))
    created = 0
    for spec in DEMO_SITES:
        if spec["name"] not in existing:
            site_create(organization=organization, **spec)
            created += 1
    registry_demo_seed(password=DEMO_PASSWORD)
    return DemoSeed(organization.name, DEMO_USERS[Role.ADMIN], DEMO_PASSWORD, created)
