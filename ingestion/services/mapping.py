"""Column mapping: when a file's headers are not enough to read it, the upload stops
at `needs_mapping`, a person maps its columns (and defaults such as the currency),
and the mapping is remembered per organization and header signature, so the next
file of the same layout needs none (API.md, upload mapping)."""

from __future__ import annotations

from django.db import transaction

from carbon.exceptions import Conflict, ValidationFailed
from ingestion.models import ColumnMapping, Upload
from ingestion.parsing import (
    FIELDS,
    MAPPING_DEFAULTS,
    SYNONYMS,
    HeaderMap,
    header_map,
    region_code,
)
from ingestion.services.pipeline import upload_step_enqueue
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
def upload_needs_mapping(*, upload: Upload, header: HeaderMap, samples: list) -> Upload:
    """Stop the upload until a person maps its columns; keep what they need to see."""
    suggested = {index: field for field, index in header.columns.items()}
    upload.status = Upload.Status.NEEDS_MAPPING
    upload.header_row = header.row_number
    upload.detected_columns = [
        {
            "name": name,
            "samples": [_text(row[index]) for row in samples if index < len(row)],
            "suggested_field": suggested.get(index),
        }
        for index, name in enumerate(header.names)
    ]
    upload.save(update_fields=["status", "header_row", "detected_columns"])
    return upload


def _header_of(upload: Upload) -> HeaderMap:
    names = [column["name"] for column in upload.detected_columns]
    return header_map(upload.header_row or 1, names)


def upload_mapping_describe(*, upload: Upload) -> dict:
    """What a person needs to map the upload: its columns with samples and
    suggestions, the fields (required first) and the defaults given so far."""
    header = _header_of(upload)
    missing = header.missing(upload.mapping.get("defaults") if upload.mapping else {})
    return {
        "columns": upload.detected_columns,
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
        else:
            clean["region"] = region_code(value, "")
    return clean, errors


@transaction.atomic
def upload_mapping_set(
    *, upload: Upload, columns: dict, defaults: dict, user=None
) -> Upload:
    """Apply a person's mapping ({header: field or ""}, defaults), remember it for
    the layout, and parse the upload again. Raises Conflict unless the upload needs
    mapping, ValidationFailed naming each bad header, field or default."""
    upload = Upload.objects.select_for_update().get(pk=upload.pk)
    if upload.status != Upload.Status.NEEDS_MAPPING:
        raise Conflict(f"The upload does not need a mapping; it is {upload.status}.")
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
        elif field and field not in SYNONYMS:
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
        missing = header.remapped(chosen).missing(clean_defaults)
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
    upload.mapping = {"columns": chosen, "defaults": clean_defaults}
    upload.status = Upload.Status.QUEUED
    upload.failure = ""
    upload.save(update_fields=["mapping", "status", "failure"])
    upload_step_enqueue(upload=upload, step="parse")
    return upload
