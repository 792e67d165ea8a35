from django.apps import AppConfig


class ReportingConfig(AppConfig):
    name = "reporting"
    label = "reporting"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # A person's match decision (matching, the layer below) recalculates the
        # activities' emissions in the same transaction.
        from matching.signals import activities_rematched  # noqa: PLC0415 - app registry
        from reporting.services import emissions_recalculate_on_rematch  # noqa: PLC0415 - app registry

        activities_rematched.connect(
            emissions_recalculate_on_rematch, dispatch_uid="reporting.recalculate"
        )
