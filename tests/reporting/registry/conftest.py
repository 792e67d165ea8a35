from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from accounts.models import Role
from reporting.registry.checklists import checklist_for
from tests.accounts.factories import MembershipFactory, OrganizationFactory

PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def people(db, settings):
    """The registry cast: CCX staff, a supplier org, a verifier org, a buyer org."""
    settings.REGISTRY_OPERATOR_ORGANIZATION = "CCX Test Operator"
    operator = OrganizationFactory(name="CCX Test Operator")
    supplier_org = OrganizationFactory(name="Rock Removal Ltd")
    verifier_org = OrganizationFactory(name="Independent Verifiers GmbH")
    buyer_org = OrganizationFactory(name="Buyer Corp")

    def user(org, role):
        return MembershipFactory(organization=org, role=role).user

    return {
        "staff": user(operator, Role.ADMIN),
        "staff2": user(operator, Role.ADMIN),
        "analyst": user(operator, Role.ANALYST),
        "supplier": user(supplier_org, Role.SUPPLIER),
        "supplier_admin": user(supplier_org, Role.ADMIN),
        "verifier": user(verifier_org, Role.VERIFIER),
        "other_verifier": user(verifier_org, Role.VERIFIER),
        "buyer": user(buyer_org, Role.BUYER),
        "outsider": user(OrganizationFactory(), Role.ADMIN),
        "supplier_org": supplier_org,
        "verifier_org": verifier_org,
    }


def pdf(name="evidence.pdf", extra=b""):
    return SimpleUploadedFile(name, PDF + extra, content_type="application/pdf")


def project_body(**overrides):
    body = {
        "name": "Highland Basalt Spreading",
        "methodology": "enhanced_weathering",
        "country": "gb",
        "vintage": 2025,
        "region": "Scottish Highlands",
        "latitude": 57.1,
        "longitude": -4.7,
        "summary": "Basalt rock dust spread on farmland.",
        "description": "Detailed description.",
        "methodology_details": "Soil cores every quarter.",
        "monitoring_plan": "Plan.",
        "contact_email": "ops@rock.test",
    }
    body.update(overrides)
    return body


def assessment_body(methodology="enhanced_weathering", quantity="120.500"):
    return {
        "outcome": "positive",
        "statement": "The removal claim is supported by the evidence.",
        "conclusion": "Conclusion for buyers.",
        "verified_quantity": quantity,
        "items": [
            {
                "criterion": c,
                "finding": f"Finding on {c}",
                "severity": "minor",
                "evidence": f"Evidence for {c}",
            }
            for c in checklist_for(methodology)
        ],
    }


def verified_quantity(value):
    return Decimal(value)
