"""Writes for MRV inputs: plants, and the parse step of the MRV upload kinds.

The parse step replaces an upload's records in one transaction, so re-running it
after a crash stores exactly the same records once.
"""

from __future__ import annotations

import logging
import re
from collections import Counter

from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from python_calamine import CalamineError, CalamineWorkbook

from carbon.core.exceptions import ValidationFailed
from ingestion.exceptions import UploadBusy
from ingestion.models import (
    FileCheck,
    LabResult,
    OperationsRecord,
    Plant,
    RowError,
    SensorDay,
    Upload,
)
from ingestion.plants.layouts import mapping_errors
from ingestion.plants.parsers import (
    CellError,
    Check,
    ParsedFile,
    parse_lab,
    parse_operations,
    parse_sensor,
)
from ingestion.readers import UnreadableFile, iter_csv
from ingestion.services.pipeline import StepResult, upload_pipeline_restart

logger = logging.getLogger(__name__)

MRV_KINDS = frozenset(
    {
        Upload.Kind.LAB_RESULTS,
        Upload.Kind.SENSOR_READINGS,
        Upload.Kind.PLANT_OPERATIONS,
    }
)
# Kinds whose files cannot name their plant.
PLANT_REQUIRED_KINDS = frozenset(
    {Upload.Kind.SENSOR_READINGS, Upload.Kind.PLANT_OPERATIONS}
)


# A plant code goes into URLs and storage paths (`<org>/plants/<code>/`).
PLANT_CODE = re.compile(r"[A-Za-z0-9_.-]{1,64}")


def plant_required(kind: str) -> bool:
    """The one rule of when an upload must say its plant: the file cannot name it."""
    return kind in PLANT_REQUIRED_KINDS


def _mapping_check(mapping) -> None:
    """Raises ValidationFailed naming each part of `mapping` the parser cannot use
    (`mapping`, `mapping.columns`, `mapping.header_rows`, `mapping.generated_at`)."""
    errors = mapping_errors({} if mapping is None else mapping)
    if errors:
        raise ValidationFailed(
            f"{len(errors)} part(s) of the mapping cannot be read.",
            errors=[
                {
                    "field": f"mapping.{key}" if key else "mapping",
                    "code": "invalid",
                    "message": message,
                }
                for key, message in errors.items()
            ],
        )


@transaction.atomic
def plant_create(*, organization, code: str, name: str = "", mapping=None) -> Plant:
    """Raises ValidationError when the code is malformed or taken in the
    organization, ValidationFailed when the mapping cannot be read."""
    if not PLANT_CODE.fullmatch(code or ""):
        raise ValidationError(
            {"code": "1 to 64 letters, digits, '_', '.' or '-' (no spaces)."}
        )
    _mapping_check(mapping)
    if Plant.objects.for_organization(organization).filter(code=code).exists():
        raise ValidationError({"code": "A plant with this code already exists."})
    plant = Plant(
        organization=organization, code=code, name=name, mapping=mapping or {}
    )
    plant.full_clean()
    plant.save()
    return plant


@transaction.atomic
def plant_update(*, plant: Plant, name=None, mapping=None) -> Plant:
    """Raises ValidationFailed when the mapping cannot be read."""
    _mapping_check(mapping)
    fields = []
    if name is not None:
        plant.name = name
        fields.append("name")
    if mapping is not None:
        plant.mapping = mapping
        fields.append("mapping")
    plant.full_clean()
    plant.save(update_fields=fields or None)
    return plant


@transaction.atomic
def mrv_upload_reprocess(*, upload: Upload) -> Upload:
    """Read an MRV upload again from its stored file (after creating the plants it
    names or changing a plant's mapping): the pipeline restarts at parse, which
    replaces the upload's records, so re-processing never duplicates them.

    Raises UploadBusy (409) while the upload is still queued or being processed."""
    upload = Upload.objects.select_for_update().get(pk=upload.pk)
    if upload.kind not in MRV_KINDS:
        raise Upload.DoesNotExist("Only MRV uploads are re-processed here.")
    if upload.status not in (Upload.Status.DONE, Upload.Status.FAILED):
        raise UploadBusy(
            f"{upload.filename} is still {upload.get_status_display().lower()}: "
            "re-process it once it is done."
        )
    upload_pipeline_restart(upload=upload)
    logger.info("mrv.upload_reprocess", extra={"upload_id": str(upload.pk)})
    return upload


def _read_sheets(handle, file_type: str) -> list[tuple[str, list[list]]]:
    if file_type == Upload.FileType.CSV:
        return [("", [cells for _, cells in iter_csv(handle)])]
    try:
        workbook = CalamineWorkbook.from_filelike(handle)
        return [
            (name, workbook.get_sheet_by_name(name).to_python())
            for name in workbook.sheet_names
        ]
    except (CalamineError, ValueError, OSError) as exc:
        raise UnreadableFile(f"The workbook could not be opened: {exc}") from exc


def _numbered(rows: list[list]) -> list[tuple[int, list]]:
    return list(enumerate(rows, start=1))


def _parse(upload: Upload, sheets) -> ParsedFile:
    plant_code = upload.plant.code if upload.plant_id else ""
    if upload.kind == Upload.Kind.PLANT_OPERATIONS:
        return parse_operations(sheets, mapping=upload.plant.mapping)
    sheet, rows = sheets[0]
    if upload.kind == Upload.Kind.SENSOR_READINGS:
        return parse_sensor(_numbered(rows))
    return parse_lab(_numbered(rows), sheet=sheet, default_plant=plant_code)


def mrv_upload_parse(upload: Upload) -> StepResult:
    """The parse step of the MRV kinds (run by ingestion.services.pipeline): the
    upload's records, replaced; done when the calculation may follow."""
    checks = [
        Check(1, "file_format", "pass", f"{upload.get_file_type_display()} file."),
        Check(1, "encoding", "pass", "The file could be decoded."),
    ]
    try:
        with default_storage.open(upload.file.name, "rb") as handle:
            sheets = _read_sheets(handle, upload.file_type)
    except UnreadableFile as exc:
        counters = _store(
            upload,
            ParsedFile(failure=str(exc)),
            checks=[Check(1, "encoding", "fail", str(exc)[:500])],
        )
        return StepResult.failed(str(exc), **counters)
    parsed = _parse(upload, sheets)
    counters = _store(upload, parsed, checks=checks)
    if parsed.failure:
        return StepResult.failed(parsed.failure, **counters)
    return StepResult.done(**counters)


def _plants_check(unknown: Counter) -> Check:
    if not unknown:
        return Check(2, "plants_known", "pass", "Every plant the file names exists.")
    rows = sum(unknown.values())
    return Check(
        2,
        "plants_known",
        "fail",
        f"{rows} rows name plants that do not exist yet ({', '.join(sorted(unknown))})"
        ": create them, then re-process this upload.",
        rows,
    )


@transaction.atomic
def _store(upload: Upload, parsed: ParsedFile, *, checks: list[Check]) -> dict:
    """Replace the upload's records; returns its counters (the owner writes them)."""
    organization = upload.organization
    for model in (LabResult, OperationsRecord, SensorDay, FileCheck, RowError):
        model.objects.filter(upload=upload).delete()
    errors = list(parsed.errors)
    unknown: Counter[str] = Counter()
    if parsed.lab:
        plants = {
            plant.code: plant
            for plant in Plant.objects.for_organization(organization).filter(
                code__in={row.plant_code for row in parsed.lab}
            )
        }
        lab = []
        for row in parsed.lab:
            plant = plants.get(row.plant_code)
            if plant is None:
                unknown[row.plant_code] += 1
                errors.append(
                    CellError(
                        row.sheet,
                        row.row_number,
                        "plant_id",
                        f"Unknown plant {row.plant_code!r}: create it first.",
                    )
                )
                continue
            fields = {k: v for k, v in vars(row).items() if k != "plant_code"}
            lab.append(
                LabResult(
                    organization=organization, upload=upload, plant=plant, **fields
                )
            )
        LabResult.objects.bulk_create(lab, batch_size=2000)
    OperationsRecord.objects.bulk_create(
        [
            OperationsRecord(
                organization=organization,
                upload=upload,
                plant=upload.plant,
                date=row.date,
                effluent_flow_mgd=row.effluent_flow_mgd,
                influent_flow_mgd=row.influent_flow_mgd,
                report_generated_at=(
                    timezone.make_aware(row.report_generated_at)
                    if row.report_generated_at
                    and timezone.is_naive(row.report_generated_at)
                    else row.report_generated_at
                ),
                sheet=row.sheet,
                row_number=row.row_number,
            )
            for row in parsed.ops
        ],
        batch_size=2000,
    )
    SensorDay.objects.bulk_create(
        [
            SensorDay(
                organization=organization,
                upload=upload,
                plant=upload.plant,
                **vars(row),
            )
            for row in parsed.sensor
        ]
    )
    RowError.objects.bulk_create(
        [
            RowError(
                upload=upload,
                row=error.row,
                column=(
                    f"{error.sheet}!{error.column}" if error.sheet else error.column
                )[:100],
                message=error.message[:500],
            )
            for error in errors
        ],
        ignore_conflicts=True,
    )
    if parsed.lab:
        checks = [*checks, _plants_check(unknown)]
    by_code = {check.code: check for check in [*checks, *parsed.checks]}
    FileCheck.objects.bulk_create(
        [
            FileCheck(
                upload=upload,
                level=check.level,
                code=check.code,
                status=check.status,
                message=check.message[:500],
                count=check.count,
            )
            for check in by_code.values()
        ]
    )
    stored = (
        len(parsed.lab) - sum(unknown.values()) + len(parsed.ops) + len(parsed.sensor)
    )
    # Which plants the file names that the organization does not have yet: the
    # upload page offers to create them, then to re-process the file.
    upload.reading = (
        {"unknown_plants": dict(sorted(unknown.items()))} if unknown else {}
    )
    upload.save(update_fields=["reading"])
    logger.info(
        "mrv.upload_parsed",
        extra={"upload_id": str(upload.pk), "records": stored, "errors": len(errors)},
    )
    return {
        "rows_total": parsed.rows_read,
        "rows_parsed": parsed.rows_read,
        "rows_failed": len({(e.sheet, e.row) for e in errors}),
        "checkpoint_row": stored,
    }
