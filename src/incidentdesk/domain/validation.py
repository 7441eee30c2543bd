"""Input rules shared by every action: required text, length limits, dates, choices, countries."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import SupportsIndex, SupportsInt

from .errors import LedgerError
from .typed_dates import DateTextError, FactDate, parse_day, parse_fact_date
from .vocab import Vocabulary

SHORT = 200
LONG = 20_000
MAX_COUNT = 2**31 - 1  # an INTEGER column on both databases
MIN_DATE = date(1989, 1, 1)
MAX_DATE = date(2100, 12, 31)
_COUNTRY = re.compile(r"^[A-Z]{2}$")
# NUL ends a string in C and PostgreSQL refuses it in text; a lone surrogate cannot be written as UTF-8 at all.
# Either would be stored on SQLite and break the ledger's export, import into PostgreSQL, or the memo.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(value: str, field: str) -> str:
    """`value` unless it holds a character no database can keep (NUL, half a surrogate pair)."""
    if _UNSTORABLE.search(value):
        raise LedgerError("bad_character", field=field)
    return value


def text(value: object, field: str, *, required: bool = False, max_len: int = SHORT) -> str:
    s = "" if value is None else str(value)
    s = storable(s.replace("\r\n", "\n").strip(), field)
    if required and not s:
        raise LedgerError("required", field=field)
    if len(s) > max_len:
        raise LedgerError("too_long", field=field, max=max_len, length=len(s))
    return s


def long_text(value: object, field: str, *, required: bool = False) -> str:
    return text(value, field, required=required, max_len=LONG)


DATE_ERRORS = {
    "format": "bad_date",
    "no_such_day": "no_such_day",
    "outside_era": "date_outside_era",
    "era_year": "no_such_day",
    "range_backwards": "range_backwards",
    "mixed_range": "mixed_range",
}


def day(
    value: object, field: str, *, required: bool = False, past: bool = False, today: date | None = None
) -> date | None:
    """A date from a date, or from text as people type it (2021-03-19, 2021/3/19, 令和3年3月19日, R3.3.19,
    full-width digits; domain/typed_dates.py). `past`: the date of something that happened, not after today."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise LedgerError("required", field=field)
        return None
    if isinstance(value, datetime):
        result = value.date()
    elif isinstance(value, date):
        result = value
    else:
        raw = str(value).strip()
        try:
            result = parse_day(raw)
        except DateTextError as exc:
            raise LedgerError(DATE_ERRORS[exc.reason], field=field, value=raw[:40]) from None
    if not MIN_DATE <= result <= MAX_DATE:
        raise LedgerError("date_out_of_range", field=field, value=result.isoformat())
    if past and result > (today or date.today()):
        raise LedgerError("date_in_future", field=field, value=result.isoformat())
    return result


def fact_date(value: object, field: str, *, required: bool = False, today: date | None = None) -> FactDate | None:
    """When something happened: a day, a month, part of one or a range (domain/typed_dates.py), not after today."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise LedgerError("required", field=field)
        return None
    if isinstance(value, FactDate):
        result = value
    elif isinstance(value, date):
        result = FactDate.of_day(value.date() if isinstance(value, datetime) else value)
    else:
        raw = str(value).strip()
        try:
            result = parse_fact_date(raw)
        except DateTextError as exc:  # a fact date's own examples: months, parts and ranges too, with the year
            code = "bad_fact_date" if exc.reason == "format" else DATE_ERRORS[exc.reason]
            raise LedgerError(code, field=field, value=raw[:40]) from None
    if not (MIN_DATE <= result.start and result.end <= MAX_DATE):
        raise LedgerError("date_out_of_range", field=field, value=result.start.isoformat())
    if result.start > (today or date.today()):
        raise LedgerError("date_in_future", field=field, value=result.start.isoformat())
    return result


def choice(value: object, field: str, vocab: Vocabulary) -> str:
    code = "" if value is None else str(value).strip()
    if code not in vocab:
        raise LedgerError("bad_choice", field=field, value=code, choices=", ".join(vocab.codes()))
    return code


def country(value: object, field: str = "country") -> str:
    code = text(value, field, required=True, max_len=10).upper()
    if not _COUNTRY.match(code):
        raise LedgerError("bad_country", field=field, value=code)
    return code


def count(value: object, field: str) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(str(value).replace(",", "").strip())
    except ValueError:
        raise LedgerError("bad_number", field=field, value=value) from None
    if number < 0 or number > MAX_COUNT:
        raise LedgerError("bad_number", field=field, value=value)
    return number


def ref(value: object, field: str, *, required: bool = False) -> int | None:
    """The id of another record: a positive whole number (a form may hand it over as text)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise LedgerError("required", field=field)
        return None
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise LedgerError("bad_ref", field=field, value=repr(value)[:40])
    try:
        number = int(value)
    except ValueError:
        raise LedgerError("bad_ref", field=field, value=str(value)[:40]) from None
    if not 1 <= number < 2**63:
        raise LedgerError("bad_ref", field=field, value=str(value)[:40])
    return number


def confidentiality(value: object) -> int:
    number = -1
    if isinstance(value, (str, bytes, SupportsInt, SupportsIndex)):  # what int() takes
        try:
            number = int(value)
        except ValueError:
            pass
    if number not in (1, 2, 3):
        raise LedgerError("bad_choice", field="confidentiality", value=value, choices="1, 2, 3")
    return number
