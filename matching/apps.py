from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "matching"
    label = "matching"
    default_auto_field = "django.db.models.BigAutoField"
