from django.apps import AppConfig


class IngestionConfig(AppConfig):
    name = "ingestion"
    label = "ingestion"
    default_auto_field = "django.db.models.BigAutoField"
