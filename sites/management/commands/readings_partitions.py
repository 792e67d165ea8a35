from datetime import date

from django.core.management.base import BaseCommand

from sites.services.partitions import month_add, readings_partitions_ensure


class Command(BaseCommand):
    help = (
        "Create the readings partitions of this month and the coming ones; with "
        "--from YYYY-MM also every month since then (rows are moved out of DEFAULT)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="start", help="YYYY-MM")

    def handle(self, *args, start=None, **options):
        months = None
        if start:
            year, month = (int(part) for part in start.split("-"))
            first, months = date(year, month, 1), set()
            today = date.today().replace(day=1)
            while first <= month_add(today, 3):
                months.add(first)
                first = month_add(first, 1)
        result = readings_partitions_ensure(months=months)
        self.stdout.write(
            f"{len(result.created)} partitions created, {result.rows_moved} rows moved "
            "out of the default partition."
        )
