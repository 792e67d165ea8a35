from django.apps import AppConfig


class CarbonConfig(AppConfig):
    name = "carbon"
    label = "carbon"
    verbose_name = "Platform"
    default_auto_field = "django.db.models.BigAutoField"
