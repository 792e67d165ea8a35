import threading

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.backends.postgresql.psycopg_any import NumericRange

from reporting.registry.models import Holding, Project, Retirement, Transfer
from tests.accounts.factories import MembershipFactory
from tests.reporting.registry.helpers import (
    BASE,
    issued_and_sold,
    ok,
    published_project,
)

pytestmark = pytest.mark.django_db(transaction=True)


def _all_at_once(clients, bodies, path="retirements/"):
    """Each request in its own thread and database connection, released together."""
    barrier = threading.Barrier(len(bodies))
    results = [None] * len(bodies)

    def run(index):
        try:
            barrier.wait(10)
            results[index] = clients[index].post(f"{BASE}/{path}", bodies[index])
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
    sold = issued_and_sold(people, api_client_for)
    pid, batch = sold["project"], sold["batch"]
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
    results = _all_at_once(clients, [body] * n)
    statuses = sorted(r.status_code for r in results)
    assert statuses == [201] + [409] * (n - 1), [r.content for r in results]
    assert Retirement.objects.count() == 1
    assert Project.objects.get(pk=pid).credits_retired == 1


def test_concurrent_overlapping_ranges_never_retire_a_serial_twice(
    people, api_client_for
):
    sold = issued_and_sold(people, api_client_for)
    pid, batch = sold["project"], sold["batch"]
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
    results = _all_at_once(clients, bodies)
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
    # A serial is held or retired, never both (trigger): take these out of the
    # supplier's holding first, as the service does.
    Holding.objects.filter(batch=batch).delete()
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


def _second_buyer(people):
    return MembershipFactory(role="buyer").user


def test_concurrent_transfers_of_one_holding_succeed_exactly_once(
    people, api_client_for
):
    pid = published_project(people, api_client_for)["id"]
    ok(api_client_for(people["staff"]).post(f"{BASE}/projects/{pid}/issue/"), 201)
    supplier = people["supplier"]
    (holding,) = ok(api_client_for(supplier).get(f"{BASE}/holdings/"))["results"]
    buyers = [people["buyer"], *(_second_buyer(people) for _ in range(4))]
    bodies = [
        {
            "holding": holding["id"],
            "quantity": holding["quantity"],
            "to_organization": str(buyer.organization.pk),
        }
        for buyer in buyers
    ]
    clients = [api_client_for(supplier) for _ in bodies]
    results = _all_at_once(clients, bodies, path="transfers/")
    statuses = sorted(r.status_code for r in results)
    assert statuses == [201] + [409] * (len(bodies) - 1), [r.content for r in results]
    assert {r.json()["code"] for r in results if r.status_code == 409} == {
        "serials_not_held"
    }
    (winner,) = [r.json() for r in results if r.status_code == 201]
    (held,) = Holding.objects.filter(quantity__gt=0)
    assert str(held.organization_id) == winner["to_organization"]
    assert held.quantity == holding["quantity"]
    assert Transfer.objects.count() == 1


def test_concurrent_partial_transfers_never_move_more_than_the_holding(
    people, api_client_for
):
    pid = published_project(people, api_client_for)["id"]
    ok(api_client_for(people["staff"]).post(f"{BASE}/projects/{pid}/issue/"), 201)
    supplier = people["supplier"]
    (holding,) = ok(api_client_for(supplier).get(f"{BASE}/holdings/"))["results"]
    to = str(people["buyer"].organization.pk)
    bodies = [
        {"holding": holding["id"], "quantity": 50, "to_organization": to}
        for _ in range(4)
    ]
    results = _all_at_once(
        [api_client_for(supplier) for _ in bodies], bodies, path="transfers/"
    )
    statuses = sorted(r.status_code for r in results)
    # 120 credits: two transfers of 50 fit, the rest find 20 left.
    assert statuses == [201, 201, 409, 409], [r.content for r in results]
    moved = [r.json() for r in results if r.status_code == 201]
    serials = [set(range(t["serial_start"], t["serial_end"] + 1)) for t in moved]
    assert not serials[0] & serials[1]
    assert Holding.objects.filter(organization_id=to).get().quantity == 100
    supplier_left = Holding.objects.get(organization=supplier.organization)
    assert Holding.objects.filter(organization_id=to).count() == 1
    assert supplier_left.quantity == 20
    assert supplier_left.serial_start == holding["serial_start"] + 100


def test_concurrent_transfer_and_retirement_of_the_same_serials_one_wins(
    people, api_client_for
):
    sold = issued_and_sold(people, api_client_for, quantity=10)
    holding = sold["holding"]
    buyer = people["buyer"]
    other = _second_buyer(people)
    bodies = [
        {
            "holding": holding["id"],
            "quantity": 10,
            "to_organization": str(other.organization.pk),
        },
        {
            "holding": holding["id"],
            "quantity": 10,
            "beneficiary": "Race",
            "reason": "Race",
        },
    ]
    barrier = threading.Barrier(2)
    results = [None, None]

    def run(index, path):
        try:
            barrier.wait(10)
            results[index] = api_client_for(buyer).post(f"{BASE}/{path}", bodies[index])
        finally:
            connection.close()

    threads = [
        threading.Thread(target=run, args=(0, "transfers/")),
        threading.Thread(target=run, args=(1, "retirements/")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    statuses = sorted(r.status_code for r in results)
    assert statuses == [201, 409], [r.content for r in results]
    assert Transfer.objects.count() + Retirement.objects.count() == 2
    assert not Holding.objects.filter(
        organization=buyer.organization, quantity__gt=0
    ).exists()


def test_database_keeps_each_serial_in_one_holding(people, api_client_for):
    sold = issued_and_sold(people, api_client_for, quantity=10)
    held = Holding.objects.get(pk=sold["holding"]["id"])
    with pytest.raises(IntegrityError), transaction.atomic():
        Holding.objects.create(
            organization=people["supplier"].organization,
            batch=held.batch,
            serials=NumericRange(held.serial_end, held.serial_end + 2, "[)"),
            quantity=2,
        )


def test_database_refuses_a_holding_outside_its_batch(people, api_client_for):
    sold = issued_and_sold(people, api_client_for, quantity=10)
    held = Holding.objects.get(pk=sold["holding"]["id"])
    end = held.batch.serials.upper
    with (
        pytest.raises(IntegrityError, match="registry_holding_within_batch"),
        transaction.atomic(),
    ):
        Holding.objects.create(
            organization=people["buyer"].organization,
            batch=held.batch,
            serials=NumericRange(end + 1000, end + 1001, "[)"),
            quantity=1,
        )


def test_database_refuses_retiring_a_held_serial(people, api_client_for):
    sold = issued_and_sold(people, api_client_for, quantity=10)
    held = Holding.objects.get(pk=sold["holding"]["id"])
    with (
        pytest.raises(IntegrityError, match="registry_serial_held_or_retired"),
        transaction.atomic(),
    ):
        Retirement.objects.create(
            batch=held.batch,
            serials=NumericRange(held.serial_start, held.serial_start + 1, "[)"),
            quantity=1,
            beneficiary="x",
            reason="y",
            retired_by=people["buyer"],
            buyer_organization=people["buyer"].organization,
        )


def test_database_refuses_holding_a_retired_serial(people, api_client_for):
    sold = issued_and_sold(people, api_client_for, quantity=10)
    retired = ok(
        api_client_for(people["buyer"]).post(
            f"{BASE}/retirements/",
            {
                "holding": sold["holding"]["id"],
                "quantity": 10,
                "beneficiary": "B",
                "reason": "R",
            },
        ),
        201,
    )
    batch = Retirement.objects.get(pk=retired["id"]).batch
    with (
        pytest.raises(IntegrityError, match="registry_serial_held_or_retired"),
        transaction.atomic(),
    ):
        Holding.objects.create(
            organization=people["buyer"].organization,
            batch=batch,
            serials=NumericRange(
                retired["serial_start"], retired["serial_end"] + 1, "[)"
            ),
            quantity=10,
        )


def test_transfer_log_rows_are_immutable(people, api_client_for):
    issued_and_sold(people, api_client_for, quantity=10)
    with (
        pytest.raises(IntegrityError),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("UPDATE registry_transfer SET quantity = 1")
