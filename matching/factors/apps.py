from django.apps import AppConfig


class FactorsConfig(AppConfig):
    name = "matching.factors"
    label = "factors"
    verbose_name = "Emission factors"
    default_auto_field = "django.db.models.BigAutoField"
