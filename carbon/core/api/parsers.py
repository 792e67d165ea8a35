"""The API's JSON parser: a body is one JSON object PostgreSQL can store."""

from __future__ import annotations

import re

from django.conf import settings
from rest_framework import exceptions
from rest_framework.parsers import JSONParser

# NUL cannot be stored in PostgreSQL text or jsonb; a lone surrogate is not UTF-8.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


class JSONObjectParser(JSONParser):
    """Refuses a body that is not an object or nests too deep (malformed_request)
    and strings with NUL or lone surrogates (validation_error naming the field)."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise exceptions.ParseError("JSON nests too deep.") from None
        if not isinstance(data, dict):
            raise exceptions.ParseError("The body must be a JSON object.")
        errors = _check(data, max_depth=settings.API_MAX_JSON_DEPTH)
        if errors == "too_deep":
            raise exceptions.ParseError(
                f"JSON nests deeper than {settings.API_MAX_JSON_DEPTH} levels."
            )
        if errors:
            raise exceptions.ValidationError(errors)
        return data


def _check(data: dict, *, max_depth: int) -> dict | str:
    """{path: [message]} for unstorable strings, or "too_deep"."""
    errors: dict[str, list] = {}
    stack: list[tuple[object, str, int]] = [(data, "", 1)]
    while stack:
        value, path, depth = stack.pop()
        if isinstance(value, (dict, list)):
            if depth > max_depth:
                return "too_deep"
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, child in items:
                if isinstance(key, str):
                    child_path = f"{path}.{key}" if path else key
                    if _UNSTORABLE.search(key):
                        errors[_printable(child_path)] = [_message()]
                        continue
                else:
                    child_path = f"{path}[{key}]"
                stack.append((child, child_path, depth + 1))
        elif isinstance(value, str) and _UNSTORABLE.search(value):
            errors[_printable(path)] = [_message()]
    return errors


def _printable(path: str) -> str:
    return _UNSTORABLE.sub("\N{REPLACEMENT CHARACTER}", path)


def _message():
    return exceptions.ErrorDetail(
        "Must not contain NUL characters or unpaired surrogates.",
        code="invalid_characters",
    )
