"""Migration operations for code that moves: a task's dotted path and a model's
content type. Queued jobs (`carbon_job.func`) and django-q schedules name tasks by
path, and permissions and admin history follow a content type; when a task or a model
moves app or module, a migration rewrites them with these, so work queued before an
upgrade still runs after it (ARCHITECTURE.md, ADR-008)."""

from __future__ import annotations

from django.db import migrations


def _rewrite(old_to_new):
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
                    # A schedule that runs a tracked task names it in its args.
                    cursor.execute(
                        "UPDATE django_q_schedule SET args = replace(args, %s, %s)",
                        [repr(old), repr(new)],
                    )

    return run


def task_paths_move(old_to_new: list[tuple[str, str]]) -> migrations.RunPython:
    """Rewrite the stored task paths `old -> new` (and back on unapply)."""
    return migrations.RunPython(
        _rewrite(old_to_new), _rewrite([(new, old) for old, new in old_to_new])
    )


def _move_content_type(old_label: str, new_label: str, model: str):
    def run(apps, schema_editor):
        content_type = apps.get_model("contenttypes", "ContentType")
        if not content_type.objects.filter(app_label=new_label, model=model).exists():
            content_type.objects.filter(app_label=old_label, model=model).update(
                app_label=new_label
            )

    return run


def content_type_move(
    old_label: str, new_label: str, model: str
) -> migrations.RunPython:
    """Move a model's content type to its new app (and back on unapply)."""
    return migrations.RunPython(
        _move_content_type(old_label, new_label, model),
        _move_content_type(new_label, old_label, model),
    )
