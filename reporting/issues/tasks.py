"""Background entry points of the ingestion issues app (safe to re-run)."""

from __future__ import annotations

from reporting.issues.services import ingestion_issues_detect_all

SCHEDULES = [
    {
        # The schedule's name predates the app (it was the registry's): schedules
        # are synced by name, so it stays.
        "name": "registry-ingestion-issues-detect",
        "func": "reporting.issues.tasks.ingestion_issues_detect",
        "kind": "ingestion_issues.detect",
        "minutes": 1,
    },
]


def ingestion_issues_detect() -> int:
    return ingestion_issues_detect_all()
