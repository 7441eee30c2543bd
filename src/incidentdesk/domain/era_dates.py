"""Japanese era dates (令和3年3月19日) and fiscal years; the era table is data, not OS code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# English month names written out, not %B or calendar.month_name: those follow the C library's locale, which
# Qt sets from the system when the window starts (a Japanese PC would print 「5月」 in an English memo).
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class Era:
    name: str  # 令和
    romaji: str  # Reiwa
    letter: str  # R
    start: date


# Newest first. A new era is one more row here.
ERAS: tuple[Era, ...] = (
    Era("令和", "Reiwa", "R", date(2019, 5, 1)),
    Era("平成", "Heisei", "H", date(1989, 1, 8)),
    Era("昭和", "Showa", "S", date(1926, 12, 25)),
)


def era_of(day: date) -> tuple[Era, int]:
    for era in ERAS:
        if day >= era.start:
            return era, day.year - era.start.year + 1
    raise ValueError(f"{day} is before the first era in the table")


def era_year_text(era: Era, year: int) -> str:
    return f"{era.name}{'元' if year == 1 else year}年"


def format_date(day: date | None, style: str = "era", lang: str = "ja") -> str:
    """Format a date for people: style is 'era', 'era_western' or 'western'."""
    if day is None:
        return ""
    if lang != "ja":
        western = f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
        if style == "western":
            return western
        era, year = era_of(day)
        return f"{western} ({era.romaji} {year})" if style == "era_western" else western
    if style == "western":
        return f"{day.year}年{day.month}月{day.day}日"
    era, year = era_of(day)
    text = f"{era_year_text(era, year)}{day.month}月{day.day}日"
    return f"{text}({day.year}年)" if style == "era_western" else text


def format_short(day: date | None, style: str = "era", lang: str = "ja") -> str:
    """Compact form for tables: R3.3.19 or 2021-03-19."""
    if day is None:
        return ""
    if style == "western" or lang != "ja":
        return day.isoformat()
    era, year = era_of(day)
    return f"{era.letter}{year}.{day.month}.{day.day}"


def fiscal_year(day: date) -> int:
    """Japanese fiscal year (April to March), as the Western year it starts in."""
    return day.year if day.month >= 4 else day.year - 1


def format_fiscal_year(day: date, lang: str = "ja") -> str:
    fy = fiscal_year(day)
    if lang != "ja":
        return f"FY{fy}"
    era, year = era_of(date(fy, 4, 1))
    return f"{era_year_text(era, year)}度"
