from django.core.management.base import BaseCommand

from carbon.demo import demo_seed


class Command(BaseCommand):
    help = "Load the demo organization, its users and sites (idempotent)."

    def handle(self, *args, **options):
        seed = demo_seed()
        self.stdout.write(
            f"Demo organization {seed.organization_name}: admin {seed.admin_email} / "
            f"{seed.password} ({seed.sites_created} new sites)"
        )
