import importlib
from pathlib import Path

import factory
import pytest
from django.apps import apps

TESTS = Path(__file__).parent
# The project's own apps, wherever they sit in the folders (carbon.jobs,
# reporting.issues…): a new app is covered without being listed.
PROJECT_PACKAGES = ("carbon", "accounts", "sites", "ingestion", "matching", "reporting")
PROJECT_MODELS = sorted(
    (
        model
        for config in apps.get_app_configs()
        if config.name.split(".")[0] in PROJECT_PACKAGES
        for model in config.get_models()
    ),
    key=lambda model: model._meta.label,
)

for path in sorted(TESTS.rglob("*factories.py")):
    importlib.import_module(
        ".".join(path.relative_to(TESTS.parent).with_suffix("").parts)
    )


def _subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def _factories_of(model) -> list[type]:
    return sorted(
        {
            found
            for found in _subclasses(factory.django.DjangoModelFactory)
            if found._meta.model is model
            and found.__module__.endswith("factories")
            and not found.__name__.startswith("_")
        },
        key=lambda found: found.__name__,
    )


@pytest.mark.parametrize("model", PROJECT_MODELS, ids=lambda m: m._meta.label)
def test_every_model_has_one_factory_valid_in_the_database(db, model):
    factories = _factories_of(model)
    assert [f.__name__ for f in factories] == [f"{model.__name__}Factory"]

    instance = factories[0]()

    instance.full_clean()
    assert model._base_manager.filter(pk=instance.pk).exists()
