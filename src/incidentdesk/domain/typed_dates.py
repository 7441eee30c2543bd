"""Dates as people type them (令和3年3月19日, R3.3.19, 2021/3/19, full-width digits) and dates known only
to the month or a range (3月〜4月, 5月下旬, 7月21日・22日). Pure functions; eras come from era_dates.ERAS.

`parse_day` reads one day; `parse_fact_date` reads what a timeline entry, source or statement is dated,
which may be a day, a month, a part of a month or a range, and returns a FactDate that knows its
earliest and latest day (the memo's as-of rule uses the earliest) and how to print itself.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from .era_dates import ERAS, MONTHS_EN, Era, era_of, era_year_text

PRECISIONS = ("day", "month", "early", "mid", "late")  # early/mid/late: 上旬/中旬/下旬 of a month
PART_JA = {"early": "上旬", "mid": "中旬", "late": "下旬"}
PART_EN = {"early": "early", "mid": "mid", "late": "late"}
_PART_OF = {
    "上旬": "early",
    "初旬": "early",
    "中旬": "mid",
    "下旬": "late",
    "末": "late",
    "early": "early",
    "mid": "mid",
    "late": "late",
}
_PART_DAYS = {"early": (1, 10), "mid": (11, 20)}  # late: the 21st to the month's end


class DateTextError(ValueError):
    """Text that is not a date; `reason` says why in a form the caller turns into its own message."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def normalise(text: str) -> str:
    """Full-width digits, letters and separators as ASCII (NFKC), dashes and waves unified, no spaces."""
    s = unicodedata.normalize("NFKC", str(text)).strip()
    s = re.sub(r"[\u2010-\u2015\u2212\u30fc\uff5e\u301c~]", "〜", s)  # hyphens, minus, long vowel, waves: ranges
    s = re.sub(r"(?<=[月日旬])-", "〜", s)  # 3月-4月: after a unit a hyphen is a range, not a separator
    s = s.replace("、", "・").replace(",", "・") if re.search(r"\d日?[、,]\d", s) else s
    return re.sub(r"\s+", "", s)


_ERA_NAMES = {
    **{e.name[0]: e for e in ERAS},
    **{e.name: e for e in ERAS},
    **{e.letter: e for e in ERAS},
    **{e.letter.lower(): e for e in ERAS},
}  # 令和, 令, R, r
_ERA = "|".join(sorted((re.escape(k) for k in _ERA_NAMES), key=len, reverse=True))
_YEAR = rf"(?:(?P<era>{_ERA})\.?(?P<eyear>元|\d{{1,2}})|(?P<year>\d{{4}}))"
_SEP = r"(?:年|[./-])"
# The patterns are matched with re.match, whose own cache compiles each on its first use, not on import:
# reading a ledger parses no text, and compiling them took 2.5 ms of the worker's start (docs/performance.md).
_DAY = rf"^{_YEAR}{_SEP}(?P<month>\d{{1,2}})(?:月|[./-])(?P<day>\d{{1,2}})日?$"
_COMPACT = r"^(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})$"  # 20210401
_MONTH = rf"^{_YEAR}{_SEP}(?P<month>\d{{1,2}})月?(?P<part>上旬|初旬|中旬|下旬|末)?$"


def _western_year(m: re.Match[str]) -> tuple[int, Era | None, int | None]:
    if m.group("year"):
        return int(m.group("year")), None, None
    era = _ERA_NAMES[m.group("era")]
    eyear = 1 if m.group("eyear") == "元" else int(m.group("eyear"))
    if eyear < 1:
        raise DateTextError("era_year")
    return era.start.year + eyear - 1, era, eyear


def _check_era(day: date, era: Era | None, eyear: int | None, *, past_end: bool = False) -> None:
    """平成31年5月1日 does not exist (that day is 令和元年5月1日): refuse a day outside its era.

    With `past_end`, a year past the era's end is read on (平成32年 = 2020, as pre-printed spreadsheet
    forms still write it); a day before the era began is refused either way, being a typing error.
    """
    if era is None:
        return
    if past_end:
        if day < era.start:
            raise DateTextError("outside_era")
        return
    actual, year = era_of(day) if day >= ERAS[-1].start else (None, None)
    if actual is not era or year != eyear:
        raise DateTextError("outside_era")


def parse_day(text: str, *, era_past_end: bool = False) -> date:
    """One day from text as people type it (also 20210401); DateTextError when it is not one.

    The one reader of typed days: forms, the command line and spreadsheet cells (typed_values.parse_day
    unwraps a cell's serial, time and notes, then comes here with `era_past_end`, see _check_era).
    """
    s = normalise(text)
    m = re.match(_DAY, s) or re.match(_COMPACT, s)
    if m is None:
        raise DateTextError("format")
    year, era, eyear = _western_year(m)
    try:
        day = date(year, int(m.group("month")), int(m.group("day")))
    except ValueError:
        raise DateTextError("no_such_day") from None
    _check_era(day, era, eyear, past_end=era_past_end)
    return day


@dataclass(frozen=True)
class FactDate:
    """When something happened, to the precision it is known: a day, a month, part of a month, or a range.

    `start` is the earliest day it can have been and `end` the latest (equal for a single day).
    """

    start: date
    end: date
    precision: str = "day"  # one of PRECISIONS

    @classmethod
    def of_day(cls, day: date) -> FactDate:
        return cls(day, day, "day")

    @property
    def until(self) -> date | None:
        """What is stored beside `start`: None for a single day, else the latest day."""
        return None if self.precision == "day" and self.end == self.start else self.end

    @classmethod
    def stored(cls, start: date, until: date | None, precision: str | None) -> FactDate:
        """From the columns `<x>_on`, `<x>_until`, `<x>_precision`."""
        precision = precision or "day"
        if until is not None:
            return cls(start, until, precision)
        if precision == "day":
            return cls(start, start, "day")
        return cls(start, _month_part_end(start, precision), precision)

    def format(self, lang: str, style: str = "era") -> str:
        """令和5年3月 · 令和5年3月〜4月 · 令和5年5月下旬 · 令和4年7月21日・22日 (March 2023 ... in English)."""
        return format_fact_date(self, lang, style)

    def sort_key(self) -> tuple[date, date]:
        return self.start, self.end


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _month_part_end(start: date, precision: str) -> date:
    if precision in _PART_DAYS:
        return date(start.year, start.month, _PART_DAYS[precision][1])
    return _month_end(start.year, start.month)


def _month_fact(m: re.Match[str]) -> FactDate:
    year, era, eyear = _western_year(m)
    month = int(m.group("month"))
    if not 1 <= month <= 12:
        raise DateTextError("no_such_day")
    part = _PART_OF.get(m.group("part") or "", "month")
    first = date(year, month, 1) if part not in ("mid", "late") else date(year, month, 11 if part == "mid" else 21)
    _check_era(date(year, month, 1), era, eyear)
    return FactDate(first, _month_part_end(first, part), part)


def _with_year(text: str, like: date) -> str:
    """'4月' or '22日' after a full date borrows the year (and month) of the start: 2021年3月〜4月."""
    if re.match(r"^\d{1,2}日$", text) or re.match(r"^\d{1,2}$", text):
        return f"{like.year}年{like.month}月{text.rstrip('日')}日"
    if re.match(r"^\d{1,2}月(上旬|初旬|中旬|下旬|末)?$", text) or re.match(r"^\d{1,2}月\d{1,2}日?$", text):
        return f"{like.year}年{text}"
    return text


def _one(text: str) -> FactDate:
    try:
        return FactDate.of_day(parse_day(text))
    except DateTextError as exc:
        if exc.reason != "format":
            raise
    m = re.match(_MONTH, text)
    if m is None:
        raise DateTextError("format")
    return _month_fact(m)


_MONTH_OF = {
    **{m.lower(): i for i, m in enumerate(MONTHS_EN, 1)},
    **{m[:3].lower(): i for i, m in enumerate(MONTHS_EN, 1)},
    "sept": 9,
}
_EN_MONTH = r"([A-Za-z]{3,9})\.?"
# English as _format_en prints it, read back into the Japanese form the parser knows (matched as the above).
_EN_FORMS = (
    (rf"^(\d{{1,2}})\s+{_EN_MONTH},?\s+(\d{{4}})$", lambda d, m, y: f"{y}年{m}月{d}日"),
    (rf"^{_EN_MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}})$", lambda m, d, y: f"{y}年{m}月{d}日"),
    (
        rf"^(\d{{1,2}})\s*[–—-]\s*(\d{{1,2}})\s+{_EN_MONTH},?\s+(\d{{4}})$",
        lambda d1, d2, m, y: f"{y}年{m}月{d1}日〜{d2}日",
    ),
    (
        rf"(?i)^(early|mid|late)\s+{_EN_MONTH},?\s+(\d{{4}})$",
        lambda part, m, y: f"{y}年{m}月{ {'early': '上旬', 'mid': '中旬', 'late': '下旬'}[part.lower()] }",
    ),
    (rf"^{_EN_MONTH},?\s+(\d{{4}})$", lambda m, y: f"{y}年{m}月"),
    (rf"^{_EN_MONTH}\s*[–—-]\s*{_EN_MONTH},?\s+(\d{{4}})$", lambda m1, m2, y: f"{y}年{m1}月〜{m2}月"),
)


def _from_english(text: str) -> str:
    """English as printed (late May 2023, May–June 2023, 19 March 2021, 21–22 July 2022) in the parser's Japanese
    form (2023年5月下旬, ...); any other text as it is."""
    t = unicodedata.normalize("NFKC", text).strip()
    for pattern, build in _EN_FORMS:
        m = re.match(pattern, t)
        if m is None:
            continue
        parts = []
        for g in m.groups():
            if g.isdigit() or g.lower() in ("early", "mid", "late"):
                parts.append(g)
            elif g.lower() in _MONTH_OF:
                parts.append(str(_MONTH_OF[g.lower()]))
            else:
                return text
        return build(*parts)
    return text


def parse_fact_date(text: str) -> FactDate:
    """A day, a month (令和5年3月), part of one (5月下旬), or a range (3月〜4月, 7月21日・22日); in English too, as
    the program prints it (late May 2023, March–April 2023, 21–22 July 2022)."""
    s = normalise(_from_english(text))
    if not s:
        raise DateTextError("format")
    for sep in ("〜", "・"):
        if sep in s:
            left, _, right = s.partition(sep)
            first = _one(left)
            second = _one(_with_year(right, first.start))
            if second.end < first.start:
                raise DateTextError("range_backwards")
            if first.precision == "day" and second.precision == "day":
                return FactDate(first.start, second.end, "day")
            if first.precision == second.precision == "month":
                return FactDate(first.start, second.end, "month")
            raise DateTextError("mixed_range")
    return _one(s)


# -- printing ------------------------------------------------------------------------------------


def _ja_year(day: date, style: str) -> str:
    if style == "western":
        return f"{day.year}年"
    era, year = era_of(day)
    return era_year_text(era, year) + (f"({day.year}年)" if style == "era_western" else "")


def format_fact_date(fact: FactDate, lang: str, style: str = "era") -> str:
    start, end, precision = fact.start, fact.end, fact.precision
    if lang != "ja":
        return _format_en(fact)
    year = _ja_year(start, style)
    if precision == "day":
        head = f"{year}{start.month}月{start.day}日"
        if end == start:
            return head
        if (end.year, end.month) == (start.year, start.month):
            tail = f"{end.day}日"
            return f"{head}・{tail}" if (end - start).days == 1 else f"{head}〜{tail}"
        if end.year == start.year:
            return f"{head}〜{end.month}月{end.day}日"
        return f"{head}〜{_ja_year(end, style)}{end.month}月{end.day}日"
    if precision == "month":
        head = f"{year}{start.month}月"
        if (end.year, end.month) == (start.year, start.month):
            return head
        if end.year == start.year:
            return f"{head}〜{end.month}月"
        return f"{head}〜{_ja_year(end, style)}{end.month}月"
    return f"{year}{start.month}月{PART_JA[precision]}"


def _format_en(fact: FactDate) -> str:
    start, end, precision = fact.start, fact.end, fact.precision
    month = MONTHS_EN[start.month - 1]
    if precision == "day":
        if end == start:
            return f"{start.day} {month} {start.year}"
        if (end.year, end.month) == (start.year, start.month):
            return f"{start.day}–{end.day} {month} {start.year}"
        if end.year == start.year:
            return f"{start.day} {month} – {end.day} {MONTHS_EN[end.month - 1]} {start.year}"
        return f"{start.day} {month} {start.year} – {end.day} {MONTHS_EN[end.month - 1]} {end.year}"
    if precision == "month":
        if (end.year, end.month) == (start.year, start.month):
            return f"{month} {start.year}"
        if end.year == start.year:
            return f"{month}–{MONTHS_EN[end.month - 1]} {start.year}"
        return f"{month} {start.year} – {MONTHS_EN[end.month - 1]} {end.year}"
    return f"{PART_EN[precision]} {month} {start.year}"
