"""Moving a test database to a migration state and back (migration tests)."""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def migrate(targets):
    """Migrate to `targets` ((app, name or None) pairs); returns the apps of that
    state, for the models as they were."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(
        [target for target in targets if target[1] is not None]
    ).apps


def migrate_to_latest():
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    return migrate(executor.loader.graph.leaf_nodes())
