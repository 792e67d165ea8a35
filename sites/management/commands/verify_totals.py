from django.core.management.base import BaseCommand, CommandError

from sites.services.maintenance import site_totals_verify


class Command(BaseCommand):
    help = (
        "Recompute every site's total from its stored readings and report drift. "
        "Exits non-zero if any site's total differs."
    )

    def handle(self, *args, **options):
        result = site_totals_verify()
        for drift in result.drifts:
            self.stdout.write(
                f"DRIFT {drift.site_id} {drift.name!r}: recorded "
                f"{drift.recorded_total}, readings sum to {drift.readings_total} "
                f"(drift {drift.drift})"
            )
        if result.drifts:
            raise CommandError(
                f"{len(result.drifts)} of {result.sites_checked} site totals drifted."
            )
        self.stdout.write(
            f"OK: {result.sites_checked} site totals match their readings."
        )
