"""A database whose activities carry their own match migrates to key matches
(ingestion 0007): each key gets the most decisive of its rows' matches, pending
rows get a pending key, and no activity is lost."""

from decimal import Decimal

import pytest

from ingestion.models import Activity, ActivityKey
from tests.migrations import migrate, migrate_to_latest

BEFORE = [("ingestion", "0006_activity_hot_match_updates")]


@pytest.mark.django_db(transaction=True)
def test_row_matches_become_key_matches():
    old = migrate(BEFORE)
    Organization = old.get_model("accounts", "Organization")
    Upload = old.get_model("ingestion", "Upload")
    OldActivity = old.get_model("ingestion", "Activity")
    Factor = old.get_model("factors", "EmissionFactor")
    org = Organization.objects.create(name="Rows carried matches")
    upload = Upload.objects.create(
        organization=org,
        filename="a.csv",
        file="uploads/a.csv",
        file_type="csv",
        sha256="0" * 64,
        size_bytes=1,
    )
    factor, chosen = (
        Factor.objects.create(
            source="desnz",
            version="old",
            year=2024,
            external_id=f"X-{n}",
            name="Diesel",
            region="GB",
            unit="liter",
            unit_label="litres",
            dimension="[length] ** 3",
            kg_co2e_per_unit=Decimal("2.5"),
        )
        for n in range(2)
    )
    common = {
        "organization": org,
        "upload": upload,
        "quantity": 1,
        "unit": "litres",
        "unit_normalized": "liter",
        "region": "GB",
    }
    rows = [
        ("a" * 32, "Diesel", factor, "needs_review"),
        ("a" * 32, "Diesel", chosen, "overridden"),  # a person's per-row choice
        ("b" * 32, "Petrol", factor, "matched"),
        ("c" * 32, "Gas", None, "pending"),
    ]
    for number, (key, description, row_factor, status) in enumerate(rows, start=2):
        OldActivity.objects.create(
            row_number=number,
            description=description,
            match_key=key,
            factor=row_factor,
            match_status=status,
            match_method="override" if status == "overridden" else "local",
            match_confidence=1,
            **common,
        )
    try:
        migrate_to_latest()

        keys = {
            k.key: (k.factor_id, k.status, k.description)
            for k in ActivityKey.objects.filter(organization_id=org.pk)
        }
        assert keys == {
            "a" * 32: (chosen.pk, "overridden", "Diesel"),
            "b" * 32: (factor.pk, "matched", "Petrol"),
            "c" * 32: (None, "pending", "Gas"),
        }
        activities = Activity.objects.filter(upload_id=upload.pk).select_related(
            "match"
        )
        assert activities.count() == 4
        assert {a.match_status for a in activities} == {
            "overridden",
            "matched",
            "pending",
        }
    finally:
        migrate_to_latest()
