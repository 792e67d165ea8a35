from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from accounts.services import organization_create
from carbon.core.exceptions import ApplicationError


class Command(BaseCommand):
    help = "Create an organization and its admin user (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("name")
        parser.add_argument("--admin-email", required=True)
        parser.add_argument("--admin-password", required=True)
        parser.add_argument("--region", default="US", choices=["US", "GB"])
        parser.add_argument(
            "--currency",
            default="",
            help="ISO 4217 code of files without a currency column (default: the "
            "region's, GBP or USD).",
        )
        parser.add_argument(
            "--country",
            default="",
            help="ISO 3166 alpha-2 code; US reads ambiguous dates month first, "
            "others day first (default: the region's).",
        )

    def handle(
        self,
        *args,
        name,
        admin_email,
        admin_password,
        region,
        currency,
        country,
        **options,
    ):
        try:
            setup = organization_create(
                name=name,
                admin_email=admin_email,
                admin_password=admin_password,
                default_region=region,
                default_currency=currency,
                country=country,
            )
        except ApplicationError as exc:
            raise CommandError(exc.detail) from exc
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from exc
        verb = "Created" if setup.organization_created else "Found"
        self.stdout.write(
            f"{verb} organization {setup.organization.name} ({setup.organization.pk})"
        )
        verb = "Created" if setup.admin_created else "Found"
        self.stdout.write(f"{verb} admin {setup.admin.email}")
