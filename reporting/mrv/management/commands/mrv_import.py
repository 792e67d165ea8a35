from pathlib import Path

from django.core.files import File
from django.core.management.base import BaseCommand, CommandError

from accounts.models import Organization
from ingestion.models import Plant, Upload
from ingestion.plants.services import plant_create
from ingestion.services.pipeline import pipeline_steps, upload_step_run
from ingestion.services.uploads import upload_create


class Command(BaseCommand):
    help = (
        "Upload MRV files for an organization and process them now (the same "
        "services as POST /api/v1/uploads/). Plant files are named <PLANT>-…; "
        "other files are lab results naming their plants."
    )

    def add_arguments(self, parser):
        parser.add_argument("organization")
        parser.add_argument("paths", nargs="+")

    def handle(self, *args, organization, paths, **options):
        org = Organization.objects.filter(name=organization).first()
        if org is None:
            raise CommandError(f"No organization named {organization!r}.")
        for raw in paths:
            path = Path(raw)
            name = path.name
            if name.upper().startswith("PLANT_") and path.suffix.lower() in (
                ".xls",
                ".xlsx",
            ):
                kind, plant = Upload.Kind.PLANT_OPERATIONS, name.split("-")[0]
            else:
                kind, plant = Upload.Kind.LAB_RESULTS, None
            for code in [plant] if plant else ["PLANT_A", "PLANT_B"]:
                if not Plant.objects.for_organization(org).filter(code=code).exists():
                    plant_create(organization=org, code=code, name=code)
            with path.open("rb") as handle:
                result = upload_create(
                    organization=org,
                    file=File(handle, name=name),
                    kind=kind,
                    plant=plant,
                )
            upload = result.upload
            for step, _func, _profile in pipeline_steps(upload.kind):
                upload_step_run(upload.pk, step=step, queue_next=False)
            upload.refresh_from_db()
            self.stdout.write(
                f"{name}: {upload.status} ({upload.rows_parsed} rows, "
                f"{upload.rows_failed} failed){'' if result.created else ' [already uploaded]'}"
            )
