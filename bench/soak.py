"""Soak: mixed load on loopback for a bounded time, then requests, 5xx, p95, RSS.

    python bench/soak.py [--minutes 10] [--ingest-clients 10] [--upload-every 60]

Uses DATABASE_URL (or the embedded PostgreSQL), migrates, creates an organization,
sites, an analyst and a token, starts gunicorn and the default/io/cpu worker
clusters on 127.0.0.1, and drives for --minutes: ingest clients (batches of 10
readings), an activities upload every --upload-every seconds, API readers (sites,
metrics, uploads, results) and dashboard readers (signed-in HTML pages). Prints
requests, 5xx (must be 0), p95 per endpoint group and worker/web RSS at start and
end (growth must stay under 10 %); exits 1 when either bound is broken.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
sys.path.insert(0, str(BASE_DIR / "bench"))
PYTHON = sys.executable

from ingest import environment, free_port, log  # noqa: E402


def fixtures(run: str) -> dict:
    import django

    django.setup()
    from rest_framework.authtoken.models import Token

    from accounts.models import Role
    from accounts.services import organization_create, user_ensure
    from sites.services import site_create
    from sites.services.partitions import readings_partitions_ensure

    password = uuid.uuid4().hex
    setup = organization_create(
        name=f"Soak {run}",
        admin_email=f"soak-{run}@bench.test",
        admin_password=password,
    )
    analyst, _ = user_ensure(
        organization=setup.organization,
        email=f"soak-analyst-{run}@bench.test",
        password=password,
        role=Role.ANALYST,
    )
    sites = [
        str(
            site_create(
                organization=setup.organization,
                name=f"soak {n}",
                emission_limit=Decimal(10**12),
            ).pk
        )
        for n in range(3)
    ]
    readings_partitions_ensure()
    return {
        "sites": sites,
        "token": Token.objects.get_or_create(user=analyst)[0].key,
        "email": analyst.email,
        "password": password,
    }


def rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants."""
    out = subprocess.run(
        ["ps", "-eo", "pid=,ppid=,rss="], capture_output=True, text=True
    ).stdout
    rows = [tuple(map(int, line.split())) for line in out.splitlines() if line.strip()]
    total, frontier = 0, [pid]
    while frontier:
        parent = frontier.pop()
        for child, ppid, rss in rows:
            if child == parent:
                total += rss
            if ppid == parent:
                frontier.append(child)
    return total


class Recorder:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)
        self.other: dict[str, int] = defaultdict(int)

    def call(self, group: str, send) -> object:
        started = time.perf_counter()
        try:
            response = send()
        except Exception as exc:  # a dropped connection counts as a failure
            with self.lock:
                self.errors[group] += 1
                self.other[f"{group}:{type(exc).__name__}"] += 1
            return None
        elapsed = time.perf_counter() - started
        with self.lock:
            self.latencies[group].append(elapsed)
            if response.status_code >= 500:
                self.errors[group] += 1
            elif response.status_code >= 400:
                self.other[f"{group}:{response.status_code}"] += 1
        return response


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[int(0.95 * (len(ordered) - 1))] if ordered else 0.0


def activities_csv(run: str, n: int, rows: int = 2000) -> bytes:
    lines = ["description,quantity,unit,date,external_id"]
    kinds = ["Electricity,1200,kWh", "Diesel,300,litres", "Natural gas,5000,kWh"]
    lines += [
        f"{kinds[i % 3]},2026-01-{i % 28 + 1:02d},{run}-{n}-{i}" for i in range(rows)
    ]
    return ("\n".join(lines) + "\n").encode()


def main() -> int:  # noqa: PLR0915
    import requests

    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--ingest-clients", type=int, default=10)
    parser.add_argument("--upload-every", type=float, default=60)
    parser.add_argument("--readers", type=int, default=2)
    args = parser.parse_args()

    env = environment()
    env.pop("AI_MATCHING_URL", None)
    os.environ.update({k: env[k] for k in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")})
    os.environ.setdefault("SECRET_KEY", env["SECRET_KEY"])
    subprocess.run(
        [PYTHON, "manage.py", "migrate", "--noinput", "-v", "0"],
        cwd=BASE_DIR,
        env=env,
        check=True,
    )
    subprocess.run(
        [PYTHON, "manage.py", "load_factors"],
        cwd=BASE_DIR,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    run = uuid.uuid4().hex[:8]
    data = fixtures(run)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    processes = {
        "web": subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                "carbon.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "2",
                "--threads",
                "4",
                "--log-level",
                "warning",
            ],
            cwd=BASE_DIR,
            env=env,
            start_new_session=True,
        )
    }
    for profile in ("default", "io", "cpu"):
        processes[f"worker-{profile}"] = subprocess.Popen(
            [PYTHON, "manage.py", "qcluster"],
            cwd=BASE_DIR,
            env={**env, "Q_CLUSTER_NAME": profile},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    recorder = Recorder()
    stop = threading.Event()
    token = {"Authorization": f"Token {data['token']}"}

    def ingest(client: int) -> None:
        session, seq = requests.Session(), 0
        start = datetime.now(UTC) - timedelta(days=20)
        while not stop.is_set():
            moments = [
                start + timedelta(seconds=(seq * 10 + i) * 7 + client)
                for i in range(10)
            ]
            body = {
                "site_id": data["sites"][client % len(data["sites"])],
                "readings": [
                    {
                        "timestamp": m.isoformat().replace("+00:00", "Z"),
                        "value": "0.5",
                        "device_id": f"soak-{client}",
                    }
                    for m in moments
                ],
            }
            recorder.call(
                "ingest",
                lambda body=body: session.post(
                    f"{base}/api/v1/ingest/", json=body, headers=token, timeout=30
                ),
            )
            seq += 1
            stop.wait(0.2)

    def uploads() -> None:
        session, n = requests.Session(), 0
        while not stop.is_set():
            files = {"file": (f"soak-{n}.csv", activities_csv(run, n), "text/csv")}
            recorder.call(
                "upload",
                lambda files=files: session.post(
                    f"{base}/api/v1/uploads/", files=files, headers=token, timeout=60
                ),
            )
            n += 1
            stop.wait(args.upload_every)

    def api_reads() -> None:
        session = requests.Session()
        paths = [
            "/api/v1/sites/",
            f"/api/v1/sites/{data['sites'][0]}/metrics/",
            "/api/v1/uploads/",
            "/api/v1/results/?group_by=category",
            "/api/v1/jobs/",
        ]
        while not stop.is_set():
            for path in paths:
                recorder.call(
                    "api_read",
                    lambda p=path: session.get(base + p, headers=token, timeout=30),
                )
            stop.wait(0.5)

    def dashboard() -> None:
        session = requests.Session()
        login = session.get(f"{base}/accounts/login/", timeout=30)
        csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login.text)[1]
        signed_in = session.post(
            f"{base}/accounts/login/",
            timeout=30,
            headers={"Referer": f"{base}/accounts/login/"},
            data={
                "login": data["email"],
                "password": data["password"],
                "csrfmiddlewaretoken": csrf,
            },
        )
        if "/accounts/login/" in signed_in.url:  # measure pages, not the login form
            raise SystemExit(
                f"dashboard reader could not sign in: {signed_in.status_code}"
            )
        paths = ["/", "/sites/", f"/sites/{data['sites'][0]}/", "/uploads/", "/jobs/"]
        while not stop.is_set():
            for path in paths:
                recorder.call(
                    "dashboard", lambda p=path: session.get(base + p, timeout=30)
                )
            stop.wait(1.0)

    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(f"{base}/healthz", timeout=1).ok:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                raise SystemExit("gunicorn did not start")
            time.sleep(0.3)
        threads = [
            threading.Thread(target=ingest, args=(c,))
            for c in range(args.ingest_clients)
        ]
        threads += [threading.Thread(target=uploads)]
        threads += [threading.Thread(target=api_reads) for _ in range(args.readers)]
        threads += [threading.Thread(target=dashboard) for _ in range(args.readers)]
        for thread in threads:
            thread.start()
        time.sleep(
            min(20, args.minutes * 60 / 5)
        )  # warm-up before the first RSS figure
        rss_start = {name: rss_kb(p.pid) for name, p in processes.items()}
        log(
            f"soak for {args.minutes} min, {args.ingest_clients} ingest clients, upload every {args.upload_every}s"
        )
        stop.wait(max(0.0, args.minutes * 60 - min(20, args.minutes * 60 / 5)))
        rss_end = {name: rss_kb(p.pid) for name, p in processes.items()}
        stop.set()
        for thread in threads:
            thread.join(timeout=90)
    finally:
        stop.set()
        for process in processes.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in processes.values():
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)

    total = sum(len(v) for v in recorder.latencies.values()) + sum(
        n
        for k, n in recorder.other.items()
        if ":" in k and not k.split(":")[1].isdigit()
    )
    errors = sum(recorder.errors.values())
    log(f"requests: {total}   5xx or dropped: {errors}")
    for group, values in sorted(recorder.latencies.items()):
        log(
            f"  {group:<10} n={len(values):<6} p95={p95(values) * 1000:.0f} ms  5xx={recorder.errors[group]}"
        )
    for key, count in sorted(recorder.other.items()):
        log(f"  other answers {key}: {count}")
    growth_ok = True
    for name in processes:
        start, end = rss_start[name], rss_end[name]
        growth = (end - start) / start * 100 if start else 0.0
        growth_ok &= growth < 10
        log(
            f"  RSS {name:<15} start={start / 1024:.0f} MB end={end / 1024:.0f} MB growth={growth:+.1f} %"
        )
    return 0 if errors == 0 and growth_ok else 1


if __name__ == "__main__":
    sys.exit(main())
