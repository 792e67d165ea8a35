# The platform's ground moved from `carbon` to `carbon.core` (issue 20): the one task
# that lives there changed its dotted path. Queued jobs and schedules that name the old
# path are rewritten, so work queued before the upgrade still runs after it.
from django.db import migrations

from carbon.jobs.moves import task_paths_move


class Migration(migrations.Migration):
    dependencies = [("jobs", "0002_job_dispatched_at")]

    operations = [
        task_paths_move(
            [("carbon.programs.program_task", "carbon.core.programs.program_task")]
        ),
    ]
