from django.core.management.base import BaseCommand, CommandError

from accounts.services import organization_create
from carbon.exceptions import ApplicationError


class Command(BaseCommand):
    help = "Create an organization and its admin user (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("name")
        parser.add_argument("--admin-email", required=True)
        parser.add_argument("--admin-password", required=True)
        parser.add_argument("--region", default="US", choices=["US", "GB"])

    def handle(self, *args, name, admin_email, admin_password, region, **options):
        try:
            setup = organization_create(
                name=name,
                admin_email=admin_email,
                admin_password=admin_password,
                default_region=region,
            )
        except ApplicationError as exc:
            raise CommandError(exc.detail) from exc
        verb = "Created" if setup.organization_created else "Found"
        self.stdout.write(
            f"{verb} organization {setup.organization.name} ({setup.organization.pk})"
        )
        verb = "Created" if setup.admin_created else "Found"
        self.stdout.write(f"{verb} admin {setup.admin.email}")
