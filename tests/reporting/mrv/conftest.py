from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from ingestion.models import Plant
from tests.reporting.mrv.factories import PlantFactory

SAMPLES = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "samples"
MRV = SAMPLES / "mrv"
CALCIUM = MRV / "lab" / "IC_calcium.csv"
OPS = MRV / "plant_ops"
PLANT_A_FILES = sorted(OPS.glob("PLANT_A-*"))
PLANT_B_FILES = sorted(OPS.glob("PLANT_B-*"))


def require_samples():
    if not CALCIUM.exists() or len(PLANT_A_FILES) != 3 or len(PLANT_B_FILES) != 6:
        pytest.skip(f"MRV sample files not found under {MRV} (../shared/data/samples)")


@pytest.fixture
def samples():
    require_samples()
    return MRV


@pytest.fixture
def plants(organization):
    return {
        "PLANT_A": PlantFactory(organization=organization, code="PLANT_A"),
        "PLANT_B": PlantFactory(organization=organization, code="PLANT_B"),
    }


def post_file(client, path: Path, *, kind: str, plant: str | None = None):
    data = {"file": SimpleUploadedFile(path.name, path.read_bytes()), "kind": kind}
    if plant:
        data["plant"] = plant
    return client.post("/api/v1/uploads/", data, format="multipart")


@pytest.fixture
def upload_path(django_capture_on_commit_callbacks):
    """upload_path(client, path) -> response, running the whole pipeline."""

    def run(client, path: Path):
        if path.name.startswith("PLANT_"):
            kind, plant = "plant_operations", path.name.split("-")[0]
        else:
            kind, plant = "lab_results", None
        with django_capture_on_commit_callbacks(execute=True):
            return post_file(client, path, kind=kind, plant=plant)

    return run


__all__ = ["Plant"]


@pytest.fixture
def uploaded(api, plants, samples, upload_path):
    """Every MRV sample file uploaded through the API by the organization's admin."""
    for path in [CALCIUM, *PLANT_A_FILES, *PLANT_B_FILES]:
        response = upload_path(api, path)
        assert response.status_code == 202, response.content
    return plants
