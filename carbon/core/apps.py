from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "carbon.core"
    label = "carbon"
    verbose_name = "Platform"
    default_auto_field = "django.db.models.BigAutoField"
