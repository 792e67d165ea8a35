# The platform's ground moved from `carbon` to `carbon.core` (issue 20): the one task
# that lives there changed its dotted path. Queued jobs and schedules that name the old
# path are rewritten, so work queued before the upgrade still runs after it.
from django.db import migrations

MOVED_PATHS = [
    ("carbon.programs.program_task", "carbon.core.programs.program_task"),
]


def rewrite_paths(old_to_new):
    def run(apps, schema_editor):
        with schema_editor.connection.cursor() as cursor:
            cursor.execute("SELECT to_regclass('django_q_schedule') IS NOT NULL")
            has_schedules = cursor.fetchone()[0]
            for old, new in old_to_new:
                cursor.execute(
                    "UPDATE carbon_job SET func = %s WHERE func = %s", [new, old]
                )
                if has_schedules:
                    cursor.execute(
                        "UPDATE django_q_schedule SET func = %s WHERE func = %s",
                        [new, old],
                    )

    return run


class Migration(migrations.Migration):
    dependencies = [("jobs", "0002_job_dispatched_at")]

    operations = [
        migrations.RunPython(
            rewrite_paths(MOVED_PATHS),
            rewrite_paths([(new, old) for old, new in MOVED_PATHS]),
        ),
    ]
