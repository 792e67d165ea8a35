"""How good the built-in matcher is, on labelled lines and on the real spend files.

    make bench-matching-quality    # or: .venv/bin/python bench/matching_quality.py

Uses DATABASE_URL, else the embedded PostgreSQL, with the factor library loaded
(`load_factors`). Prints, for the labelled spend lines (tests/matching/data/
spend_labelled.csv: real card lines with the factor classes a person accepts) and
for the labelled activity lines (tests/matching/labelled_activities.py): top-1
accuracy, the precision of what would be `matched` (no review) and the share
auto-matched, against the targets (0.85, 0.95, 0.6); then for each real spend file
in ../shared/data/samples/spend/ the review load: rows and distinct groups
(normalized merchant + category) that would need a person. Reads only.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carbon.settings.base")
os.environ.setdefault("LOG_LEVEL", "WARNING")
os.environ.setdefault("LOG_FORMAT", "console")
os.environ.setdefault("SECRET_KEY", "bench-only")
SPEND = BASE_DIR.parent / "shared" / "data" / "samples" / "spend"
TARGETS = {"top1": 0.85, "matched_precision": 0.95, "auto_share": 0.6}


def setup() -> None:
    if not os.environ.get("DATABASE_URL"):
        from carbon import devdb

        os.environ["DATABASE_URL"] = devdb.start()
    import django

    django.setup()
    from matching.factors.loaders import factor_library_load

    factor_library_load()


def print_quality(name: str, quality) -> None:
    print(f"\n{name}: {quality.lines} lines")
    for metric, target in TARGETS.items():
        value = getattr(quality, metric)
        mark = "ok" if value >= target else "below target"
        print(f"  {metric:18s} {value:6.3f}  (target {target}, {mark})")
    print(f"  matched (no review) {quality.matched}")
    for miss in quality.misses[:15]:
        print(f"    miss: {miss}")


def review_load(path: Path) -> str:
    from ingestion.parsing import RowInvalid, header_map, looks_like_header, row_parse
    from ingestion.readers import iter_rows
    from matching.matchers.base import MatchItem
    from matching.matchers.local import LocalMatcher
    from matching.models import MatchStatus
    from matching.services.matches import match_status_for
    from matching.vocabulary import merchant_normalize

    with path.open("rb") as handle:
        rows = iter_rows(handle, "csv")
        header = None
        for number, cells in rows:
            candidate = header_map(number, cells)
            if looks_like_header(candidate):
                header = candidate
                break
        if header is None:
            return "no header recognized (needs mapping)"
        currency = "" if "currency" in header.columns else "GBP"
        items, failed = {}, 0
        per_key = Counter()
        for number, cells in rows:
            try:
                row = row_parse(
                    number,
                    cells,
                    columns=header.columns,
                    default_region="GB",
                    default_currency=currency,
                )
            except RowInvalid:
                failed += 1
                continue
            description, unit, category, region, key = (
                row[1],
                row[4],
                row[8],
                row[14],
                row[15],
            )
            per_key[key] += 1
            items.setdefault(
                key,
                MatchItem(
                    key=key,
                    description=description,
                    unit=unit,
                    category=category,
                    region=region,
                ),
            )
    results = LocalMatcher().match_items(list(items.values()))
    review_rows = 0
    groups = set()
    auto_rows = 0
    for result in results:
        item = items[result.key]
        status = match_status_for(result)
        if status == MatchStatus.MATCHED or (
            result.factor_id is None and result.confidence >= 0.9
        ):
            auto_rows += per_key[result.key]
        else:
            review_rows += per_key[result.key]
            groups.add((merchant_normalize(item.description), item.category.lower()))
    total = sum(per_key.values()) or 1
    return (
        f"{total} rows ({failed} unreadable), {len(items)} keys; auto-decided "
        f"{auto_rows} rows ({auto_rows / total:.0%}); review {review_rows} rows in "
        f"{len(groups)} groups"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    setup()
    from matching.evaluation import Labelled, quality, spend_labelled
    from tests.matching.labelled_activities import LABELLED

    spend = spend_labelled(
        BASE_DIR / "tests" / "matching" / "data" / "spend_labelled.csv"
    )
    print_quality("Labelled spend lines", quality(spend))
    activities = [
        Labelled(description=d, unit=u, category=c, region=r, acceptable=tuple(ids))
        for d, u, c, r, ids in LABELLED
    ]
    print_quality("Labelled activity lines", quality(activities))
    print("\nReview load on the real spend files:")
    for path in sorted(SPEND.glob("*.csv")):
        print(f"  {path.name}: {review_load(path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
