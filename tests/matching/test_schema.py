"""Columns added to busy tables have database defaults: during a deploy, processes
of the previous release still insert rows without them."""

import uuid

import pytest
from django.db import connection

from matching.ai_models import AiMatchBatch
from matching.models import MatchCacheEntry

pytestmark = pytest.mark.django_db


def insert_as_before(obj, added: str) -> None:
    """INSERT `obj` as a release without the field `added` would: every other
    column, that one left to the database."""
    fields = [
        f
        for f in obj._meta.concrete_fields
        if f.name != added and not (f.primary_key and obj.pk is None)
    ]
    values = [f.get_db_prep_save(f.pre_save(obj, True), connection) for f in fields]
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {obj._meta.db_table} ({columns}) VALUES ({marks})",  # noqa: S608 - names from the model
            values,
        )


def test_a_previous_release_can_still_write_cache_entries_and_batches(organization):
    insert_as_before(
        MatchCacheEntry(
            organization=organization,
            key="k1",
            description="Diesel",
            unit="litre",
            method="local_tfidf_v1",
            status="needs_review",
        ),
        added="alternatives",
    )
    insert_as_before(
        AiMatchBatch(run_id=uuid.uuid4(), items=[], item_count=0), added="classes"
    )

    assert MatchCacheEntry.objects.get(key="k1").alternatives == []
    assert AiMatchBatch.objects.get().classes == {}
