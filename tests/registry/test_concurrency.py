import threading

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.backends.postgresql.psycopg_any import NumericRange

from reporting.registry.models import Project, Retirement
from tests.registry.helpers import BASE, ok, published_project

pytestmark = pytest.mark.django_db(transaction=True)


def _retire_all_at_once(clients, bodies):
    """Each request in its own thread and database connection, released together."""
    barrier = threading.Barrier(len(bodies))
    results = [None] * len(bodies)

    def run(index):
        try:
            barrier.wait(10)
            results[index] = clients[index].post(f"{BASE}/retirements/", bodies[index])
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(bodies))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return results


def test_concurrent_retirements_of_one_serial_succeed_exactly_once(
    people, api_client_for
):
    pid = published_project(people, api_client_for)["id"]
    batch = ok(
        api_client_for(people["staff"]).post(f"{BASE}/projects/{pid}/issue/", {}), 201
    )
    serial = batch["serial_start"] + 7
    body = {
        "batch": batch["id"],
        "serial_start": serial,
        "serial_end": serial,
        "beneficiary": "Race",
        "reason": "Concurrency",
    }
    n = 6
    clients = [api_client_for(people["buyer"]) for _ in range(n)]
    results = _retire_all_at_once(clients, [body] * n)
    statuses = sorted(r.status_code for r in results)
    assert statuses == [201] + [409] * (n - 1), [r.content for r in results]
    assert Retirement.objects.count() == 1
    assert Project.objects.get(pk=pid).credits_retired == 1


def test_concurrent_overlapping_ranges_never_retire_a_serial_twice(
    people, api_client_for
):
    pid = published_project(people, api_client_for)["id"]
    batch = ok(
        api_client_for(people["staff"]).post(f"{BASE}/projects/{pid}/issue/", {}), 201
    )
    start = batch["serial_start"]
    ranges = [(start, start + 9), (start + 5, start + 14), (start + 10, start + 19)]
    bodies = [
        {
            "batch": batch["id"],
            "serial_start": a,
            "serial_end": b,
            "beneficiary": "B",
            "reason": "R",
        }
        for a, b in ranges
    ]
    clients = [api_client_for(people["buyer"]) for _ in bodies]
    results = _retire_all_at_once(clients, bodies)
    won = [ranges[i] for i, r in enumerate(results) if r.status_code == 201]
    assert all(r.status_code in (201, 409) for r in results)
    assert won, "at least one retirement wins"
    retired = set()
    for a, b in won:
        serials = set(range(a, b + 1))
        assert not retired & serials
        retired |= serials
    assert Project.objects.get(pk=pid).credits_retired == len(retired)


def test_database_rejects_a_second_retirement_of_a_serial_directly(
    people, api_client_for
):
    pid = published_project(people, api_client_for)["id"]
    ok(api_client_for(people["staff"]).post(f"{BASE}/projects/{pid}/issue/", {}), 201)
    project = Project.objects.get(pk=pid)
    batch = project.batches.get()
    fields = {
        "batch": batch,
        "quantity": 1,
        "beneficiary": "x",
        "reason": "y",
        "retired_by": people["buyer"],
        "buyer_organization": people["buyer"].membership.organization,
    }
    start = batch.serial_start
    Retirement.objects.create(serials=NumericRange(start, start + 3, "[)"), **fields)
    with pytest.raises(IntegrityError), transaction.atomic():
        Retirement.objects.create(
            serials=NumericRange(start + 2, start + 4, "[)"), **fields
        )
