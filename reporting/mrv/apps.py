from django.apps import AppConfig


class MrvConfig(AppConfig):
    name = "reporting.mrv"
    label = "mrv"
    verbose_name = "MRV of CO2 removal"
    default_auto_field = "django.db.models.BigAutoField"
