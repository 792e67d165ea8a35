"""How well spend lines are matched on publishers the model was not tuned on.

    make bench-matching-quality    # or: .venv/bin/python bench/matching_quality.py
    .venv/bin/python bench/matching_quality.py --write-model   # refit data/model.json
    .venv/bin/python bench/matching_quality.py --skip-service  # quality only
    .venv/bin/python bench/matching_quality.py --unseen --misses 40  # no labels

Uses DATABASE_URL, else the embedded PostgreSQL, with the factor library loaded.
Builds labelled sets from six publishers in ../shared/data/samples/ (spend/,
ledgers/): each row's label comes mechanically from its own category / GL / MCC /
product column through the tables in bench/labels/ (no hand-picked rows; the files
are read where they are, never copied). The model reads the columns the platform's
own reading picks (ingestion.recognition, as an upload of the file would: no column
is chosen by hand), and the keys are the platform's (description and category; the
merchant type and supplier of a key's first row).
Then, for each publisher in turn, fits the
model's scorer and calibration on the others and scores the left-out one: whether
the platform reads the file without a column mapping, top-1 accuracy, the precision
of what would be `matched` (no review) and the share auto-matched, per distinct key
(what is matched once), next to the local matcher's figures on the same keys.
Finally starts the AI matching service (`python -m matching.service`) and times
5,000 new distinct keys through it: keys/s, model ready time, peak RSS.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import requests

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carbon.settings.base")
os.environ.setdefault("LOG_LEVEL", "WARNING")
os.environ.setdefault("LOG_FORMAT", "console")
os.environ.setdefault("SECRET_KEY", "bench-only")
SAMPLES = BASE_DIR.parent / "shared" / "data" / "samples"
LABELS = BASE_DIR / "bench" / "labels"
# The fields of a row the model reads, as the platform's match step sends them.
PARTS = ("description", "category", "merchant_type", "supplier")
TARGETS = {"top1": 0.85, "matched_precision": 0.95, "auto_share": 0.6}


@dataclass(frozen=True)
class Publisher:
    """A labelled publisher: its files and the column its labels come from. Which
    columns the model reads (description, category, supplier) is the platform's
    own reading of the file (ingestion.recognition), as an upload would read it."""

    name: str
    files: tuple[str, ...]
    label: str | int | None
    currency: str = "GBP"
    region: str = "GB"


PUBLISHERS = (
    Publisher(
        "birmingham",
        (
            "spend/birmingham_cc_purchase_card_2016_06.csv",
            "spend/birmingham_cc_purchase_card_2017_01.csv",
            "spend/birmingham_cc_purchase_card_2017_08.csv",
        ),
        label="TRANS CAC DESC 1",
    ),
    Publisher(
        "oxford",
        ("ledgers/oxford_city_council_gpc_2017_q1.csv",),
        label="Transaction description",
    ),
    Publisher(
        "epsrc",
        ("ledgers/epsrc_all_transactions_2016_12.csv",),
        label="Expense Type",
    ),
    Publisher(
        "craven",
        ("ledgers/craven_dc_payments_2017_03.csv",),
        label=6,  # the second "Account Code" column: its description
    ),
    Publisher(
        "trafford",
        ("ledgers/trafford_council_gpc_2026_27.csv",),
        label="MerchantCategoryCode",
    ),
    Publisher(
        "usaid",
        ("spend/usaid_scms_delivery_history.csv",),
        label="Product Group",
        currency="USD",
        region="US",
    ),
)


@dataclass
class Labelled:
    publisher: str
    items: list = field(default_factory=list)  # MatchItem, one per distinct key
    acceptable: list = field(default_factory=list)  # tuple of NAICS prefixes
    rows: int = 0
    unlabelled_rows: int = 0
    # Keys of accounts the label table names and gives no factor (catch-all
    # accounts, transfers): not scored, but the share of them matched without
    # review is printed (a confident answer there rests on the merchant alone).
    no_answer: list = field(default_factory=list)
    read: str = ""  # read without a person: "yes", or what is missing
    columns: dict = field(default_factory=dict)  # part -> the header it comes from
    every_key: list = field(default_factory=list)  # labelled or not (throughput)


def setup() -> None:
    if not os.environ.get("DATABASE_URL"):
        from carbon.core import devdb

        os.environ["DATABASE_URL"] = devdb.start()
    import django

    django.setup()
    from matching.factors.loaders import factor_library_load

    factor_library_load()


def _rows(path: Path) -> list[list[str]]:
    """The file's rows as the platform reads them (ingestion.readers)."""
    from ingestion.readers import iter_rows

    with path.open("rb") as handle:
        return [
            ["" if cell is None else str(cell) for cell in cells]
            for _number, cells in iter_rows(handle, "csv")
        ]


def _column(header: list[str], spec) -> int | None:
    if spec is None:
        return None
    return spec if isinstance(spec, int) else header.index(spec)


def platform_reading(rows: list[list[str]], currency: str) -> tuple[dict, int, str]:
    """What the platform's own reading makes of the file, uploaded by an
    organization whose default currency is `currency` (as the parse does: the
    header found by its words, then every column read from its header and a
    sample of PROFILE_ROWS rows): the fields' columns, the header's position and
    whether it reads without a person."""
    from ingestion.parsing import HeaderMap, header_map, looks_like_header
    from ingestion.recognition import PROFILE_ROWS, recognize

    for position, cells in enumerate(rows[:30]):
        if looks_like_header(header_map(position + 1, cells)):
            names = tuple(cell.strip() for cell in cells)
            sample = rows[position + 1 : position + 1 + PROFILE_ROWS]
            columns, _readings, _profiles = recognize(names, sample)
            missing = HeaderMap(position + 1, columns, names).missing(
                {"currency": currency}
            )
            return (
                columns,
                position,
                "yes" if not missing else "needs " + "+".join(missing),
            )
    raise SystemExit("no header recognized")


def label_table(name: str) -> list[tuple[str, tuple[str, ...]]]:
    """The publisher's labelled values that are words (not bare MCC codes)."""
    with (LABELS / f"{name}.csv").open(newline="", encoding="utf-8") as handle:
        return [
            (row["value"].strip(), tuple(row["acceptable_naics"].split()))
            for row in csv.DictReader(handle)
            if row["acceptable_naics"].strip() and not row["value"].strip().isdigit()
        ]


@dataclass(frozen=True)
class FileRow:
    """A data row of a publisher's file, read as the platform reads the file."""

    read: str  # "yes", or what a person would have to map
    columns: dict  # part -> the header it comes from
    header: list
    cells: list
    key: tuple  # the platform's: description and category
    fields: dict  # the MatchItem's fields, but its key


def file_rows(publisher: Publisher):
    for name in publisher.files:
        rows = _rows(SAMPLES / name)
        columns, position, read = platform_reading(rows, publisher.currency)
        header = [cell.strip() for cell in rows[position]]
        named = {part: header[columns[part]] for part in PARTS if part in columns}
        for cells in rows[position + 1 :]:
            if len(cells) < len(header) - 1 or not any(cells):
                continue
            values = {
                part: cells[columns[part]].strip() if part in columns else ""
                for part in PARTS
            }
            # Unit and region are the publisher's; the supplier of a key is its
            # first row's.
            yield FileRow(
                read,
                named,
                header,
                cells,
                (values["description"].lower(), values["category"].lower()),
                {
                    "unit": publisher.currency,
                    "currency": publisher.currency,
                    "region": publisher.region,
                    "country": publisher.region,  # the organization's
                    **values,
                },
            )


def labelled(publisher: Publisher) -> Labelled:
    from matching.matchers.base import MatchItem

    with (LABELS / f"{publisher.name}.csv").open(newline="", encoding="utf-8") as h:
        table = {
            row["value"].strip(): tuple(row["acceptable_naics"].split())
            for row in csv.DictReader(h)
        }
    found = Labelled(publisher.name)
    keys: dict[tuple, int] = {}
    no_answer: set[tuple] = set()
    seen: set[tuple] = set()
    for row in file_rows(publisher):
        found.read = found.read or row.read
        found.columns = row.columns
        key, item = row.key, row.fields
        if key not in seen:
            seen.add(key)
            found.every_key.append(
                MatchItem(key=f"{publisher.name}:all:{len(seen)}", **item)
            )
        label = row.cells[_column(row.header, publisher.label)].strip()
        acceptable = table.get(label, ())
        if not acceptable:
            found.unlabelled_rows += 1
            if label in table and key not in keys and key not in no_answer:
                no_answer.add(key)
                found.no_answer.append(
                    MatchItem(
                        key=f"{publisher.name}:none:{len(found.no_answer)}",
                        **item,
                    )
                )
            continue
        found.rows += 1
        if key in keys:
            continue
        keys[key] = len(found.items)
        found.items.append(
            MatchItem(key=f"{publisher.name}:{len(found.items)}", **item)
        )
        found.acceptable.append(acceptable)
    return found


def _scores(probability, right, threshold):
    matched = probability >= threshold
    return {
        "top1": float(right.mean()) if len(right) else 0.0,
        "matched_precision": float(right[matched].mean()) if matched.any() else 1.0,
        "auto_share": float(matched.mean()) if len(right) else 0.0,
        "matched": int(matched.sum()),
    }


def local_figures(data: Labelled) -> dict:
    from matching.factors.models import EmissionFactor
    from matching.matchers.local import LocalMatcher
    from matching.models import MatchStatus
    from matching.services.matches import match_status_for

    results = LocalMatcher().match_items(data.items)
    ids = EmissionFactor.objects.in_bulk([r.factor_id for r in results if r.factor_id])
    right, matched = [], []
    for result, acceptable in zip(results, data.acceptable, strict=True):
        factor = ids.get(result.factor_id)
        right.append(
            factor is not None
            and factor.source == "epa_supply_chain"
            and any(factor.external_id.startswith(p) for p in acceptable)
        )
        matched.append(match_status_for(result) == MatchStatus.MATCHED)
    return _scores(np.array(matched, dtype=float), np.array(right), 0.5)


def reliability(probability: np.ndarray, right: np.ndarray) -> list[str]:
    lines = ["  confidence   keys  right  precision"]
    edges = [0.0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 1.01]
    for low, high in itertools.pairwise(edges):
        inside = (probability >= low) & (probability < high)
        if inside.any():
            lines.append(
                f"  {low:.2f}-{min(high, 1.0):.2f}  {inside.sum():6d} "
                f"{int(right[inside].sum()):6d}  {right[inside].mean():9.3f}"
            )
    return lines


def print_publisher(data: Labelled, probability, right, threshold: float) -> None:
    model = _scores(probability, right, threshold)
    local = local_figures(data)
    read = data.read
    marks = "".join("" if model[m] >= t else f" {m}<{t}" for m, t in TARGETS.items())
    print(
        f"  {data.publisher:11s} {read[:8]:8s} {data.rows:6d} {len(data.items):5d} "
        f"{model['top1']:6.3f} {model['matched_precision']:6.3f} "
        f"{model['auto_share']:6.3f} | local: {local['top1']:6.3f} "
        f"{local['matched_precision']:6.3f} {local['auto_share']:6.3f}"
        f"{'  below:' + marks if marks else ''}"
    )


def leave_one_out(sets: list[Labelled], write_model: bool, misses: int) -> None:
    from django.conf import settings

    from matching.ai.items import class_samples
    from matching.service.model import (
        Calibration,
        ModelMatcher,
        decide,
        feature_weights,
    )
    from matching.service.model import knowledge_index as index_get
    from matching.service.training import Example, fit, right_codes

    index = index_get()
    threshold = settings.AI_MATCHING_CONFIDENCE_THRESHOLD
    print(
        f"knowledge index: {index.phrase_count} phrases over {len(index.codes)} "
        f"NAICS-6 spend factors; matched at confidence >= {threshold}"
    )
    tables = {data.publisher: label_table(data.publisher) for data in sets}

    def scored_for(data: Labelled, others: list[str], no_answer=False) -> list:
        """The publisher's keys scored with the others' labelled accounts only (and
        its keys without an answer, for training)."""
        fold = ModelMatcher(examples=[row for name in others for row in tables[name]])
        items = data.items + (data.no_answer if no_answer else [])
        acceptable = data.acceptable + [()] * (len(items) - len(data.items))
        # Each category value's trust read from the publisher's keys, as the match
        # step reads it from an upload's.
        trust = fold.class_trust(class_samples(data.every_key))
        return [
            Example(s, right_codes(index.codes, accepted), 1.0 / len(items))
            for s, accepted in zip(
                fold.score_spend(items, trust), acceptable, strict=True
            )
        ]

    print(
        "\nleave one publisher out (fit on the others, score this one; per key):\n"
        f"  {'publisher':11s} {'read':8s} {'rows':>6s} {'keys':>5s} "
        f"{'top1':>6s} {'m.prec':>6s} {'auto':>6s} | local: "
        f"{'top1':>6s} {'m.prec':>6s} {'auto':>6s}"
    )
    pooled_p, pooled_right = [], []
    for data in sets:
        others = [d.publisher for d in sets if d is not data]
        # Training keys see the labelled accounts of the other training publishers
        # (never their own: that would teach the scorer to trust a perfect match).
        training = {
            d.publisher: scored_for(d, [n for n in others if n != d.publisher])
            for d in sets
            if d is not data
        }
        held = scored_for(data, others, no_answer=True)
        parameters = fit(training)
        decided = decide(
            data.items + data.no_answer,
            [e.scored for e in held],
            feature_weights(parameters["weights"]),
            feature_weights(parameters["field_weights"]),
            Calibration(parameters),
        )
        no_answer = np.array([p for _, p in decided[len(data.items) :]])
        shown = 0
        for item, (code, p) in zip(
            data.no_answer, decided[len(data.items) :], strict=True
        ):
            if p >= threshold and code is not None and shown < misses:
                shown += 1
                print(
                    f"      no answer, matched {item.description!r} | "
                    f"{item.category!r} -> {index.codes[code]} "
                    f"{index.factor_names[code][:40]}"
                )
        held, decided = held[: len(data.items)], decided[: len(data.items)]
        probability = np.array([p for _, p in decided])
        right = [
            bool(e.right[code]) if code is not None else False
            for e, (code, _) in zip(held, decided, strict=True)
        ]
        right = np.array(right)
        print_misses(held, right, index, misses)
        pooled_p.append(probability)
        pooled_right.append(right)
        print_publisher(data, probability, right, threshold)
        if len(no_answer):
            print(
                f"  {'':11s} accounts without an answer (catch-all, transfers): "
                f"{len(no_answer)} keys, {(no_answer >= threshold).mean():.3f} "
                "matched without review"
            )
    probability, right = np.concatenate(pooled_p), np.concatenate(pooled_right)
    print("\nreliability of the held-out confidences (all publishers pooled):")
    print("\n".join(reliability(probability, right)))
    names = [d.publisher for d in sets]
    everything = {
        d.publisher: scored_for(d, [n for n in names if n != d.publisher]) for d in sets
    }
    parameters = fit(everything)
    print(
        "\nweights fitted on all publishers: "
        + ", ".join(f"{k} {v:.2f}" for k, v in parameters["weights"].items())
    )
    if write_model:
        write_model_files(parameters, [(n, tables[n]) for n in names])


def print_misses(held: list, right, index, count: int) -> None:
    wrong = [e.scored for e, ok in zip(held, right, strict=True) if not ok]
    for scored in wrong[:count]:
        best = int(scored.order[0])
        print(
            f"      miss {scored.texts} -> {index.codes[best]} "
            f"{index.factor_names[best][:40]}"
        )


def write_model_files(parameters: dict, tables: list) -> None:
    from matching.service.model import EXAMPLES_FILE, MODEL_FILE

    parameters["note"] = (
        "fitted by bench/matching_quality.py --write-model on the labelled rows of "
        + ", ".join(name for name, _ in tables)
    )
    MODEL_FILE.write_text(json.dumps(parameters, indent=1) + "\n")
    with EXAMPLES_FILE.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["value", "acceptable_naics", "publisher"])
        for name, rows in tables:
            for value, acceptable in rows:
                writer.writerow([value, " ".join(acceptable), name])
    print(f"wrote {EXAMPLES_FILE.relative_to(BASE_DIR)}")
    print(f"wrote {MODEL_FILE.relative_to(BASE_DIR)}")


# Ledgers without a column to label from: read and matched as an upload would be,
# with the model fitted on every labelled publisher. What is matched without review
# is printed for a person to read (there are no labels to score it with).
UNSEEN = (
    Publisher("act", ("ledgers/act_government_contracts_2025.csv",), None, "AUD", "AU"),
    Publisher("brazil", ("ledgers/brazil_cgu_cpgf_2021_10.csv",), None, "BRL", "BR"),
)


def unseen(publishers=UNSEEN, show: int = 40) -> None:
    from django.conf import settings

    from matching.ai.items import class_samples
    from matching.factors.models import EmissionFactor
    from matching.matchers.base import MatchItem
    from matching.service.model import ModelMatcher

    threshold = float(settings.AI_MATCHING_CONFIDENCE_THRESHOLD)
    matcher = ModelMatcher()
    print("\nledgers without labels (the fitted model; matched without review):")
    for publisher in publishers:
        items, seen, read = [], set(), ""
        for row in file_rows(publisher):
            read = read or row.read
            if row.key in seen or not row.fields["description"]:
                continue
            seen.add(row.key)
            items.append(MatchItem(key=f"{publisher.name}:{len(items)}", **row.fields))
        results = matcher.match_items(items, classes=class_samples(items))
        matched = [
            (item, result)
            for item, result in zip(items, results, strict=True)
            if result.factor_id and float(result.confidence) >= threshold
        ]
        names = EmissionFactor.objects.in_bulk([r.factor_id for _, r in matched])
        print(
            f"  {publisher.name}: read {read}; {len(items)} keys, {len(matched)} "
            f"matched without review ({len(matched) / max(len(items), 1):.3f})"
        )
        for item, result in matched[:show]:
            print(
                f"      {item.description[:50]!r} | {item.category[:20]!r} | "
                f"{item.supplier[:25]!r} -> {names[result.factor_id].name[:45]}"
            )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def service_throughput(sets: list[Labelled], keys: int) -> None:
    from matching.ai.items import batch_classes, class_samples, item_payload

    items = [item for data in sets for item in data.every_key][:keys]
    samples = class_samples(items)
    port = _free_port()
    started = time.monotonic()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "matching.service",
            "--port",
            str(port),
            "--latency",
            "0",
        ],
        cwd=BASE_DIR,
        env={**os.environ, "AI_SERVICE_LATENCY": "0"},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        while True:
            try:
                if requests.get(url + "/healthz", timeout=1).json()["status"] == "ok":
                    break
                time.sleep(0.2)
            except requests.RequestException:
                if process.poll() is not None:
                    raise SystemExit("the service exited") from None
                time.sleep(0.2)
        ready = time.monotonic() - started
        started = time.monotonic()
        for begin in range(0, len(items), 100):
            response = requests.post(
                url + "/v1/match",
                json={
                    "batch_id": f"bench-{begin}",
                    "items": [item_payload(i) for i in items[begin : begin + 100]],
                    "classes": batch_classes(items[begin : begin + 100], samples),
                },
                timeout=600,
            )
            response.raise_for_status()
        elapsed = time.monotonic() - started
        status = Path(f"/proc/{process.pid}/status").read_text()
        peak = next(line for line in status.splitlines() if line.startswith("VmHWM"))
        print(
            f"\nAI matching service: ready (model + index) in {ready:.1f}s; "
            f"{len(items)} new distinct keys in {elapsed:.1f}s = "
            f"{len(items) / elapsed:.0f} keys/s (target 5,000 in <= 60 s); "
            f"peak RSS {int(peak.split()[1]) / 1024:.0f} MB (target <= 1,536 MB)"
        )
    finally:
        process.terminate()
        process.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write-model", action="store_true")
    parser.add_argument("--skip-service", action="store_true")
    parser.add_argument("--service-only", action="store_true")
    parser.add_argument("--keys", type=int, default=5000)
    parser.add_argument(
        "--unseen", action="store_true", help="only match the unlabelled ledgers"
    )
    parser.add_argument(
        "--misses",
        type=int,
        default=0,
        help="print N misses each, and N catch-all keys matched",
    )
    args = parser.parse_args()
    setup()
    from matching.service.encoder import encoder

    started = time.monotonic()
    encoder()
    print(f"model load: {time.monotonic() - started:.1f}s")
    if args.unseen:
        unseen(show=args.misses)
        return 0
    sets = [labelled(publisher) for publisher in PUBLISHERS]
    for data in sets:
        print(
            f"  {data.publisher}: {data.rows} labelled rows ({data.unlabelled_rows} "
            f"not labelled: transfers, catch-all accounts), {len(data.items)} "
            f"labelled keys, {len(data.no_answer)} keys of accounts without an "
            f"answer, {len(data.every_key)} keys in all; read as "
            + ", ".join(f"{part} <- {name!r}" for part, name in data.columns.items())
        )
    if not args.service_only:
        leave_one_out(sets, args.write_model, args.misses)
    if not args.skip_service:
        service_throughput(sets, args.keys)
    return 0


if __name__ == "__main__":
    sys.exit(main())
