"""Column mapping: when a file's headers are not enough to read it, the upload stops
at `needs_mapping`, a person maps its columns (and defaults such as the currency),
and the mapping is remembered per organization and header signature, so the next
file of the same layout needs none (API.md, upload mapping)."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.utils.module_loading import import_string

from carbon.core.exceptions import Conflict, ValidationFailed
from ingestion.models import Activity, ColumnMapping, RowError, Upload
from ingestion.parsing import (
    FIELDS,
    MAPPING_DEFAULTS,
    HeaderMap,
    region_code,
)
from ingestion.services.pipeline import upload_pipeline_restart
from matching.factors.units import UnknownUnit, is_currency, unit_normalize

SAMPLE_ROWS = 5
REQUIRED_FIELDS = ("description",)
FIELD_HELP = {
    "description": "What the line is: item, merchant or activity text.",
    "quantity": "How much, with a unit column; or use amount and currency.",
    "unit": "The quantity's unit (kWh, litres, km, ...).",
    "amount": "Money spent (a spend-based line); needs a currency.",
    "currency": "The amount's currency; or set a default currency.",
}


def _apply(header: HeaderMap, mapping: dict) -> HeaderMap:
    names = set(header.names)
    columns = {
        name: field
        for name, field in (mapping.get("columns") or {}).items()
        if name in names
    }
    return header.remapped(columns)


def mapping_resolve(*, upload: Upload, header: HeaderMap) -> tuple[HeaderMap, dict]:
    """The header as the upload reads it: with the mapping a person gave this upload,
    else with the organization's remembered mapping for this layout, else as
    recognized. Returns (header, defaults)."""
    mapping = upload.mapping
    if not mapping:
        remembered = (
            ColumnMapping.objects.for_organization(upload.organization)
            .filter(signature=header.signature)
            .first()
        )
        if remembered is None:
            return header, {}
        mapping = {"columns": remembered.columns, "defaults": remembered.defaults}
        upload.mapping = mapping
        upload.save(update_fields=["mapping"])
    return _apply(header, mapping), dict(mapping.get("defaults") or {})


def _text(value) -> str:
    return "" if value is None else str(value).strip()[:100]


@transaction.atomic
def upload_detected_columns_keep(
    *, upload: Upload, header: HeaderMap, samples: list
) -> Upload:
    """Keep what a person needs to see to map the upload's columns (the parse step
    then stops the upload at needs_mapping, through the pipeline's owner)."""
    suggested: dict[int, str] = {}
    for field in FIELDS:  # a payee column read as description and supplier
        if field in header.columns:
            suggested.setdefault(header.columns[field], field)
    upload.header_row = header.row_number
    upload.detected_columns = [
        {
            "name": name,
            "samples": [_text(row[index]) for row in samples if index < len(row)],
            "suggested_field": suggested.get(index),
        }
        for index, name in enumerate(header.names)
    ]
    upload.save(update_fields=["header_row", "detected_columns"])
    return upload


def _header_of(upload: Upload) -> HeaderMap:
    """The upload's header as it was read (the columns kept for mapping, else
    the reading of a parsed file)."""
    if upload.detected_columns:
        fields = [column["suggested_field"] for column in upload.detected_columns]
        names = [column["name"] for column in upload.detected_columns]
        columns: dict[str, int] = {}
        for index, field in enumerate(fields):
            if field:
                columns.setdefault(field, index)
        return HeaderMap(upload.header_row or 1, columns, tuple(names))
    reading = upload.reading or {}
    names = [column["name"] for column in reading.get("columns") or []]
    columns = {f: int(i) for f, i in (reading.get("fields") or {}).items()}
    constants = dict(reading.get("constants") or {})
    return HeaderMap(upload.header_row or 1, columns, tuple(names), constants)


def _with_organization(upload: Upload, defaults: dict | None) -> dict:
    """A file without a currency column is read in the organization's currency."""
    return {"currency": upload.organization.default_currency, **(defaults or {})}


def upload_mapping_describe(*, upload: Upload) -> dict:
    """What a person needs to map the upload: its columns with samples and
    suggestions, the fields (required first) and the defaults given so far."""
    header = _header_of(upload)
    missing = header.missing(
        _with_organization(upload, (upload.mapping or {}).get("defaults"))
    )
    columns = upload.detected_columns or [
        {
            "name": column["name"],
            "samples": [],
            "suggested_field": (column["field"] or "").split(" + ")[0] or None,
        }
        for column in (upload.reading or {}).get("columns") or []
    ]
    return {
        "columns": columns,
        "fields": [
            {
                "name": field,
                "required": field in REQUIRED_FIELDS,
                "help": FIELD_HELP.get(field, ""),
            }
            for field in sorted(FIELDS, key=lambda f: f not in FIELD_HELP)
        ],
        "defaults": dict((upload.mapping or {}).get("defaults") or {}),
        "default_fields": list(MAPPING_DEFAULTS),
        "missing": missing,
    }


def _clean_defaults(defaults: dict) -> tuple[dict, list[dict]]:
    clean, errors = {}, []
    for key, raw in (defaults or {}).items():
        value = _text(raw)
        if key not in MAPPING_DEFAULTS:
            errors.append(
                {
                    "field": f"defaults.{key}",
                    "code": "unknown",
                    "message": f"Defaults may be {', '.join(MAPPING_DEFAULTS)}.",
                }
            )
        elif not value:
            continue
        elif key == "currency":
            code = value.upper()
            try:
                known = is_currency(unit_normalize(code))
            except UnknownUnit:
                known = False
            if not known:
                errors.append(
                    {
                        "field": "defaults.currency",
                        "code": "invalid",
                        "message": f"{value!r} is not a known currency code.",
                    }
                )
            else:
                clean["currency"] = code
        elif code := region_code(value, ""):
            clean["region"] = code
        else:
            errors.append(
                {
                    "field": "defaults.region",
                    "code": "invalid",
                    "message": f"{value!r} is not a known country or region code.",
                }
            )
    return clean, errors


@transaction.atomic
def upload_mapping_set(
    *, upload: Upload, columns: dict, defaults: dict, user=None
) -> Upload:
    """Apply a person's mapping ({header: field or ""}, defaults), remember it for
    the layout, and parse the upload again. Raises Conflict unless the upload needs
    mapping, ValidationFailed naming each bad header, field or default."""
    upload = Upload.objects.select_for_update().get(pk=upload.pk)
    if upload.status not in _MAPPABLE:
        raise Conflict(
            f"The upload is being processed ({upload.status}); map it once it is "
            "done, failed or needs mapping."
        )
    if upload.status != Upload.Status.NEEDS_MAPPING:  # read before: read again
        for path in settings.UPLOAD_REREAD_CHECKS:
            import_string(path)(upload)
    header = _header_of(upload)
    names = set(header.names)
    errors: list[dict] = []
    chosen: dict[str, str] = {}
    for name, raw in (columns or {}).items():
        field = _text(raw)
        if name not in names:
            errors.append(
                {
                    "field": f"columns.{name}",
                    "code": "unknown_column",
                    "message": "The file has no such column.",
                }
            )
        elif field and field not in FIELDS:
            errors.append(
                {
                    "field": f"columns.{name}",
                    "code": "unknown_field",
                    "message": f"{field!r} is not a field; use one of {', '.join(FIELDS)}.",
                }
            )
        elif field and field in chosen.values():
            errors.append(
                {
                    "field": f"columns.{name}",
                    "code": "duplicate_field",
                    "message": f"Another column is already mapped to {field}.",
                }
            )
        else:
            chosen[name] = field
    clean_defaults, default_errors = _clean_defaults(defaults)
    errors += default_errors
    if not errors:
        missing = header.remapped(chosen).missing(
            _with_organization(upload, clean_defaults)
        )
        errors += [
            {
                "field": "columns" if field != "currency" else "defaults.currency",
                "code": "required",
                "message": (
                    "Map a currency column or set a default currency."
                    if field == "currency"
                    else f"Map a column to {field}."
                ),
            }
            for field in missing
        ]
    if errors:
        raise ValidationFailed("The mapping cannot read this file.", errors=errors)
    ColumnMapping.objects.update_or_create(
        organization=upload.organization,
        signature=header.signature,
        defaults={
            "headers": list(header.names),
            "columns": chosen,
            "defaults": clean_defaults,
            "created_by": user,
        },
    )
    parsed = upload.status != Upload.Status.NEEDS_MAPPING
    if parsed:
        _upload_unread(upload)
    upload.mapping = {"columns": chosen, "defaults": clean_defaults}
    upload.reading = {}
    upload.save(update_fields=["mapping", "reading"])
    upload_pipeline_restart(upload=upload, forget_progress=parsed)
    return upload


_MAPPABLE = (Upload.Status.NEEDS_MAPPING, Upload.Status.DONE, Upload.Status.FAILED)


def _upload_unread(upload: Upload) -> None:
    """Forget what a parsed upload was read as (its activities, their results and
    its row errors), so it is parsed again with a changed mapping or currency; the
    pipeline's restart forgets its counters."""
    Activity.objects.filter(upload=upload).delete()
    RowError.objects.filter(upload=upload).delete()
    upload.assumed_currency = ""
    upload.save(update_fields=["assumed_currency"])
