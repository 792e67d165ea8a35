from django.core.management.base import BaseCommand

from matching.ai.workers import ai_batches_drain


class Command(BaseCommand):
    help = (
        "Work through pending AI matching batches with N threads (the `ai` job "
        "profile does the same one batch per job); exits when idle."
    )

    def add_arguments(self, parser):
        parser.add_argument("--threads", type=int, default=10)
        parser.add_argument(
            "--idle-seconds",
            type=float,
            default=0.0,
            help="Keep polling this long after the last batch before exiting.",
        )

    def handle(self, *args, threads: int, idle_seconds: float, **options):
        ai_batches_drain(threads=threads, idle_seconds=idle_seconds)
        self.stdout.write("ai_match_worker: no AI batches left")
