"""Money between years: the US GDP implicit price deflator (data/prices/README.md).

EPA's spend factors are per 2022 US dollar; spend of another year is moved into
2022 dollars by the ratio of the index in 2022 to the index in its year.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

DEFLATOR_TABLE = (
    Path(__file__).resolve().parent
    / "data"
    / "prices"
    / "us_gdp_implicit_price_deflator_annual.csv"
)
DEFLATOR_SOURCE = "BEA GDP implicit price deflator"


@dataclass(frozen=True)
class PriceAdjustment:
    """USD of `year` x ratio = USD of `base_year`; `index_year` is the year whose
    index was read for `year` (the nearest one in the table)."""

    year: int
    base_year: int
    index_year: int
    ratio: Decimal

    @property
    def note(self) -> str:
        text = (
            f"{self.year} USD->{self.base_year} USD x{self.ratio} "
            f"({DEFLATOR_SOURCE}, {self.base_year}/{self.index_year})."
        )
        if self.index_year != self.year:
            text += f" No index for {self.year}: {self.index_year}'s used."
        return text


@lru_cache(maxsize=1)
def deflator_table() -> dict[int, Decimal]:
    with DEFLATOR_TABLE.open(newline="") as handle:
        return {
            int(row["year"]): Decimal(row["value"]) for row in csv.DictReader(handle)
        }


def usd_price_adjustment(year: int, base_year: int) -> PriceAdjustment:
    """How US dollars of `year` become dollars of `base_year`."""
    table = deflator_table()
    index_year = min(max(year, min(table)), max(table))
    ratio = (table[base_year] / table[index_year]).quantize(Decimal("1e-10"))
    return PriceAdjustment(
        year=year, base_year=base_year, index_year=index_year, ratio=ratio
    )
