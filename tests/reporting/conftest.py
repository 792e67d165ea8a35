from tests.matching.fixtures import factors  # noqa: F401
