from django.core.management.base import BaseCommand

from carbon.jobs.services import schedules_sync


class Command(BaseCommand):
    help = "Create or update the periodic schedules declared in each app's tasks.SCHEDULES."

    def handle(self, *args, **options):
        names = schedules_sync()
        self.stdout.write(f"{len(names)} schedules in place: {', '.join(names)}")
