"""A database created before jobs and factors became apps of their own migrates to
the new layout without losing a row (ADR "Layers")."""

from decimal import Decimal

import pytest
from django.contrib.contenttypes.models import ContentType

from carbon.jobs.models import Job
from matching.factors.models import EmissionFactor
from matching.models import MatchCacheEntry
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
