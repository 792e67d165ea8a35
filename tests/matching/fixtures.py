import pytest

from matching.factors.loaders import factor_library_load


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        factor_library_load()


@pytest.fixture
def factors(db):
    """The real factor library (loaded once per session; idempotent re-check)."""
    factor_library_load()
