import os

import pytest

from carbon.core.uploads import STORED_NAME_MAX_BYTES, upload_stored_name
from ingestion.models import Upload
from tests.conftest import assert_problem
from tests.ingestion.helpers import csv_bytes, upload_file

SHA = "0123456789abcdef" * 4
CSV = csv_bytes([["Description", "Quantity", "Unit"], ["Gas", "1", "kWh"]])


@pytest.mark.parametrize(
    ("name", "ending"),
    [
        ("é" * 400 + ".csv", "é.csv"),
        ("a" * 1000, "aaaa"),
        ("名" * 300 + ".xlsx", "名.xlsx"),
        ("x." + "é" * 200, "éé"),
    ],
)
def test_stored_name_never_passes_the_limit_and_keeps_a_short_extension(name, ending):
    stored = upload_stored_name(name, sha256=SHA)
    assert len(stored.encode()) <= STORED_NAME_MAX_BYTES
    assert stored.startswith("0123456789abcdef-")
    assert stored.endswith(ending)


def test_a_short_name_is_stored_as_given():
    assert upload_stored_name("q1 spend.csv", sha256=SHA) == (
        "0123456789abcdef-q1 spend.csv"
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    "kind", ["activities", "lab_results", "sensor_readings", "plant_operations"]
)
def test_every_upload_kind_refuses_an_overlong_name_naming_the_limit(api, kind):
    response = api.post(
        "/api/v1/uploads/",
        {"file": upload_file(CSV, "é" * 125 + ".csv"), "kind": kind},
        format="multipart",
    )
    problem = assert_problem(response, 400, "validation_error")
    assert problem["errors"] == [
        {
            "field": "file",
            "code": "invalid",
            "message": "The file name must be at most 200 bytes in UTF-8.",
        }
    ]
    assert not Upload.objects.exists()


@pytest.mark.django_db
def test_upload_name_on_disk_stays_short_whatever_the_name_limit(api, settings):
    settings.UPLOAD_FILENAME_MAX_BYTES = 2000
    response = api.post(
        "/api/v1/uploads/",
        {"file": upload_file(CSV, "é" * 300 + ".csv")},
        format="multipart",
    )
    assert response.status_code == 202, response.content
    stored = os.path.basename(Upload.objects.get().file.name)
    assert len(stored.encode()) <= 255
    assert stored.endswith(".csv")
