"""Registry demo data for `make run`: an operator, a supplier, a verifier and a
buyer organization, and projects at several steps of the workflow, all made
through the services. Idempotent: once the supplier has projects, nothing new."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import transaction

from accounts.models import Role
from accounts.services import organization_create, user_ensure
from reporting.registry.checklists import checklist_for
from reporting.registry.models import Project
from reporting.registry.services.issuance import credits_issue
from reporting.registry.services.projects import project_create
from reporting.registry.services.trading import credits_retire, credits_transfer
from reporting.registry.services.verification import (
    assessment_file,
    verifier_grant_create,
)
from reporting.registry.services.workflow import (
    project_approve,
    project_publish,
    project_submit,
)

SUPPLIER_ORGANIZATION = "Demo Rock Removal"
USERS = {
    "staff": ("staff@ccx.demo.carbon.test", Role.ADMIN),
    "approver": ("approver@ccx.demo.carbon.test", Role.ADMIN),
    "supplier": ("supplier@rock.demo.carbon.test", Role.SUPPLIER),
    "verifier": ("verifier@verifiers.demo.carbon.test", Role.VERIFIER),
    "buyer": ("buyer@buyer.demo.carbon.test", Role.BUYER),
}
ORGANIZATIONS = {
    "staff": None,  # the operator, settings.REGISTRY_OPERATOR_ORGANIZATION
    "approver": None,
    "supplier": SUPPLIER_ORGANIZATION,
    "verifier": "Demo Independent Verifiers",
    "buyer": "Demo Climate Buyer",
}
PROJECTS = [
    {
        "name": "Highland Basalt Spreading",
        "methodology": "enhanced_weathering",
        "country": "GB",
        "vintage": 2025,
        "region": "Scottish Highlands",
        "latitude": 57.1,
        "longitude": -4.7,
        "summary": "Basalt rock dust spread on 1,200 ha of farmland.",
        "description": "Quarry fines from a local basalt quarry, spread annually.",
        "monitoring_plan": "Soil cores every quarter, porewater sampling monthly.",
        "contact_email": "ops@rock.demo.carbon.test",
    },
    {
        "name": "Harbour Wastewater Alkalinity",
        "methodology": "wastewater_alkalinity",
        "country": "US",
        "vintage": 2025,
        "region": "California",
        "summary": "Alkalinity dosing at a municipal wastewater plant.",
    },
    {
        "name": "Lagoon Biochar",
        "methodology": "biochar",
        "country": "KE",
        "vintage": 2026,
        "summary": "Biochar from sugarcane residue.",
    },
]


def _users(password: str) -> dict:
    users = {}
    for key, (email, role) in USERS.items():
        name = ORGANIZATIONS[key] or settings.REGISTRY_OPERATOR_ORGANIZATION
        setup = organization_create(
            name=name,
            admin_email=email if role == Role.ADMIN else f"admin@{email.split('@')[1]}",
            admin_password=password,
        )
        users[key], _ = user_ensure(
            organization=setup.organization, email=email, password=password, role=role
        )
    return users


@transaction.atomic
def registry_demo_seed(*, password: str) -> int:
    """Returns the number of projects created."""
    users = _users(password)
    supplier = users["supplier"]
    if Project.objects.for_organization(supplier.organization).exists():
        return 0
    published, in_review, _draft = (
        project_create(user=supplier, **spec) for spec in PROJECTS
    )
    for project in (published, in_review):
        project_submit(project=project, user=supplier)
        verifier_grant_create(
            project=project, user=users["staff"], verifier=users["verifier"]
        )
    assessment_file(
        project=published,
        user=users["verifier"],
        outcome="positive",
        statement="The removal claim is supported by soil and porewater evidence.",
        conclusion="Weathering rates in line with the methodology; minor gaps.",
        verified_quantity=Decimal("1250.000"),
        items=[
            {
                "criterion": criterion,
                "finding": "Meets the methodology's requirement.",
                "severity": "observation",
                "evidence": "Lab reports Q1-Q4.",
            }
            for criterion in checklist_for(published.methodology)
        ],
    )
    project_approve(project=published, user=users["approver"])
    project_publish(project=published, user=users["staff"])
    batch = credits_issue(project=published, user=users["staff"])
    # The buyer journey: the supplier sells 300 credits, the buyer retires 100.
    credits_transfer(
        holding=batch.holdings.get(),
        user=supplier,
        quantity=300,
        to_organization=users["buyer"].organization,
    )
    credits_retire(
        batch=batch,
        user=users["buyer"],
        serial_start=batch.serial_start,
        serial_end=batch.serial_start + 99,
        beneficiary="Demo Climate Buyer",
        reason="2025 climate commitment",
    )
    return len(PROJECTS)
