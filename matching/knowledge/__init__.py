"""What words mean which industry: the public taxonomies the model's index is built
from (data/README.md names the sources).

- the Census NAICS 2017 index entries (20,082 everyday phrases, each with its NAICS-6),
- the NAICS 2017 titles, first description sentences and illustrative examples,
- the merchant category code (MCC) titles, and our MCC -> NAICS table
  (`mcc_naics.csv`, one reason a line; `-` where no factor applies).

Pure data loading: no Django, no model.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
NO_FACTOR = "-"
_TRAILING_T = re.compile(r"T$")
# "Pharmaceutical preparations (e.g., capsules, ointments, tablets) manufacturing":
# an index entry's examples, each read in the entry's place (index_variants).
_EXAMPLES = re.compile(r"\s*\(e\.g\., ([^()]+)\)")
_MANUFACTURING = re.compile(r",?\s+manufacturing$", re.IGNORECASE)
_COMPRISES = re.compile(
    r"^This (U\.S\. )?industry comprises (establishments )?(primarily )?"
    r"(engaged in )?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Phrase:
    naics: str
    text: str
    # index | instance (an index entry read for one of its examples) | product
    # (a manufacturing entry read as its product) | title |
    # description | example | mcc | brand
    kind: str


@dataclass(frozen=True)
class MccRule:
    naics: str  # NO_FACTOR when nothing applies
    reason: str


@lru_cache(maxsize=1)
def mcc_titles() -> dict[str, str]:
    with (DATA / "mcc_codes.csv").open(newline="", encoding="utf-8") as handle:
        return {
            row["mcc"].zfill(4): row["edited_description"].strip()
            for row in csv.DictReader(handle)
        }


@lru_cache(maxsize=1)
def mcc_table() -> dict[str, MccRule]:
    """Every MCC our table names, ranges expanded: code -> NAICS and the reason."""
    table = {}
    with (DATA / "mcc_naics.csv").open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for code in range(int(row["mcc_from"]), int(row["mcc_to"]) + 1):
                table[f"{code:04d}"] = MccRule(
                    naics=row["naics"].strip(), reason=row["reason"].strip()
                )
    return table


def mcc_normalize(value: str) -> str:
    digits = re.sub(r"\D", "", value or "")
    return digits.zfill(4) if 1 <= len(digits) <= 4 else ""


def _descriptions() -> list[dict]:
    path = DATA / "naics_2017_descriptions.csv"
    with path.open(newline="", encoding="cp1252") as handle:
        return list(csv.DictReader(handle))


@lru_cache(maxsize=1)
def naics_titles() -> dict[str, str]:
    return {
        row["Code"]: _TRAILING_T.sub("", row["Title"].strip())
        for row in _descriptions()
        if len(row["Code"]) == 6
    }


def index_variants(text: str) -> list[str]:
    """An index entry that lists examples, read once per example in the list's place
    ("Pharmaceutical preparations tablets manufacturing"): a line naming one of them
    ("efavirenz 200mg, tablets") is close to that reading, not diluted by the rest."""
    found = _EXAMPLES.search(text)
    if not found:
        return []
    examples = [
        re.sub(r"^(and|or) ", "", example.strip())
        for example in found.group(1).split(",")
    ]
    head, tail = text[: found.start()], text[found.end() :]
    return [f"{head} {example}{tail}" for example in examples if example]


def product_variant(text: str) -> str:
    """A manufacturing entry read as the product it names ("HIV test kits
    manufacturing" -> "HIV test kits"): a line that buys the product names it
    without the industry's word, and is otherwise closer to a service that
    handles it ("Testing laboratories, medical")."""
    found = _MANUFACTURING.search(text)
    return text[: found.start()].strip(" ,") if found else ""


def phrases(codes: set[str]) -> list[Phrase]:
    """The knowledge phrases of the given NAICS-6 codes, sorted by code."""
    found: list[Phrase] = []
    for code, title in naics_titles().items():
        if code in codes:
            found.append(Phrase(code, title, "title"))
    for row in _descriptions():
        code = row["Code"]
        if code not in codes:
            continue
        text = row["Description"] or ""
        first = text.split("\n")[0].split(".  ")[0]
        first = _COMPRISES.sub("", first).strip()
        if first:
            found.append(Phrase(code, first[:300], "description"))
        if "Illustrative Examples:" in text:
            examples = text.split("Illustrative Examples:", 1)[1]
            examples = examples.split("Cross-References", 1)[0]
            for raw in examples.splitlines():
                if raw.strip():
                    found.append(Phrase(code, raw.strip()[:200], "example"))
    index_path = DATA / "naics_2017_index_file.csv"
    with index_path.open(newline="", encoding="cp1252") as handle:
        for row in csv.DictReader(handle):
            code = row["NAICS17"].strip()
            if code in codes:
                text = row["INDEX ITEM DESCRIPTION"].strip()
                found.append(Phrase(code, text, "index"))
                variants = index_variants(text)
                found.extend(Phrase(code, v, "instance") for v in variants)
                products = (product_variant(v) for v in variants or [text])
                found.extend(Phrase(code, p, "product") for p in products if p)
    titles = mcc_titles()
    for mcc, rule in mcc_table().items():
        if rule.naics in codes and mcc in titles:
            # 3000-3999 are single airlines, car renters and hotel chains: names.
            kind = "brand" if "3000" <= mcc <= "3999" else "mcc"
            found.append(Phrase(rule.naics, titles[mcc], kind))
    unique = {(p.naics, p.text.lower()): p for p in found}
    return sorted(unique.values(), key=lambda p: (p.naics, p.kind, p.text))
