from uuid import UUID

import pytest

from carbon.core.ids import ordered_ids
from ingestion.models import Activity
from tests.ingestion.test_parse import _parse


def test_ordered_ids_increase_and_are_version_7_uuids():
    ids = [UUID(text) for text in ordered_ids(10_000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert {uuid.version for uuid in ids} == {7}
    assert {uuid.variant for uuid in ids} == {"specified in RFC 4122"}


def test_later_batches_sort_after_earlier_ones():
    first, second = ordered_ids(100), ordered_ids(100)
    assert max(first) < min(second) or first[0][:12] == second[0][:12]
    assert first == sorted(first) and second == sorted(second)


def test_concurrent_batches_in_one_millisecond_do_not_collide():
    batches = [set(ordered_ids(1000)) for _ in range(50)]
    assert len(set().union(*batches)) == 50 * 1000


def test_the_counter_running_out_moves_to_a_later_millisecond(monkeypatch):
    monkeypatch.setattr("carbon.core.ids._COUNTER_BITS", 3)  # 4 to 7, then out
    monkeypatch.setattr(
        "carbon.core.ids.secrets.randbits", lambda bits: (1 << bits) - 1
    )
    ids = [UUID(text) for text in ordered_ids(10)]
    assert ids == sorted(ids)
    assert len(set(ids)) == 10
    assert ids[-1].int >> 80 > ids[0].int >> 80  # the timestamp moved on


@pytest.mark.django_db
def test_loaded_activities_have_ids_in_row_order(organization):
    rows = "\n".join(f"Electricity,{n},kWh" for n in range(1, 51))
    upload = _parse(organization, f"description,quantity,unit\n{rows}\n".encode())
    ids = list(
        Activity.objects.filter(upload=upload)
        .order_by("row_number")
        .values_list("id", flat=True)
    )
    assert len(ids) == 50
    assert ids == sorted(ids)
    assert all(isinstance(pk, UUID) and pk.version == 7 for pk in ids)
