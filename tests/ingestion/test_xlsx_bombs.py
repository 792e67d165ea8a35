import io
import os
import random
import string
import subprocess
import sys
import zipfile

import pytest
from openpyxl import Workbook

from ingestion.models import Activity, Upload
from tests.ingestion.factories import UploadFactory
from tests.ingestion.helpers import upload_parse

pytestmark = pytest.mark.django_db

HEADER = ["description", "quantity", "unit"]
PLACEHOLDER = "PAYLOAD-PLACEHOLDER"


def _workbook(rows) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _with_cell(payload: str) -> bytes:
    """A workbook whose one text cell is `payload`, written into the zip directly
    (openpyxl would hold it all in memory while writing)."""
    source = zipfile.ZipFile(io.BytesIO(_workbook([HEADER, [PLACEHOLDER, 1, "kWh"]])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if PLACEHOLDER.encode() in data:
                data = data.replace(PLACEHOLDER.encode(), payload.encode())
            target.writestr(item.filename, data)
    return out.getvalue()


def _random_text(size: int) -> str:
    return "".join(random.Random(7).choices(string.ascii_letters, k=size))


def _parse(organization, content: bytes) -> Upload:
    upload = UploadFactory(
        organization=organization, content=content, file_type="xlsx", filename="b.xlsx"
    )
    upload_parse(upload_id=upload.pk)
    upload.refresh_from_db()
    return upload


def _assert_failed(upload, words: str):
    assert upload.status == Upload.Status.FAILED
    assert words in upload.failure
    assert not Activity.objects.filter(upload=upload).exists()


def test_single_cell_bomb_fails_before_reading(organization):
    bomb = _with_cell("a" * 30_000_000)
    assert len(bomb) < 200_000
    _assert_failed(_parse(organization, bomb), "decompression bomb")


def test_whitespace_bomb_fails_before_reading(organization):
    bomb = _with_cell("a" + " " * 30_000_000 + "b")
    _assert_failed(_parse(organization, bomb), "decompression bomb")


def test_workbook_over_the_decompressed_cap_fails(organization, settings):
    settings.XLSX_MAX_UNCOMPRESSED_BYTES = 1_000_000
    content = _with_cell(_random_text(1_500_000))
    _assert_failed(_parse(organization, content), "the limit is 1000000")


def test_cell_over_the_size_cap_fails(organization):
    content = _with_cell(_random_text(40_000))
    _assert_failed(_parse(organization, content), "more than 32767 characters")


def test_rows_over_the_cap_fail(organization, settings):
    settings.XLSX_MAX_ROWS = 3
    rows = [HEADER] + [[f"Gas {n}", n, "kWh"] for n in range(1, 6)]
    upload = _parse(organization, _workbook(rows))
    assert upload.status == Upload.Status.FAILED
    assert "more than 3 rows" in upload.failure


def test_columns_over_the_cap_fail(organization, settings):
    settings.XLSX_MAX_COLUMNS = 5
    upload = _parse(organization, _workbook([HEADER, ["Gas", 1, "kWh", *range(10)]]))
    _assert_failed(upload, "more than 5 columns")


def test_workbook_within_the_caps_is_read(organization):
    upload = _parse(organization, _with_cell(_random_text(20_000)))
    assert upload.status != Upload.Status.FAILED
    assert Activity.objects.filter(upload=upload).count() == 1


def test_address_space_limit_turns_a_runaway_allocation_into_memory_error():
    script = (
        "from carbon.core.limits import address_space_limit\n"
        "import resource\n"
        "try:\n"
        "    with address_space_limit(1024**3):\n"
        "        block = bytearray(2 * 1024**3)\n"
        "except MemoryError:\n"
        "    print('memory-error')\n"
        "block = bytearray(1200 * 1024**2)\n"
        "print(resource.getrlimit(resource.RLIMIT_AS)[0] == resource.RLIM_INFINITY)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ},
        check=True,
    )
    assert result.stdout.split() == ["memory-error", "True"]


def test_parse_that_runs_out_of_memory_fails_the_upload(organization, settings):
    settings.XLSX_MAX_COMPRESSION_RATIO = 10**9
    settings.XLSX_MAX_UNCOMPRESSED_BYTES = 10**10
    settings.PROGRAM_MAX_ADDRESS_SPACE_BYTES = _address_space() + 64 * 1024**2
    upload = _parse(organization, _with_cell("a" * 150_000_000))
    _assert_failed(upload, "more memory")


def _address_space() -> int:
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmSize:"))
    return int(line.split()[1]) * 1024
