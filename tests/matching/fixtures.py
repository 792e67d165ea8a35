import pytest

from matching.services.factors import factor_library_load


@pytest.fixture
def factors(db):
    """The real factor library (idempotent; re-loaded after transactional tests)."""
    factor_library_load()
