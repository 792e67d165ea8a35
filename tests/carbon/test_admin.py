import pytest
from django.apps import apps
from django.contrib import admin
from django.urls import reverse

from accounts.models import User

pytestmark = pytest.mark.django_db

PLATFORM_APPS = [
    "accounts",
    "carbon",
    "sites",
    "ingestion",
    "matching",
    "reporting",
    "mrv",
]
# Readings have a composite primary key, which the Django admin cannot page through;
# they are read through the readings API and each site's page instead.
WITHOUT_ADMIN = {"sites.Reading"}
MODELS = [
    model
    for label in PLATFORM_APPS
    for model in apps.get_app_config(label).get_models()
    if model._meta.label not in WITHOUT_ADMIN
]


def _has_organization(model) -> bool:
    return any(field.name == "organization" for field in model._meta.fields)


@pytest.fixture
def superuser_client(client):
    user = User.objects.create_superuser("root@example.test", "x-very-secret-1")
    client.force_login(user)
    return client


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.label)
def test_every_model_has_an_admin_changelist(superuser_client, model):
    assert model in admin.site._registry
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    assert superuser_client.get(url).status_code == 200


@pytest.mark.parametrize(
    "model", [m for m in MODELS if _has_organization(m)], ids=lambda m: m._meta.label
)
def test_organization_owned_models_filter_by_organization(
    superuser_client, model, organization
):
    model_admin = admin.site._registry[model]
    assert "organization" in [str(f) for f in model_admin.list_filter]
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    response = superuser_client.get(
        url, {"organization__id__exact": str(organization.pk)}
    )
    assert response.status_code == 200
