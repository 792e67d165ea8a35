"""Background entry points of the registry app (safe to re-run)."""

from __future__ import annotations

from reporting.registry.issues import ingestion_issues_detect_all

SCHEDULES = [
    {
        "name": "registry-ingestion-issues-detect",
        "func": "reporting.registry.tasks.ingestion_issues_detect",
        "kind": "ingestion_issues.detect",
        "minutes": 1,
    },
]


def ingestion_issues_detect() -> int:
    return ingestion_issues_detect_all()
