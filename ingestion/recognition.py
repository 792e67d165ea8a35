"""Reading a ledger without a person (ARCHITECTURE.md, ADR-4.2c).

Each column is scored for each field by the words of its header (a finance
vocabulary, matched as phrases over the header's tokens) and by a profile of its
values over a sample of rows (dates, numbers, ISO 4217 codes, 4-digit merchant
category codes, free text, short codes, ids). The best-scoring column wins each
field; every column keeps its reading and the reason, so the upload page can show
them. Nothing here knows one publisher's headers.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

from matching.factors.units import UnknownUnit, is_currency, unit_normalize

# field -> {phrase: weight}. A header's score for a field is its best phrase's
# weight; tokens used by a longer phrase of another field do not count again.
VOCABULARY: dict[str, dict[str, float]] = {
    "description": {
        "description": 3, "desc": 2.5, "descr": 2.5, "narrative": 3, "memo": 3,
        "details": 3, "detail": 3, "particulars": 3, "purpose": 3, "item": 2.5,
        "item description": 3.5, "line description": 3.5, "product": 2,
        "goods": 2, "service": 1.5, "title": 2, "subject": 2, "activity": 2.5,
        "text": 2, "comment": 1, "comments": 1, "transaction description": 3,
        "merchant": 2.5, "merchant name": 3, "payee": 2.5, "payee name": 3,
        "vendor": 2, "vendor name": 2.5, "supplier": 2, "supplier name": 2.5,
        "suppliers": 2, "beneficiary": 2.5, "beneficiary name": 2.5,
        "counterparty": 2, "creditor": 2, "contractor": 2, "name": 1,
        "nome": 1, "favorecido": 2.5, "proveedor": 2, "fornecedor": 2,
        "fournisseur": 2, "descricao": 3, "descripcion": 3, "libelle": 3,
        "concepto": 3, "omschrijving": 3, "beschreibung": 3,
    },
    "supplier": {
        "supplier": 3, "supplier name": 3.5, "suppliers": 3, "vendor": 3,
        "vendor name": 3.5, "merchant": 2.5, "merchant name": 3, "payee": 3,
        "payee name": 3.5, "beneficiary": 3, "beneficiary name": 3.5,
        "creditor": 2.5, "contractor": 2.5, "counterparty": 2.5, "favorecido": 3,
        "proveedor": 3, "fornecedor": 3, "fournisseur": 3, "lieferant": 3,
    },
    "amount": {
        "amount": 3, "amt": 3, "value": 2.5, "net": 1.5, "gross": 1.5,
        "total": 2.5, "spend": 3, "cost": 2.5, "costs": 2.5, "debit": 2,
        "expenditure": 3, "payment": 1.5, "paid": 2, "sum": 2, "charge": 2,
        "charges": 2, "line item value": 3.5, "transaction amount": 3.5,
        "invoice amount": 3.5, "valor": 3, "importe": 3, "montant": 3,
        "monto": 3, "betrag": 3, "price": 0.5,
    },
    "quantity": {
        "quantity": 3, "qty": 3, "consumption": 3, "usage": 3, "volume": 2.5,
        "load": 1.5, "reading": 2, "weight": 1.5, "distance": 2, "mileage": 2.5,
        "amount used": 3, "energy": 2, "quantidade": 3, "cantidad": 3,
        "quantite": 3, "menge": 3,
    },
    "unit": {
        "unit": 3, "units": 2.5, "uom": 3, "unit of measure": 3.5,
        "unit of measurement": 3.5, "measure": 2, "unidad": 3, "einheit": 3,
    },
    "currency": {
        "currency": 3, "cur": 3, "curr": 3, "ccy": 3, "currency code": 3.5,
        "moeda": 3, "moneda": 3, "devise": 3, "waehrung": 3, "wahrung": 3,
    },
    "date": {
        "date": 2, "dated": 2, "datetime": 2.5, "timestamp": 2.5, "day": 1,
        "transaction date": 3, "trans date": 3, "txn date": 3, "posting date": 3,
        "posted": 2, "payment date": 3, "invoice date": 3, "purchase date": 3,
        "activity date": 3, "paid date": 3, "execution date": 2.5, "data": 1.5,
        "data transacao": 3, "fecha": 2, "datum": 2,
    },
    "period_start": {
        "period start": 3.5, "start date": 3.5, "start": 2.5, "from date": 3.5,
        "period from": 3.5, "begin": 2.5, "inicio": 2.5,
    },
    "period_end": {
        "period end": 3.5, "end date": 3.5, "end": 2.5, "to date": 3.5,
        "period to": 3.5, "until": 2.5, "fim": 2.5,
    },
    "category": {
        "category": 3, "categ": 3, "cat": 2, "expense type": 3.5,
        "expense category": 3.5, "spend category": 3.5, "type": 1.5,
        "class": 2, "classification": 2.5, "sub classification": 2.5,
        "account": 2, "account name": 3, "account description": 3,
        "gl": 2.5, "gl description": 3.5, "nominal": 2.5, "ledger": 2,
        "commodity": 2.5, "merchant category": 3, "merchant type": 3,
        "mcc": 2, "product group": 2.5, "group": 1.5, "expense": 2,
        "subjective": 2, "cost element": 2.5, "categoria": 3, "tipo": 1.5,
    },
    "site": {
        "site": 3, "facility": 3, "location": 2.5, "building": 3, "plant": 2.5,
        "cost centre": 3, "cost center": 3, "costcentre": 3, "department": 2.5,
        "dept": 2.5, "business unit": 3, "organisational unit": 3,
        "organizational unit": 3, "org unit": 3, "branch": 2.5, "office": 2,
        "expense area": 2.5, "directorate": 1.5, "division": 2,
        "establishment": 2.5, "store": 2, "depot": 2.5, "school": 2,
    },
    "external_id": {
        "id": 2, "reference": 3, "ref": 3, "transaction number": 3,
        "transaction no": 3, "transaction id": 3.5, "invoice number": 3,
        "invoice no": 3, "document number": 3, "voucher": 2.5, "number": 1,
        "no": 1, "contract number": 3, "receipt": 2, "ref number": 3,
    },
    "merchant_type": {
        "merchant category code": 3.5, "merchant category": 3, "merchant type": 3,
        "merchant category description": 3.5, "mcc": 3, "mcc code": 3.5,
        "mcc description": 3.5, "merchant category group": 3,
    },
    "region": {
        "country": 3, "region": 3, "country code": 3.5, "nation": 2,
        "pais": 3,
    },
}  # fmt: skip
# Words that make a header unlikely for a field, whatever else it says.
NEGATIVE: dict[str, dict[str, float]] = {
    "description": {
        "code": -3, "id": -3, "number": -3, "no": -2, "ref": -2, "card": -3,
        "cardholder": -2, "holder": -2, "portador": -2, "employee": -1,
        "cnpj": -3, "cpf": -3, "codigo": -3, "url": -3, "uri": -3,
    },
    "supplier": {
        "id": -3, "code": -3, "number": -3, "no": -2, "cnpj": -3, "cpf": -3,
        "vat": -3, "tax": -3, "category": -3, "type": -2,
    },
    "amount": {
        "vat": -4, "tax": -3, "unit": -3, "price": -1, "rate": -2, "balance": -3,
        "budget": -2, "insurance": -1.5, "freight": -1, "original": -0.5,
        "quantity": -3, "qty": -3, "year": -3, "ano": -3, "mes": -3,
        "month": -3, "code": -3, "codigo": -3, "id": -3, "number": -3,
    },
    "quantity": {"price": -3, "cost": -3, "value": -2, "amount": -1},
    "unit": {"price": -3, "cost": -3, "business": -4, "organisational": -4,
             "organizational": -4, "org": -4, "gestora": -4},
    "date": {"effective": -1, "expiry": -2, "expiration": -2, "due": -2,
             "end": -2, "start": -2, "scheduled": -1, "sent": -1},
    "category": {"code": -2, "id": -3, "number": -3, "codigo": -3},
    "site": {"code": -1},
    "external_id": {
        "card": -4, "supplier": -3, "vendor": -3, "account": -3, "cost": -3,
        "cnpj": -2, "cpf": -2, "tax": -3, "vat": -3, "project": -1,
    },
}  # fmt: skip
# The least a column must score to be read as the field.
MINIMUM = {
    "description": 2.0,
    "supplier": 2.5,
    "amount": 2.5,
    "quantity": 2.5,
    "unit": 2.5,
    "currency": 2.5,
    "date": 2.0,
    "period_start": 3.0,
    "period_end": 3.0,
    "category": 2.0,
    # Only a header says so: a column of 4-digit numbers may be years or accounts.
    "merchant_type": 2.5,
    "site": 2.5,
    "external_id": 2.5,
    "region": 3.0,
}
# ISO 4217 active codes, to recognize a currency column by its values.
ISO_4217 = frozenset(
    """AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB
    BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP
    DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF
    IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK
    LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN
    NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF
    SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SYP SZL THB TJS TMT TND TOP
    TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR
    ZMW ZWL""".split()  # noqa: SIM905 - a table, read as one
)
PROFILE_ROWS = 1000
_MONTH_FIRST_COUNTRIES = frozenset({"US", "PH", "FM", "MH", "PW", "AS", "GU", "PR"})
_SLASHED = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})")
_ISO_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}([ T].*)?")
_NAMED_FORMATS = ("%d-%b-%y", "%d-%b-%Y", "%d %b %Y", "%d %B %Y", "%b %d, %Y")
_NUMBER = re.compile(r"^\(?-?[£$€]?\s*-?[\d.,\s]*\d\)?$")
_DECIMAL_COMMA = re.compile(r"^-?[\d.]*\d,\d{1,2}$")
_DECIMAL_POINT = re.compile(r"\d\.\d{1,2}$|\d,\d{3}\.\d")
_HEADER_UNIT = re.compile(r"[\[(]([^\])]+)[\])]")


def is_month_first_country(country: str) -> bool:
    return (country or "").upper() in _MONTH_FIRST_COUNTRIES


def tokens(header) -> list[str]:
    """A header's words: accents dropped, camelCase and snake_case split."""
    text = unicodedata.normalize("NFKD", str(header or ""))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"([a-z])([A-Z])", r"\1 \2", text)
    return re.findall(r"[a-z0-9]+", text.lower())


def _phrase_score(words: list[str], phrases: dict[str, float]) -> tuple[float, str]:
    best, found = 0.0, ""
    joined = f" {' '.join(words)} "
    for phrase, weight in phrases.items():
        if weight > best and f" {phrase} " in joined:
            best, found = weight, phrase
    return best, found


def header_scores(header, *, wordy: bool = False) -> dict[str, tuple[float, str]]:
    """{field: (score, the phrase that gave it)} from the header's words alone.
    `wordy`: the values are words, so "code" in the header is not taken at its
    word (a duplicated `Account Code` header over the account's name)."""
    words = tokens(header)
    scores: dict[str, tuple[float, str]] = {}
    if not words:
        return scores
    unique = set(words) - ({"code", "codigo"} if wordy else set())
    for name, phrases in VOCABULARY.items():
        score, phrase = _phrase_score(words, phrases)
        if not score:
            continue
        score += sum(NEGATIVE.get(name, {}).get(word, 0) for word in unique)
        if name in _TEXT_FIELDS and "en" in words:
            score += 0.3  # of a bilingual export's twin columns, the English one
        scores[name] = (score, phrase)
    # A second description-like column is a category (an account's description).
    described = scores.get("description", (0.0, ""))
    if wordy and described[0] >= 2 and scores.get("category", (0.0, ""))[0] < 1:
        scores["category"] = (1.0, described[1])
    return scores


_TEXT_FIELDS = ("description", "supplier", "category", "site")
# Fields are given their columns in this order, each the best column left: what
# a file cannot be read without comes first.
_ORDER = (
    "amount",
    "quantity",
    "date",
    "description",
    "unit",
    "currency",
    "merchant_type",
    "category",
    "supplier",
    "site",
    "external_id",
    "period_start",
    "period_end",
    "region",
)


def header_unit(header) -> str | None:
    """A unit (not a currency) written in a header: `equipment load [kWh]`."""
    for text in _HEADER_UNIT.findall(str(header or "")):
        try:
            unit = unit_normalize(text.strip())
        except UnknownUnit:
            continue
        if not is_currency(unit) and not text.strip().isdigit():
            return text.strip()
    return None


def header_currency(header) -> str | None:
    """An ISO 4217 code written in a header: `Freight Cost (USD)`."""
    for word in str(header or "").replace("(", " ").replace(")", " ").split():
        if word.strip("[]") in ISO_4217:
            return word.strip("[]")
    return None


@dataclass
class Profile:
    """What a column's sampled values look like."""

    given: int = 0
    distinct: int = 0
    dates: int = 0
    numbers: int = 0
    decimals: int = 0  # numbers with a fractional part
    currencies: int = 0
    known_currencies: int = 0  # codes the unit registry converts
    units: int = 0
    mcc: int = 0
    text: int = 0  # free text: letters, and a space or a long word
    codes: int = 0  # short tokens without spaces
    urls: int = 0
    day_first: int = 0  # dates only day-first reads (25/08/2017)
    month_first: int = 0
    ambiguous: int = 0  # slashed dates either order reads (03/04/2024)
    settling: dict = field(default_factory=dict)  # day_first -> an example
    decimal_comma: int = 0
    decimal_point: int = 0

    def share(self, count: int) -> float:
        return count / self.given if self.given else 0.0

    @property
    def distinct_ratio(self) -> float:
        return self.share(self.distinct)

    def as_dict(self) -> dict:
        kinds = {
            "date": self.dates,
            "number": self.numbers,
            "currency code": self.currencies,
            "unit": self.units,
            "merchant category code": self.mcc,
            "text": self.text,
            "code": self.codes,
            "url": self.urls,
        }
        kind = max(kinds, key=lambda k: kinds[k]) if self.given else "empty"
        if self.given and not kinds[kind]:
            kind = "other"
        return {"values": self.given, "distinct": self.distinct, "kind": kind}


def _date_kind(text: str) -> tuple[bool, bool | None]:
    """(is a date, True/False when only day-first/month-first reads it)."""
    if _ISO_DATE.fullmatch(text):
        return True, None
    match = _SLASHED.fullmatch(text)
    if match:
        first, second = int(match.group(1)), int(match.group(2))
        if first > 31 or second > 31 or (first > 12 and second > 12):
            return False, None
        if first > 12:
            return True, True
        if second > 12:
            return True, False
        return True, None
    for fmt in _NAMED_FORMATS:
        try:
            datetime.strptime(text, fmt)
        except ValueError:
            continue
        return True, None
    return False, None


def _is_known_currency(text: str) -> bool:
    try:
        return is_currency(unit_normalize(text))
    except UnknownUnit:
        return False


def _is_unit(text: str) -> bool:
    if not re.search(r"[A-Za-z]", text):
        return False
    try:
        return not is_currency(unit_normalize(text))
    except UnknownUnit:
        return False


def _is_text(text: str) -> bool:
    """Words, not a code: `shell kings 587`, `Diesel`; not `K020`, `RV12N`, `GPC`."""
    letters = sum(1 for c in text if c.isalpha())
    if letters < 3 or letters / len(text) < 0.5:
        return False
    return " " in text.strip() or len(text) >= 8 or text != text.upper()


def _count_number(found: Profile, text: str) -> None:
    found.numbers += 1
    if _DECIMAL_COMMA.match(text):
        found.decimal_comma += 1
        found.decimals += 1
    elif _DECIMAL_POINT.search(text):
        found.decimal_point += 1
        found.decimals += 1
    if re.fullmatch(r"\d{4}", text) and 742 <= int(text) <= 9999:
        found.mcc += 1


def profile(values) -> Profile:
    found = Profile()
    seen: set[str] = set()
    for raw in values:
        if raw is None:
            continue
        if isinstance(raw, datetime) or hasattr(raw, "isoformat"):
            found.given += 1
            found.dates += 1
            seen.add(str(raw))
            continue
        if isinstance(raw, (int, float)) and not isinstance(raw, bool):
            found.given += 1
            found.numbers += 1
            found.decimals += isinstance(raw, float) and raw != int(raw)
            seen.add(str(raw))
            continue
        text = str(raw).strip()
        if not text:
            continue
        found.given += 1
        seen.add(text)
        is_date, day_first = _date_kind(text)
        if is_date:
            found.dates += 1
            if day_first is not None:
                if day_first:
                    found.day_first += 1
                else:
                    found.month_first += 1
                found.settling.setdefault(day_first, text)
            elif _SLASHED.fullmatch(text):
                found.ambiguous += 1
            continue
        if _NUMBER.match(text):
            _count_number(found, text)
            continue
        if text in ISO_4217:
            found.currencies += 1
            found.known_currencies += _is_known_currency(text)
            continue
        if text.lower().startswith(("http://", "https://", "www.")) or "@" in text:
            found.urls += 1
            continue
        if len(text) <= 12 and _is_unit(text):
            found.units += 1
            continue
        if _is_text(text):
            found.text += 1
        elif " " not in text:
            found.codes += 1
    found.distinct = len(seen)
    return found


def value_scores(found: Profile) -> dict[str, float]:
    """{field: score} from a column's values alone; -inf where they rule it out."""
    no = float("-inf")
    if not found.given:
        return dict.fromkeys(MINIMUM, no)
    share = found.share
    many = found.given >= 10
    constant = many and found.distinct == 1
    ratio = found.distinct_ratio
    numeric = share(found.numbers)
    text = share(found.text)
    scores: dict[str, float] = {}
    # Mostly numbers: a few bad cells become row errors, not another reading.
    mostly = no if numeric < 0.5 else (-0.5 if numeric < 0.8 else 0.0)
    scores["amount"] = mostly + (1.0 if share(found.decimals) >= 0.2 else 0.0)
    scores["quantity"] = mostly
    units = share(found.units + found.known_currencies)  # spend lines say `USD`
    if not found.units and found.known_currencies:
        scores["unit"] = no  # only currency codes: a currency column
    else:
        scores["unit"] = 1.0 if units >= 0.8 else (no if numeric >= 0.5 else -0.5)
    # ISO codes alone may be something else (a group code `SLE`): only codes the
    # platform converts say "currency" without a header word.
    scores["currency"] = (
        (3.0 if share(found.known_currencies) >= 0.8 else 0.0)
        if share(found.currencies) >= 0.8
        else no
    )
    dated = share(found.dates) >= 0.8
    scores["date"] = 1.5 if dated else (no if share(found.dates) < 0.5 else 0.0)
    scores["period_start"] = scores["period_end"] = 0.0 if dated else no
    # Country names and codes (`UK` may also read as a unit): anything but numbers.
    scores["region"] = 0.0 if share(found.numbers + found.dates) < 0.2 else no
    # Merchant category codes, or their titles (words).
    scores["merchant_type"] = (
        0.5
        if share(found.mcc) >= 0.8
        else (0.0 if share(found.text + found.codes) >= 0.8 else no)
    )
    if text < 0.5:
        # Short words (`HQ`, `Fleet`) may still name a site or a category; numbers
        # and dates name none of them.
        wordy = share(found.text + found.codes) >= 0.8
        for name, penalty in (
            ("description", -2.0),
            ("supplier", -1.0),
            ("category", -0.5),
            ("site", -0.5),
        ):
            scores[name] = penalty if wordy else no
    else:
        spread = 0.0
        if many:
            spread = 1.5 if ratio >= 0.3 else (-1.5 if ratio < 0.1 else 0.0)
        scores["description"] = 2 * text + spread
        scores["supplier"] = text
        lumpy = 1.0 if many and ratio < 0.2 else 0.0
        scores["category"] = lumpy
        scores["site"] = lumpy / 2
    unique = ratio >= 0.5 and share(found.codes + found.numbers) >= 0.8
    scores["external_id"] = 0.5 if unique else (0.0 if not many else -1.0)
    if constant:
        # One value in every row: a label of the file, unless the header says
        # otherwise (a description column of identical monthly bills).
        for name in ("supplier", "category", "site"):
            scores[name] = scores.get(name, 0.0) - 3
        scores["description"] = scores.get("description", 0.0) - 1.5
    return scores


@dataclass(frozen=True)
class ColumnReading:
    index: int
    name: str
    field: str | None
    why: str
    kind: str


def recognize(
    names: tuple[str, ...], samples: list[list] | None
) -> tuple[dict[str, int], list[ColumnReading], dict[int, Profile]]:
    """Each field's column, from headers and sampled values (None: headers only);
    and every column's reading with the reason. One column per field and one
    field per column (a payee column read as the description is also the
    supplier)."""
    profiles = {
        index: profile(
            row[index] if index < len(row) else None for row in samples or ()
        )
        for index in range(len(names))
    }
    # Of the text columns, the most varied is the likeliest description (a
    # merchant over an expense category, a narrative over a payee).
    varied = max(
        (p.distinct for p in profiles.values() if p.share(p.text) >= 0.5), default=0
    )
    candidates: list[tuple[float, int, str, str]] = []
    for index, name in enumerate(names):
        wordy = profiles[index].share(profiles[index].text) >= 0.5
        words = header_scores(name, wordy=wordy)
        values = value_scores(profiles[index]) if samples is not None else {}
        unit = header_unit(name)
        for field_name, minimum in MINIMUM.items():
            header, phrase = words.get(field_name, (0.0, ""))
            if field_name == "quantity" and unit:
                header, phrase = max(header, 2.5), f"[{unit}]"
            value = values.get(field_name, 0.0)
            if field_name == "description" and wordy and samples:
                value += profiles[index].distinct >= 0.9 * varied
            score = header + value
            if score == float("-inf") or score < minimum:
                continue
            why = f"header word '{phrase}'" if phrase else "values"
            candidates.append((score, -index, field_name, why))
    candidates.sort(key=lambda c: (_ORDER.index(c[2]), -c[0], -c[1]))
    columns: dict[str, int] = {}
    reasons: dict[int, tuple[str, str]] = {}
    for _score, negative_index, field_name, why in candidates:
        index = -negative_index
        if field_name in columns or index in reasons:
            continue
        reason = why
        if field_name == "currency" and "amount" in columns:
            index, reason = _currency_of(names, columns["amount"], candidates, reasons)
        columns[field_name] = index
        reasons[index] = (field_name, reason)
    description = columns.get("description")
    if description is not None and "supplier" not in columns:
        payee = header_scores(names[description]).get("supplier", (0.0, ""))
        if payee[0] >= MINIMUM["supplier"]:
            columns["supplier"] = description
    readings = [
        ColumnReading(
            index=index,
            name=name,
            field=reasons.get(index, (None, ""))[0],
            why=reasons.get(index, (None, "no field fits"))[1],
            kind=profiles[index].as_dict()["kind"],
        )
        for index, name in enumerate(names)
    ]
    return columns, readings, profiles


def _currency_of(names, amount: int, candidates, taken) -> tuple[int, str]:
    """Of several currency columns, the one whose header shares most words with
    the amount's (`BILLING GROSS AMT` → `BILLING CUR CODE`)."""
    words = set(tokens(names[amount]))
    options = [
        (len(words & set(tokens(names[-c[1]]))), c[0], c[1], c[3])
        for c in candidates
        if c[2] == "currency" and -c[1] not in taken
    ]
    shared, _score, negative_index, why = max(options)
    if shared:
        why = f"{why}, as the amount's '{names[amount]}'"
    return -negative_index, why


@dataclass(frozen=True)
class Reading:
    """How an upload's file is read: the columns, the values no column gives, each
    date column's day/month order, the number fields written with a decimal
    comma, the currency of amounts without one; and `record`, what the upload
    keeps and its page shows."""

    columns: dict[str, int]
    constants: dict[str, str]
    day_first: dict[str, bool]
    decimal_comma: tuple[str, ...]
    currency: str
    record: dict

    def options(self) -> dict:
        """RowParser's and ChunkParser's keyword arguments (with default_region)."""
        return {
            "columns": self.columns,
            "constants": self.constants,
            "day_first": self.day_first,
            "decimal_comma": self.decimal_comma,
            "default_currency": self.currency,
        }

    @classmethod
    def from_record(cls, record: dict) -> Reading:
        return cls(
            columns={name: int(index) for name, index in record["fields"].items()},
            constants=dict(record.get("constants") or {}),
            day_first={
                name: bool(order["day_first"])
                for name, order in (record.get("dates") or {}).items()
            },
            decimal_comma=tuple(record.get("decimal_comma") or ()),
            currency=record["currency"]["code"],
            record=record,
        )


_DATE_FIELDS = ("date", "period_start", "period_end")


def _without_unit(name: str) -> str:
    return _HEADER_UNIT.sub("", name).strip() or name


def reading_decide(
    *,
    row_number: int,
    names: tuple[str, ...],
    columns: dict[str, int],
    profiles: dict[int, Profile],
    readings: list[ColumnReading],
    mapped: dict,
    country: str,
    currency: str,
) -> Reading:
    """The reading of a file whose columns are chosen (recognized, then a person's
    mapping `mapped` = {"columns", "defaults"} applied)."""
    columns = dict(columns)
    constants: dict[str, str] = {}
    notes: dict[int, str] = {}
    quantity = columns.get("quantity")
    if quantity is not None and "unit" not in columns:
        unit = header_unit(names[quantity])
        if unit and "amount" not in columns:
            constants["unit"] = unit
            notes[quantity] = f"quantity in {unit} (from the header)"
        elif "amount" in columns:
            del columns["quantity"]  # no unit: the line is read as spend
            notes[quantity] = "no unit column: the amount is read instead"
    if "description" not in columns and quantity is not None and "quantity" in columns:
        constants["description"] = _without_unit(names[quantity])
    dates = _date_orders(names, columns, profiles, country)
    decimal_comma = tuple(
        name
        for name in ("quantity", "amount")
        if name in columns
        and profiles[columns[name]].decimal_comma
        and not profiles[columns[name]].decimal_point
    )
    money = _money(names, columns, dict(mapped.get("defaults") or {}), currency)
    chosen = {index: name for name, index in reversed(list(columns.items()))}
    person = set((mapped.get("columns") or {}).keys())
    record_columns = []
    for reading in readings:
        field_name = chosen.get(reading.index)
        if reading.name in person:
            why = "your mapping"
        elif field_name and field_name == reading.field:
            why = reading.why
        else:
            why = notes.get(reading.index, reading.why if not field_name else "")
        shared = [n for n, i in columns.items() if i == reading.index]
        record_columns.append(
            {
                "name": reading.name,
                "field": " + ".join(shared) if shared else None,
                "why": why,
                "kind": reading.kind,
            }
        )
    record = {
        "header_row": row_number,
        "fields": columns,
        "columns": record_columns,
        "constants": constants,
        "dates": dates,
        "decimal_comma": list(decimal_comma),
        "currency": money,
    }
    return Reading(
        columns=columns,
        constants=constants,
        day_first={name: order["day_first"] for name, order in dates.items()},
        decimal_comma=decimal_comma,
        currency=money["code"],
        record=record,
    )


def _date_orders(names, columns: dict, profiles: dict, country: str) -> dict:
    """Each date column's day/month order: its values settle it, else the
    organization's country."""
    month_first = is_month_first_country(country)
    dates: dict[str, dict] = {}
    for name in _DATE_FIELDS:
        index = columns.get(name)
        if index is None:
            continue
        found = profiles[index]
        if found.day_first != found.month_first:
            day_first = found.day_first > found.month_first
            dates[name] = {
                "column": names[index],
                "day_first": day_first,
                "source": "values",
                "example": found.settling[day_first],
            }
        else:
            dates[name] = {
                "column": names[index],
                "day_first": not month_first,
                "source": "country",
                "country": country,
                # Slashed dates the sample left open: the rest of the column is
                # scanned for one that settles the order.
                "open": found.ambiguous > 0,
            }
    return dates


def _money(names, columns: dict, defaults: dict, currency: str) -> dict:
    """Where amounts get their currency: a column, a person's mapping, a header
    naming one, else the organization's default."""
    if "currency" in columns:
        money = {
            "code": defaults.get("currency") or currency,
            "source": "column",
            "column": names[columns["currency"]],
        }
    elif defaults.get("currency"):
        money = {"code": defaults["currency"], "source": "mapping"}
    elif "amount" not in columns:
        money = {"code": "", "source": "none"}  # quantities only: no money to read
    else:
        named = {header_currency(name) for name in names} - {None}
        amount = columns.get("amount")
        in_header = header_currency(names[amount]) if amount is not None else None
        if in_header or len(named) == 1:
            money = {"code": in_header or named.pop(), "source": "header"}
        else:
            money = {"code": currency, "source": "organization"}
    return money
