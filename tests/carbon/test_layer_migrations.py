"""A database created before jobs and factors (and ingestion issues) became apps of
their own migrates to the new layout without losing a row (ADR "Layers")."""

import uuid
from decimal import Decimal

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django_q.models import Schedule

from carbon.jobs.models import Job
from matching.factors.models import EmissionFactor
from matching.models import MatchCacheEntry
from reporting.issues.models import IngestionIssue
from tests.migrations import migrate, migrate_to_latest

BEFORE = [
    ("carbon", "0002_job_result"),
    ("matching", "0002_ai_matching"),
    ("ingestion", "0001_initial"),
    ("reporting", "0001_initial"),
    ("jobs", None),
    ("factors", None),
]


@pytest.mark.django_db(transaction=True)
def test_old_layout_migrates_with_its_data():
    old = migrate(BEFORE)
    Organization = old.get_model("accounts", "Organization")
    OldJob = old.get_model("carbon", "Job")
    OldFactor = old.get_model("matching", "EmissionFactor")
    OldCache = old.get_model("matching", "MatchCacheEntry")
    org = Organization.objects.create(name="Before the move")
    job = OldJob.objects.create(
        organization=org,
        kind="upload.match",
        func="ingestion.tasks.upload_match",
        status="retrying",
    )
    factor = OldFactor.objects.create(
        source="desnz",
        version="old",
        year=2024,
        external_id="X-1",
        name="Diesel",
        region="GB",
        unit="liter",
        unit_label="litres",
        dimension="[length] ** 3",
        kg_co2e_per_unit=Decimal("2.5"),
    )
    entry = OldCache.objects.create(
        organization=org,
        key="k" * 32,
        description="diesel",
        unit="liter",
        factor=factor,
        method="override",
        status="overridden",
    )
    # What the old layout left in the content types (admin history, permissions).
    ContentType.objects.get_or_create(app_label="carbon", model="job")
    try:
        migrate_to_latest()

        moved = Job.objects.get(pk=job.pk)
        assert moved.organization_id == org.pk
        assert moved.func == "matching.tasks.upload_match"
        assert moved.status == Job.Status.RETRYING
        assert EmissionFactor.objects.get(pk=factor.pk).name == "Diesel"
        assert MatchCacheEntry.objects.get(pk=entry.pk).factor_id == factor.pk
        assert ContentType.objects.filter(app_label="jobs", model="job").exists()
        assert not ContentType.objects.filter(app_label="carbon", model="job").exists()
    finally:
        migrate_to_latest()


ISSUES_BEFORE = [("registry", "0005_holdings_and_transfers"), ("issues", None)]
OLD_DETECT = "reporting.registry.tasks.ingestion_issues_detect"
NEW_DETECT = "reporting.issues.tasks.ingestion_issues_detect"


@pytest.mark.django_db(transaction=True)
def test_ingestion_issues_move_to_their_own_app_with_their_rows():
    """IngestionIssue left the registry app for `issues` (issue 20): its table, rows,
    content type, queued detection jobs and the detection schedule come along."""
    old = migrate(ISSUES_BEFORE)
    Organization = old.get_model("accounts", "Organization")
    OldIssue = old.get_model("registry", "IngestionIssue")
    org = Organization.objects.create(name="Before the issues app")
    issue = OldIssue.objects.create(
        organization=org,
        kind="failed_upload",
        fingerprint="upload:1",
        source_type="upload",
        source_id=uuid.uuid4(),
        title="Upload old.csv failed",
        first_seen_at=timezone.now(),
    )
    # A detection queued before the upgrade (the jobs app is not rolled back).
    job = Job.objects.create(kind="ingestion_issues.detect", func=OLD_DETECT)
    schedule = Schedule.objects.create(
        name="registry-ingestion-issues-detect",
        func="carbon.jobs.services.job_run_scheduled",
        args=repr((OLD_DETECT, "ingestion_issues.detect", "default")),
        schedule_type=Schedule.MINUTES,
        minutes=1,
        repeats=-1,
    )
    ContentType.objects.get_or_create(app_label="registry", model="ingestionissue")
    try:
        migrate_to_latest()

        moved = IngestionIssue.objects.get(pk=issue.pk)
        assert moved.organization_id == org.pk
        assert moved.title == "Upload old.csv failed"
        assert IngestionIssue._meta.db_table == "registry_ingestionissue"
        assert ContentType.objects.filter(
            app_label="issues", model="ingestionissue"
        ).exists()
        assert not ContentType.objects.filter(
            app_label="registry", model="ingestionissue"
        ).exists()
        assert Job.objects.get(pk=job.pk).func == NEW_DETECT
        schedule.refresh_from_db()
        assert schedule.func == "carbon.jobs.services.job_run_scheduled"
        assert schedule.args == repr((NEW_DETECT, "ingestion_issues.detect", "default"))
    finally:
        migrate_to_latest()
