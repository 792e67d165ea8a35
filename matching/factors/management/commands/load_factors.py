from django.core.management.base import BaseCommand

from matching.factors.loaders import factor_library_load


class Command(BaseCommand):
    help = "Load the vendored emission-factor sets (idempotent: unchanged files are skipped)."

    def handle(self, *args, **options):
        for result in factor_library_load():
            state = "unchanged" if result.skipped else f"{result.loaded} factors loaded"
            self.stdout.write(f"{result.source} {result.version}: {state}")
