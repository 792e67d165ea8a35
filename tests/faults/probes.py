"""A task the fault tests run on a worker to ask it where its files live."""

from __future__ import annotations

import os

from django.conf import settings
from django.core.files.storage import default_storage, storages


def worker_storage(names: list[str]) -> dict:
    """The worker's storage and disk, and where each stored file name resolves."""
    backend = storages["default"]
    return {
        "cwd": os.getcwd(),
        "media_root": str(settings.MEDIA_ROOT),
        "storage": f"{type(backend).__module__}.{type(backend).__name__}",
        "bucket": getattr(backend, "bucket_name", ""),
        "in_storage": [default_storage.exists(name) for name in names],
        "on_local_disk": [
            os.path.exists(path)
            for name in names
            for path in (name, os.path.join(settings.MEDIA_ROOT, name))
        ],
    }
