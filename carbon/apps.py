from django.apps import AppConfig


class ProjectConfig(AppConfig):
    """The project top (ARCHITECTURE.md, ADR-008): no models, its management commands
    (`seed_demo`). The platform's ground is the app `carbon.core` (label `carbon`)."""

    name = "carbon"
    label = "project"
    verbose_name = "Project"
