"""Money between currencies: the documented annual-average FX table (data/fx/README.md)."""

from __future__ import annotations

import csv
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

FX_TABLE = Path(__file__).resolve().parent / "data" / "fx" / "annual_average_rates.csv"
FX_SOURCE = "IRS yearly average currency exchange rates"


@lru_cache(maxsize=1)
def fx_table() -> dict[tuple[str, int], Decimal]:
    with FX_TABLE.open(newline="") as handle:
        return {
            (row["currency"], int(row["year"])): Decimal(row["units_per_usd"])
            for row in csv.DictReader(handle)
        }


def fx_units_per_usd(currency: str, year: int) -> Decimal | None:
    """Units of `currency` per USD averaged over `year`; None when not in the table."""
    if currency == "USD":
        return Decimal(1)
    return fx_table().get((currency, year))
