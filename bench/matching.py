"""Benchmark of the AI matching path: 1,000,000 activities, ~5,000 distinct keys.

    make bench-matching            # or: .venv/bin/python bench/matching.py [--help]

1. Writes an upload with N activities (COPY) whose rows share K distinct keys.
2. Starts the AI matching service (`python -m matching.service`, the real
   model) with the latency scaled so one call takes `--latency` seconds, and
   `--workers` processes of `manage.py ai_match_worker --threads T` (more claimants
   than the 10 slots, on purpose).
3. Times the match step: dedupe the activities' keys in SQL, store the uncached ones
   as batches, let the workers call the service, then set every activity's match
   from the cache in one UPDATE.

Prints the calls made, the service's own max in-flight, the wall time of the AI
phase against the theoretical minimum ceil(calls / 10) x latency, and the targets.
Everything it wrote is deleted afterwards (unless --keep).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import math
import os
import random
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DEBUG", "true")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carbon.settings.base")
os.environ.setdefault("LOG_LEVEL", "WARNING")
os.environ.setdefault("LOG_FORMAT", "console")

NOUNS = (
    "diesel",
    "petrol",
    "natural gas",
    "electricity",
    "heating oil",
    "lpg",
    "coal",
    "business flights",
    "hotel stay",
    "rail travel",
    "taxi",
    "courier",
    "freight trucking",
    "office paper",
    "laptops",
    "software licences",
    "cleaning",
    "catering",
    "steel",
    "aluminium",
    "cement",
    "plastics",
    "furniture",
    "printing",
    "water supply",
    "waste collection",
    "consulting",
    "legal services",
    "advertising",
    "insurance",
    "telecoms",
    "car hire",
    "fertiliser",
    "timber",
    "glass",
    "textiles",
    "chemicals",
    "pharmaceuticals",
    "security services",
    "maintenance",
    "hvac service",
    "refrigerant",
    "tyres",
    "lubricants",
    "paint",
    "packaging",
    "cardboard",
    "food",
    "beverages",
    "uniforms",
)
QUALIFIERS = (
    "q1",
    "q2",
    "q3",
    "q4",
    "site a",
    "site b",
    "north",
    "south",
    "east",
    "west",
    "hq",
    "plant 1",
    "plant 2",
    "depot",
    "warehouse",
    "lab",
    "fleet",
    "regional",
    "contract",
    "spot",
    "annual",
    "monthly",
    "project x",
    "project y",
    "misc",
)
KINDS = (  # unit, category, region
    ("USD", "purchased goods", "US"),
    ("GBP", "purchased goods", "GB"),
    ("kWh", "energy", "GB"),
    ("litre", "fuel", "GB"),
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - local
        return json.loads(response.read())


def key_tuples(count: int) -> list[tuple[str, str, str, str]]:
    tuples = [
        (f"{noun} {qualifier}", unit, category, region)
        for noun in NOUNS
        for qualifier in QUALIFIERS
        for unit, category, region in KINDS
    ]
    random.Random(1).shuffle(tuples)
    return tuples[:count]


def create_data(organization, activities: int, keys: int):
    from django.db import connection

    from ingestion.models import Activity, Upload
    from matching.factors.keys import match_key, unit_key

    upload = Upload.objects.create(
        organization=organization,
        filename="bench-matching.csv",
        file="bench/bench-matching.csv",
        file_type=Upload.FileType.CSV,
        size_bytes=0,
        sha256=hashlib.sha256(uuid.uuid4().bytes).hexdigest(),
        status=Upload.Status.MATCHING,
    )
    tuples = [
        (
            desc,
            unit,
            unit_key(unit),
            cat,
            region,
            match_key(description=desc, unit=unit, category=cat, region=region),
        )
        for desc, unit, cat, region in key_tuples(keys)
    ]
    rng = random.Random(2)
    columns = (
        "organization_id, upload_id, row_number, description, quantity, unit, "
        "unit_normalized, category, supplier, site, external_id, currency, region, "
        "match_key"
    )
    org, up = str(organization.pk), str(upload.pk)
    chunk = 100_000
    with connection.cursor() as cursor:
        for start in range(0, activities, chunk):
            buffer = io.StringIO()
            for row in range(start, min(activities, start + chunk)):
                # Every key at least once, then a skewed mix (a few keys are common).
                index = (
                    row if row < len(tuples) else int(len(tuples) * rng.random() ** 2)
                )
                desc, unit, unit_norm, cat, region, key = tuples[index]
                buffer.write(
                    f"{org}\t{up}\t{row + 1}\t{desc}\t{rng.randint(1, 999)}.5\t{unit}\t"
                    f"{unit_norm}\t{cat}\t\t\t\t\t{region}\t{key}\n"
                )
            buffer.seek(0)
            table = Activity._meta.db_table
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                copy.write(buffer.read())
    return upload


def main() -> int:  # noqa: PLR0915 - one linear script
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=1_000_000)
    parser.add_argument("--keys", type=int, default=5_000)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--latency", type=float, default=2.0, help="seconds per call")
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=8, help="threads per worker")
    parser.add_argument("--max-in-flight", type=int, default=10)
    parser.add_argument("--keep", action="store_true", help="keep the bench data")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    call_command("load_factors", verbosity=0)
    from accounts.models import Organization
    from ingestion.models import Activity
    from matching.ai.runs import ai_batches_create
    from matching.ai_models import AiMatchBatch, AiSlot
    from matching.matchers.base import MatchItem
    from matching.services.matches import activity_keys_add

    organization = Organization.objects.create(name=f"Bench matching {uuid.uuid4()}")
    started = time.monotonic()
    upload = create_data(organization, args.activities, args.keys)
    print(
        f"data: {args.activities:,} activities written in "
        f"{time.monotonic() - started:.1f}s"
    )

    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": os.environ.get("DATABASE_URL")
        or settings.DATABASES["default"].get("URL", ""),
    }
    if not env["DATABASE_URL"]:
        from carbon.core import devdb

        env["DATABASE_URL"] = devdb.start()
    env.update(
        {
            "AI_MATCHING_URL": f"http://127.0.0.1:{port}",
            "AI_MATCHING_MAX_IN_FLIGHT": str(args.max_in_flight),
            "AI_MATCHING_BATCH_SIZE": str(args.batch_size),
            "AI_MATCHING_TIMEOUT_SECONDS": str(max(30.0, args.latency * 5)),
            "AI_MATCHING_SLOT_POLL_SECONDS": "0.05",
            "AI_MATCHING_BACKOFF_BASE_SECONDS": str(args.latency / 4),
        }
    )
    children = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "matching.service",
                "--port",
                str(port),
                "--latency",
                str(args.latency),
                "--time-scale",
                "1",
                "--max-in-flight",
                str(args.max_in_flight),
                "--retry-after",
                str(args.latency / 2),
            ],
            cwd=BASE_DIR,
            env=env,
            start_new_session=True,
        )
    ]
    children += [
        subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "ai_match_worker",
                "--threads",
                str(args.threads),
                "--idle-seconds",
                "3600",
            ],
            cwd=BASE_DIR,
            env=env,
            start_new_session=True,
        )
        for _ in range(args.workers)
    ]
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                get_json(f"http://127.0.0.1:{port}/healthz")
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        time.sleep(3)  # let the workers finish booting Django

        # -- the match step -------------------------------------------------------
        t0 = time.monotonic()
        with connection.cursor() as cursor:
            # As the pipeline does: freshly COPYed rows have no statistics yet.
            cursor.execute(f"ANALYZE {Activity._meta.db_table}")
        rows = (
            Activity.objects.filter(upload=upload)
            .order_by("match_key")
            .distinct("match_key")
            .values_list(
                "match_key", "description", "unit_normalized", "category", "region"
            )
        )
        items = [
            MatchItem(key=k, description=d, unit=u, category=c, region=r)
            for k, d, u, c, r in rows.iterator(chunk_size=5000)
        ]
        t_dedupe = time.monotonic()
        batches = ai_batches_create(
            items=items,
            organization=organization,
            batch_size=args.batch_size,
            enqueue=False,
        )
        ids = [batch.pk for batch in batches]
        unfinished = AiMatchBatch.objects.filter(pk__in=ids).exclude(
            status__in=AiMatchBatch.FINISHED
        )
        while unfinished.exists():
            time.sleep(0.02)
        t_ai = time.monotonic()
        # The pipeline's own apply step (matching.services.pipeline).
        activity_keys_add(organization=organization, keys=[item.key for item in items])
        updated = Activity.objects.filter(
            upload=upload, match__id__isnull=False
        ).count()
        t_done = time.monotonic()

        stats = get_json(f"http://127.0.0.1:{port}/v1/stats")
        done = AiMatchBatch.objects.filter(pk__in=ids)
        attempts = sum(done.values_list("attempts", flat=True))
        outcomes = sorted(set(done.values_list("outcome", flat=True)))
        calls = stats["requests"]
        retries = attempts - len(ids)
        ai_wall = t_ai - t_dedupe
        minimum = math.ceil(calls / args.max_in_flight) * args.latency
        call_bound = math.ceil(len(items) / args.batch_size) + retries
        leftover = AiSlot.objects.exclude(expires_at=None).count()

        print(f"activities:                 {args.activities:,}")
        print(f"distinct keys:              {len(items):,}")
        print(f"batch size / batches:       {args.batch_size} / {len(ids)}")
        print(f"workers x threads:          {args.workers} x {args.threads}")
        print(f"service latency per call:   {args.latency:.1f}s")
        print(
            f"external calls made:        {calls} (retries {retries}, "
            f"429s {stats['rejected_busy']})"
        )
        print(f"service max in flight:      {stats['max_in_flight']}")
        print(f"batch outcomes:             {', '.join(outcomes)}")
        print(f"key dedupe (SQL):           {t_dedupe - t0:.2f}s")
        print(f"AI phase wall time:         {ai_wall:.2f}s")
        print(
            f"theoretical minimum:        ceil({calls}/{args.max_in_flight}) x "
            f"{args.latency:.1f}s = {minimum:.2f}s  (ratio {ai_wall / minimum:.3f})"
        )
        print(f"apply to activity keys:     {t_done - t_ai:.2f}s ({updated:,} rows)")
        print(f"match step total:           {t_done - t0:.2f}s")
        print(f"slots still leased:         {leftover}")
        checks = {
            f"calls {calls} <= ceil(keys/batch) + retries = {call_bound}": calls
            <= call_bound,
            f"max in flight {stats['max_in_flight']} <= {args.max_in_flight}": stats[
                "max_in_flight"
            ]
            <= args.max_in_flight,
            f"wall {ai_wall:.2f}s <= 1.2 x {minimum:.2f}s": ai_wall <= 1.2 * minimum,
        }
        for text, ok in checks.items():
            print(f"  [{'ok' if ok else 'FAIL'}] {text}")
        return 0 if all(checks.values()) else 1
    finally:
        for child in children:
            if child.poll() is None:
                os.killpg(child.pid, signal.SIGTERM)
        for child in children:
            child.wait(timeout=30)
        if not args.keep:
            with connection.cursor() as cursor:
                cursor.execute(
                    f"DELETE FROM {Activity._meta.db_table} WHERE upload_id = %s",  # noqa: S608
                    [str(upload.pk)],
                )
            organization.delete()


if __name__ == "__main__":
    sys.exit(main())
