# IngestionIssue moved here from the registry app (issue 20). The table, its
# constraint and its index keep their names: this migration only takes the model into
# the new app's state (registry/0006 took it out of the registry's), moves its content
# type (so permissions and admin history follow) and rewrites the task path that
# stored jobs and the detection schedule name.

import django.db.models.deletion
import uuid
from django.conf import settings
from django.db import migrations, models

from carbon.jobs.moves import content_type_move, task_paths_move

MOVED_PATHS = [
    (
        "reporting.registry.tasks.ingestion_issues_detect",
        "reporting.issues.tasks.ingestion_issues_detect",
    ),
]


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('accounts', '0004_members_invitations_audit'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('jobs', '0003_core_task_paths'),
        ('registry', '0006_move_ingestionissue_to_issues'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='IngestionIssue',
                    fields=[
                        ('id', models.UUIDField(default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                        ('kind', models.CharField(choices=[('failed_upload', 'Failed upload'), ('row_errors', 'Row errors'), ('failed_job', 'Failed job'), ('mrv_qaqc', 'MRV QA/QC issue')], max_length=16)),
                        ('fingerprint', models.CharField(max_length=200)),
                        ('source_type', models.CharField(max_length=32)),
                        ('source_id', models.UUIDField()),
                        ('title', models.CharField(max_length=300)),
                        ('detail', models.TextField(blank=True)),
                        ('occurrences', models.PositiveIntegerField(default=1)),
                        ('status', models.CharField(choices=[('open', 'Open'), ('acknowledged', 'Acknowledged'), ('resolved', 'Resolved')], default='open', max_length=16)),
                        ('first_seen_at', models.DateTimeField()),
                        ('updated_at', models.DateTimeField(auto_now=True)),
                        ('resolved_at', models.DateTimeField(blank=True, null=True)),
                        ('assignee', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('organization', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='accounts.organization')),
                    ],
                    options={
                        'db_table': 'registry_ingestionissue',
                        'ordering': ['-first_seen_at'],
                        'indexes': [models.Index(fields=['organization', 'status', '-first_seen_at'], name='registry_in_organiz_cacdd0_idx')],
                        'constraints': [models.UniqueConstraint(fields=('organization', 'fingerprint'), name='registry_issue_unique_source')],
                    },
                ),
            ],
            database_operations=[],
        ),
        content_type_move("registry", "issues", "ingestionissue"),
        task_paths_move(MOVED_PATHS),
    ]
