import pytest
from django.core.management import call_command

from accounts.models import Membership, Organization, User
from sites.models import Site

pytestmark = pytest.mark.django_db


def _state():
    return (
        list(Organization.objects.values_list("id", "name")),
        list(User.objects.values_list("id", "email", "password")),
        list(Membership.objects.values_list("id", "role")),
        list(Site.objects.values_list("id", "name")),
    )


def test_create_organization_twice_changes_nothing():
    args = [
        "Acme Energy",
        "--admin-email",
        "a@acme.test",
        "--admin-password",
        "s3cret-Passw0rd",
    ]
    call_command("create_organization", *args)
    first = _state()
    call_command("create_organization", *args)
    assert _state() == first
    user = User.objects.get(email="a@acme.test")
    assert user.check_password("s3cret-Passw0rd")
    assert user.membership.role == "admin"
    assert user.membership.organization.name == "Acme Energy"


def test_seed_demo_twice_changes_nothing():
    call_command("seed_demo")
    first = _state()
    call_command("seed_demo")
    assert _state() == first
    assert Site.objects.count() >= 3
    assert {m.role for m in Membership.objects.all()} == {
        "admin",
        "analyst",
        "supplier",
        "verifier",
        "viewer",
        "buyer",
    }
