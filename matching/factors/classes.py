"""GHG Protocol scope, Scope 3 category and energy kind of each factor, from the
data file data/ghg/factor_classes.csv (one rule a line, with its reason).

Rules apply in file order, a later rule overriding an earlier one for the factors
it selects: `external_id` and `category_path` rules select by prefix, `name` rules
by exact name. Classification is metadata, not a factor's numbers, so it is
re-applied in place whenever the library is loaded (factors keep their values).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.db import transaction

from matching.factors.models import EmissionFactor

CLASSES_FILE = Path(__file__).resolve().parent / "data" / "ghg" / "factor_classes.csv"
_FIELDS = {"external_id": "startswith", "category_path": "startswith", "name": "exact"}


@dataclass(frozen=True)
class FactorClassRule:
    source: str
    field: str
    pattern: str
    scope: str
    scope3_category: int | None
    energy_kind: str
    reason: str


@lru_cache(maxsize=1)
def factor_class_rules() -> tuple[FactorClassRule, ...]:
    rules = []
    with CLASSES_FILE.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["field"] not in _FIELDS or row["scope"] not in {"1", "2", "3"}:
                raise ValueError(f"Bad factor class rule: {row}")
            rules.append(
                FactorClassRule(
                    source=row["source"],
                    field=row["field"],
                    pattern=row["pattern"],
                    scope=row["scope"],
                    scope3_category=(
                        int(row["scope3_category"]) if row["scope3_category"] else None
                    ),
                    energy_kind=row["energy_kind"],
                    reason=row["reason"],
                )
            )
    return tuple(rules)


def factor_class(factor: EmissionFactor) -> FactorClassRule | None:
    """The last rule that selects `factor` (None: no rule does)."""
    found = None
    for rule in factor_class_rules():
        if rule.source != factor.source:
            continue
        value = getattr(factor, rule.field)
        if _FIELDS[rule.field] == "exact":
            selected = value == rule.pattern
        else:
            selected = value.startswith(rule.pattern)
        if selected:
            found = rule
    return found


@transaction.atomic
def factor_classes_apply() -> int:
    """Set ghg_scope, scope3_category and energy_kind on every factor from the
    rules; returns how many factors changed. A factor no rule selects keeps the
    scope its source publishes and no category."""
    changed = []
    for factor in EmissionFactor.objects.only(
        "id",
        "source",
        "external_id",
        "category_path",
        "name",
        "scope",
        "ghg_scope",
        "scope3_category",
        "energy_kind",
    ):
        rule = factor_class(factor)
        if rule is not None:
            new = (rule.scope, rule.scope3_category, rule.energy_kind)
        else:
            published = factor.scope.removeprefix("Scope ").strip()
            new = (published if published in {"1", "2", "3"} else "", None, "")
        if new != (factor.ghg_scope, factor.scope3_category, factor.energy_kind):
            factor.ghg_scope, factor.scope3_category, factor.energy_kind = new
            changed.append(factor)
    EmissionFactor.objects.bulk_update(
        changed, ["ghg_scope", "scope3_category", "energy_kind"], batch_size=2000
    )
    return len(changed)
