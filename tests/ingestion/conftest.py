from tests.matching.fixtures import django_db_setup, factors  # noqa: F401
