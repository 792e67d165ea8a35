"""Ingest benchmark: the app under gunicorn against a psycopg baseline.

    python bench/ingest.py [--clients 10] [--batches 100] [--workers 3]

Starts the embedded PostgreSQL when DATABASE_URL is unset, migrates, creates an
organization, two sites and a token, starts gunicorn on a free port and drives
POST /api/v1/ingest/ with C concurrent clients (threads, keep-alive http.client), each
sending its pre-generated 100-reading batches with an Idempotency-Key. Then the baseline: the same
kind of batches written with psycopg straight to the same tables in the same
transaction shape (claim the key; one transaction with INSERT … ON CONFLICT DO NOTHING
RETURNING, the site UPDATE, the outbox event and the key's stored response). Prints
readings/s and p50/p95/p99 for both, the ratio app/baseline, and ends with
`manage.py verify_totals` plus a check that each site's total is exactly what was sent.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
PYTHON = sys.executable
BATCH_SIZE = 100


def log(message: str) -> None:
    print(f"[bench] {message}", flush=True)


def environment() -> dict:
    env = os.environ.copy()
    if not env.get("DATABASE_URL"):
        from carbon.core import devdb

        env["DATABASE_URL"] = devdb.start()
    env.setdefault("DEBUG", "false")
    env.setdefault("SECRET_KEY", "bench-only-secret-key")
    from carbon.launcher import LOCAL_HTTP

    for name, value in LOCAL_HTTP.items():  # plain HTTP on loopback, as make run
        env.setdefault(name, value)
    env.setdefault("LOG_LEVEL", "WARNING")
    env.setdefault("DJANGO_SETTINGS_MODULE", "carbon.settings.base")
    return env


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def setup_fixtures(run: str) -> dict:
    import django

    django.setup()
    from rest_framework.authtoken.models import Token

    from accounts.services import organization_create
    from sites.services import site_create
    from sites.services.partitions import readings_partitions_ensure

    setup = organization_create(
        name=f"Bench {run}",
        admin_email=f"bench-{run}@bench.test",
        admin_password=uuid.uuid4().hex,
    )
    limit = Decimal(10**12)
    app_site = site_create(
        organization=setup.organization, name="bench app", emission_limit=limit
    )
    base_site = site_create(
        organization=setup.organization, name="bench baseline", emission_limit=limit
    )
    token, _ = Token.objects.get_or_create(user=setup.admin)
    readings_partitions_ensure()
    readings_partitions_ensure(
        months={datetime.now(UTC).replace(day=1).date() - timedelta(days=1)}
    )
    return {
        "organization_id": str(setup.organization.pk),
        "app_site": str(app_site.pk),
        "baseline_site": str(base_site.pk),
        "token": token.key,
    }


def make_batch(client: int, seq: int, run: str, base: datetime, rng) -> list[dict]:
    device = f"bench-{run}-{client}"
    start = seq * BATCH_SIZE
    return [
        {
            "timestamp": (base + timedelta(seconds=start + i))
            .isoformat()
            .replace("+00:00", "Z"),
            "value": f"{rng.randint(1, 5000) / 1000:.3f}",
            "device_id": device,
        }
        for i in range(BATCH_SIZE)
    ]


def summarize(name: str, latencies: list[float], readings: int, seconds: float):
    latencies = sorted(latencies)
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else latencies * 99
    result = {
        "name": name,
        "batches": len(latencies),
        "readings": readings,
        "seconds": round(seconds, 2),
        "readings_per_s": round(readings / seconds, 1),
        "p50_ms": round(q[49] * 1000, 1),
        "p95_ms": round(q[94] * 1000, 1),
        "p99_ms": round(q[98] * 1000, 1),
    }
    log(
        f"{name:9s} {result['readings_per_s']:>9.1f} readings/s  "
        f"{result['batches']} batches  p50 {result['p50_ms']} ms  "
        f"p95 {result['p95_ms']} ms  p99 {result['p99_ms']} ms"
    )
    return result


def drive(name, clients, batches, send) -> tuple[dict, dict]:
    """Run `send(client, seq)` for `batches` pre-generated batches in each of
    `clients` threads; returns the summary and the per-client sum of values sent."""
    latencies: list[float] = []
    sums: dict[int, Decimal] = {}
    lock = threading.Lock()
    errors: list[str] = []

    def worker(client: int):
        seq, local, total = 0, [], Decimal(0)
        while seq < batches and not errors:
            started = time.perf_counter()
            try:
                total += send(client, seq)
            except Exception as exc:  # report and stop the run
                errors.append(f"{type(exc).__name__}: {exc}")
                break
            local.append(time.perf_counter() - started)
            seq += 1
        with lock:
            latencies.extend(local)
            sums[client] = total

    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(c,)) for c in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    if errors:
        raise SystemExit(f"{name} failed: {errors[0]}")
    return summarize(name, latencies, len(latencies) * BATCH_SIZE, elapsed), sums


def run_app(args, env, fixtures, run, base) -> tuple[dict, Decimal]:
    import requests

    port = free_port()
    server = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "gunicorn",
            "carbon.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(args.workers),
            "--threads",
            str(args.threads),
            "--log-level",
            "warning",
        ],
        cwd=BASE_DIR,
        env=env,
        start_new_session=True,
    )
    path = "/api/v1/ingest/"
    headers = {
        "Authorization": f"Token {fixtures['token']}",
        "Content-Type": "application/json",
    }
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(f"http://127.0.0.1:{port}/healthz", timeout=1).ok:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("gunicorn did not start")
            time.sleep(0.2)
        # http.client with keep-alive, not requests.Session: on a 2-core box the
        # load generator shares the CPUs with the server, and requests cost a third
        # of the machine at C=10 (measured), which would be charged to the app.
        sessions = [
            http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            for _ in range(args.clients)
        ]

        def prepare(tag: str, count: int) -> list[list[tuple[bytes, Decimal]]]:
            prepared = []
            for client in range(args.clients):
                rng = random.Random(f"{tag}-{client}")
                mine = []
                for seq in range(count):
                    readings = make_batch(client, seq, tag, base, rng)
                    body = {"site_id": fixtures["app_site"], "readings": readings}
                    total = sum((Decimal(r["value"]) for r in readings), Decimal(0))
                    mine.append((json.dumps(body).encode(), total))
                prepared.append(mine)
            return prepared

        def sender(tag: str, prepared):
            def send(client: int, seq: int) -> Decimal:
                body, total = prepared[client][seq]
                conn = sessions[client]
                conn.request(
                    "POST",
                    path,
                    body=body,
                    headers={**headers, "Idempotency-Key": f"{tag}-{client}-{seq}"},
                )
                response = conn.getresponse()
                answer = response.read()
                if response.status != 201:
                    raise RuntimeError(f"{response.status} {answer[:300]!r}")
                return total

            return send

        # Warm up every worker's database connection (other devices, counted too).
        warmup = sender(f"{run}-warm", prepare(f"{run}-warm", 1))
        warm = sum((warmup(c, 0) for c in range(args.clients)), Decimal(0))
        prepared = prepare(run, args.batches)
        result, sums = drive("app", args.clients, args.batches, sender(run, prepared))
        return result, sum(sums.values(), Decimal(0)) + warm
    finally:
        server.terminate()
        server.wait(15)


def run_baseline(args, env, fixtures, run, base) -> tuple[dict, Decimal]:
    """The product's own ingest SQL (sites.services.ingest), straight over psycopg:
    the same statements and transactions without Django or HTTP around them."""
    import psycopg

    from sites.services.ingest import (
        IDEMPOTENCY_CLAIM_SQL,
        IDEMPOTENCY_COMPLETE_SQL,
        OUTBOX_INSERT_SQL,
        READINGS_INSERT_SQL,
        SITE_TOTAL_ADD_SQL,
    )

    url = env["DATABASE_URL"]
    connections = [psycopg.connect(url) for _ in range(args.clients)]
    site, org = fixtures["baseline_site"], fixtures["organization_id"]
    prepared = []
    for client in range(args.clients):
        rng = random.Random(f"{run}-base-{client}")
        mine = []
        for seq in range(args.batches):
            readings = make_batch(client, seq, f"{run}-base", base, rng)
            mine.append(
                (
                    [r["device_id"] for r in readings],
                    [datetime.fromisoformat(r["timestamp"]) for r in readings],
                    [Decimal(r["value"]) for r in readings],
                )
            )
        prepared.append(mine)

    def send(client: int, seq: int) -> Decimal:
        devices, stamps, values = prepared[client][seq]
        conn = connections[client]
        owner = uuid.uuid4()
        with conn.transaction():
            conn.execute("SET LOCAL synchronous_commit = off")
            now = datetime.now(UTC)
            claim = conn.execute(
                IDEMPOTENCY_CLAIM_SQL,
                [
                    uuid.uuid4(),
                    org,
                    f"base-{run}-{client}-{seq}",
                    "x" * 64,
                    "in_progress",
                    owner,
                    now + timedelta(seconds=60),
                    now,
                ],
            ).fetchone()
        batch_id = uuid.uuid4()
        with conn.transaction():
            inserted = conn.execute(
                READINGS_INSERT_SQL, [site, batch_id, devices, stamps, values]
            ).fetchall()
            added = sum((row[2] for row in inserted), Decimal(0))
            total, _ = conn.execute(SITE_TOTAL_ADD_SQL, [added, 0, 0, site]).fetchone()
            body = json.dumps(
                {
                    "batch_id": str(batch_id),
                    "accepted": len(inserted),
                    "total_emissions_to_date": str(total),
                }
            )
            now = datetime.now(UTC)
            conn.execute(
                OUTBOX_INSERT_SQL,
                [uuid.uuid4(), org, site, "readings.ingested", body, now, now],
            )
            conn.execute(
                IDEMPOTENCY_COMPLETE_SQL,
                ["completed", 201, body, claim[0], owner, "in_progress"],
            )
        return added

    try:
        result, sums = drive("baseline", args.clients, args.batches, send)
    finally:
        for conn in connections:
            conn.close()
    return result, sum(sums.values(), Decimal(0))


def check_totals(env, fixtures, expected: dict[str, Decimal]) -> bool:
    import psycopg

    ok = True
    with psycopg.connect(env["DATABASE_URL"]) as conn:
        for site, want in expected.items():
            got = conn.execute(
                "SELECT total_emissions_to_date FROM sites_site WHERE id = %s", [site]
            ).fetchone()[0]
            match = got == want
            ok &= match
            log(
                f"site {site}: total {got}, sent {want} -> {'OK' if match else 'MISMATCH'}"
            )
    verify = subprocess.run(
        [PYTHON, "manage.py", "verify_totals"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    log("verify_totals: " + (verify.stdout + verify.stderr).strip().splitlines()[-1])
    return ok and verify.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument(
        "--batches", type=int, default=100, help="batches per client and phase"
    )
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers")
    parser.add_argument("--threads", type=int, default=1, help="threads per worker")
    args = parser.parse_args()

    env = environment()
    os.environ.update(
        {k: env[k] for k in ("DATABASE_URL", "DEBUG", "SECRET_KEY", "LOG_LEVEL")}
    )
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carbon.settings.base")
    log("migrating")
    subprocess.run(
        [PYTHON, "manage.py", "migrate", "--noinput", "-v", "0"],
        cwd=BASE_DIR,
        env=env,
        check=True,
    )
    run = uuid.uuid4().hex[:8]
    fixtures = setup_fixtures(run)
    base = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1)
    log(
        f"C={args.clients} clients x {args.batches} batches of {BATCH_SIZE} readings "
        f"per phase, gunicorn {args.workers} workers x {args.threads} threads, "
        f"{os.cpu_count()} CPUs"
    )
    app, app_sent = run_app(args, env, fixtures, run, base)
    baseline, base_sent = run_baseline(args, env, fixtures, run, base)
    ratio = app["readings_per_s"] / baseline["readings_per_s"]
    log(f"ratio app/baseline: {ratio:.2f}  (target >= 0.5; p95 target <= 50 ms)")
    ok = check_totals(
        env,
        fixtures,
        {fixtures["app_site"]: app_sent, fixtures["baseline_site"]: base_sent},
    )
    results = BASE_DIR / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    (results / f"ingest-{run}.json").write_text(
        json.dumps(
            {"args": vars(args), "app": app, "baseline": baseline, "ratio": ratio},
            indent=2,
        )
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
