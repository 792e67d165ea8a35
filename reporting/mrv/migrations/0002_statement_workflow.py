# Statements move by django-fsm transitions and log into the shared transition log
# (carbon.core.workflow). State only: the table keeps its columns (action,
# from_status, to_status, at), now behind the log's field names.

import django_fsm
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("mrv", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="statement",
                    name="status",
                    field=django_fsm.FSMField(
                        choices=[
                            ("computed", "Computed"),
                            ("submitted", "Submitted"),
                            ("approved", "Approved"),
                            ("changes_requested", "Changes requested"),
                        ],
                        default="computed",
                        max_length=20,
                    ),
                ),
                migrations.RenameField(
                    model_name="statementevent", old_name="action", new_name="name"
                ),
                migrations.AlterField(
                    model_name="statementevent",
                    name="name",
                    field=models.CharField(db_column="action", max_length=32),
                ),
                migrations.RenameField(
                    model_name="statementevent",
                    old_name="from_status",
                    new_name="source",
                ),
                migrations.AlterField(
                    model_name="statementevent",
                    name="source",
                    field=models.CharField(
                        blank=True, db_column="from_status", max_length=20
                    ),
                ),
                migrations.RenameField(
                    model_name="statementevent",
                    old_name="to_status",
                    new_name="target",
                ),
                migrations.AlterField(
                    model_name="statementevent",
                    name="target",
                    field=models.CharField(db_column="to_status", max_length=20),
                ),
                migrations.RenameField(
                    model_name="statementevent", old_name="at", new_name="created_at"
                ),
                migrations.AlterField(
                    model_name="statementevent",
                    name="created_at",
                    field=models.DateTimeField(auto_now_add=True, db_column="at"),
                ),
                migrations.AlterModelOptions(
                    name="statementevent",
                    options={"ordering": ["statement", "created_at", "id"]},
                ),
            ],
            database_operations=[],
        ),
    ]
