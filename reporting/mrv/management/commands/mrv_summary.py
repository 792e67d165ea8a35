from django.core.management.base import BaseCommand, CommandError

from accounts.models import Organization
from reporting.mrv.selectors import removal_summary


class Command(BaseCommand):
    help = "Print days per flag and total t CO2 of VALID days per plant."

    def add_arguments(self, parser):
        parser.add_argument("organization", help="Organization name")
        parser.add_argument("--from", dest="start", default="")
        parser.add_argument("--to", dest="end", default="")
        parser.add_argument("--plant", default="")

    def handle(self, *args, organization, start, end, plant, **options):
        org = Organization.objects.filter(name=organization).first()
        if org is None:
            raise CommandError(f"No organization named {organization!r}.")
        filters = {"from": start, "to": end, "plant": plant}
        summary = removal_summary(organization=org, filters=filters)
        self.stdout.write(f"MRV summary {start or '…'} to {end or '…'}")
        for entry in summary["plants"]:
            flags = ", ".join(f"{k} {v}" for k, v in entry["days_by_flag"].items())
            self.stdout.write(
                f"{entry['plant']}: {entry['co2_t']:.6f}"
                f" ± {entry['co2_t_uncertainty']:.6f}"
                f" t CO2 (VALID days) | {entry['days']} days: {flags}"
            )
        self.stdout.write(
            f"TOTAL: {summary['co2_t']:.6f} ± {summary['co2_t_uncertainty']:.6f} t CO2"
        )
