from django.db import migrations

IMMUTABLE = """
CREATE FUNCTION registry_transition_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'registry_projecttransition rows are immutable (% refused)', TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
CREATE TRIGGER registry_transition_no_update
    BEFORE UPDATE OR DELETE ON registry_projecttransition
    FOR EACH ROW EXECUTE FUNCTION registry_transition_immutable();
"""
MUTABLE = """
DROP TRIGGER IF EXISTS registry_transition_no_update ON registry_projecttransition;
DROP FUNCTION IF EXISTS registry_transition_immutable();
"""


def name_search_index_create(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        if cursor.fetchone():
            cursor.execute(
                "CREATE INDEX registry_pub_name_trgm_idx ON registry_project "
                "USING gin ((upper(name::text)) gin_trgm_ops) "
                "WHERE state = 'published'"
            )


def name_search_index_drop(apps, schema_editor):
    schema_editor.execute("DROP INDEX IF EXISTS registry_pub_name_trgm_idx")


class Migration(migrations.Migration):
    dependencies = [("registry", "0001_initial")]

    operations = [
        migrations.RunSQL(
            "CREATE SEQUENCE registry_project_number_seq START 1",
            "DROP SEQUENCE registry_project_number_seq",
        ),
        migrations.RunSQL(IMMUTABLE, MUTABLE),
        # Public search: UPPER(name) LIKE UPPER('%…%') answered by a trigram index
        # where pg_trgm is installed; elsewhere a scan of the published rows.
        migrations.RunPython(name_search_index_create, name_search_index_drop),
        migrations.RunSQL(
            "INSERT INTO registry_serialcounter (id, next_serial) VALUES (1, 1) "
            "ON CONFLICT DO NOTHING",
            migrations.RunSQL.noop,
        ),
    ]
