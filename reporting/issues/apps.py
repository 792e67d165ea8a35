from django.apps import AppConfig


class IssuesConfig(AppConfig):
    name = "reporting.issues"
    label = "issues"
    verbose_name = "Ingestion issues"
    default_auto_field = "django.db.models.BigAutoField"
