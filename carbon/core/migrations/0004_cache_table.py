from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    # The throttles and allauth's rate limits keep their counters in the database
    # cache (shared by every process): `migrate` alone must leave it usable.
    call_command("createcachetable", database=schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [("carbon", "0003_delete_job")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
