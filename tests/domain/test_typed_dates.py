"""Dates as people type them, and dates known only to the month or a range: parsing and printing."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incidentdesk.domain import validation
from incidentdesk.domain.era_dates import ERAS, era_of, format_date
from incidentdesk.domain.errors import LedgerError
from incidentdesk.domain.typed_dates import DateTextError, FactDate, parse_day, parse_fact_date

DAYS = st.dates(min_value=date(1989, 1, 8), max_value=date(2100, 12, 31))
FULL_WIDTH = str.maketrans("0123456789/.-", "０１２３４５６７８９／．－")


def _era_forms(day: date) -> list[str]:
    era, year = era_of(day)
    y = "元" if year == 1 else str(year)
    return [
        f"{era.name}{y}年{day.month}月{day.day}日",
        f"{era.letter}{year}.{day.month}.{day.day}",
        f"{era.letter.lower()}{year}/{day.month}/{day.day}",
    ]


def _western_forms(day: date) -> list[str]:
    return [
        day.isoformat(),
        f"{day.year}/{day.month}/{day.day}",
        f"{day.year}.{day.month:02d}.{day.day}",
        f"{day.year}年{day.month}月{day.day}日",
        f" {day.isoformat()} ",
    ]


@given(DAYS)
def test_every_written_form_of_a_day_reads_back_as_that_day(day):
    """Western, era (名称 and letter, 元年) and full-width forms of any day from 1989 to 2100 parse to that day."""
    for text in _western_forms(day) + _era_forms(day):
        assert parse_day(text) == day, text
        assert parse_day(text.translate(FULL_WIDTH)) == day, text.translate(FULL_WIDTH)


@given(DAYS)
def test_the_japanese_display_of_a_day_parses_back(day):
    """What the program shows (令和3年3月19日, with the Western year too) is accepted when typed back."""
    assert parse_day(format_date(day, "era", "ja")) == day
    assert parse_day(format_date(day, "western", "ja")) == day


@given(st.text(max_size=30))
def test_any_text_either_parses_or_is_refused_cleanly(text):
    """Arbitrary text never raises anything but DateTextError."""
    try:
        parse_day(text)
    except DateTextError as exc:
        assert exc.reason in ("format", "no_such_day", "outside_era", "era_year")


@pytest.mark.parametrize(
    "text, reason",
    [
        ("平成31年5月1日", "outside_era"),  # that day is 令和元年5月1日
        ("令和1年4月30日", "outside_era"),
        ("2021-02-30", "no_such_day"),
        ("R3.13.1", "no_such_day"),
        ("21/3/19", "format"),
        ("3月19日", "format"),
        ("", "format"),
        ("二〇二一年三月", "format"),
    ],
)
def test_impossible_or_incomplete_dates_are_refused_with_a_reason(text, reason):
    """A day outside its era, a day that does not exist and a date without its year are refused."""
    with pytest.raises(DateTextError) as caught:
        parse_day(text)
    assert caught.value.reason == reason


def test_era_table_has_every_era_the_parser_needs():
    """Each era's first day parses from its own name with 元年, so a new era is one more row of data."""
    for era in ERAS:
        assert parse_day(f"{era.name}元年{era.start.month}月{era.start.day}日") == era.start


def test_a_happened_date_after_today_is_refused_but_a_planned_one_is_not():
    """validation.day(past=True) refuses tomorrow with its own message; a due date may be in the future."""
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(LedgerError) as caught:
        validation.day(tomorrow.isoformat(), "decided_on", past=True)
    assert caught.value.code == "date_in_future" and "判断日" in caught.value.message("ja")
    assert validation.day(tomorrow.isoformat(), "due_on") == tomorrow


@pytest.mark.parametrize(
    "text, start, end, precision, ja, en",
    [
        ("令和5年3月", date(2023, 3, 1), date(2023, 3, 31), "month", "令和5年3月", "March 2023"),
        ("2023年3月〜4月", date(2023, 3, 1), date(2023, 4, 30), "month", "令和5年3月〜4月", "March–April 2023"),
        ("R5.3～R5.4", date(2023, 3, 1), date(2023, 4, 30), "month", "令和5年3月〜4月", "March–April 2023"),
        ("2023年3月-4月", date(2023, 3, 1), date(2023, 4, 30), "month", "令和5年3月〜4月", "March–April 2023"),
        ("令和5年5月下旬", date(2023, 5, 21), date(2023, 5, 31), "late", "令和5年5月下旬", "late May 2023"),
        ("2023年5月上旬", date(2023, 5, 1), date(2023, 5, 10), "early", "令和5年5月上旬", "early May 2023"),
        (
            "令和4年7月21日・22日",
            date(2022, 7, 21),
            date(2022, 7, 22),
            "day",
            "令和4年7月21日・22日",
            "21–22 July 2022",
        ),
        (
            "令和4年7月21日、22日",
            date(2022, 7, 21),
            date(2022, 7, 22),
            "day",
            "令和4年7月21日・22日",
            "21–22 July 2022",
        ),
        ("2022/7/21〜25", date(2022, 7, 21), date(2022, 7, 25), "day", "令和4年7月21日〜25日", "21–25 July 2022"),
        ("２０２３／２／２８", date(2023, 2, 28), date(2023, 2, 28), "day", "令和5年2月28日", "28 February 2023"),
        (
            "2023年12月〜2024年1月",
            date(2023, 12, 1),
            date(2024, 1, 31),
            "month",
            "令和5年12月〜令和6年1月",
            "December 2023 – January 2024",
        ),
    ],
)
def test_dates_known_to_the_month_or_a_range(text, start, end, precision, ja, en):
    """Months, parts of months and ranges keep their precision and print as the office writes them."""
    fact = parse_fact_date(text)
    assert (fact.start, fact.end, fact.precision) == (start, end, precision)
    assert fact.format("ja") == ja and fact.format("en") == en
    assert FactDate.stored(fact.start, fact.until, fact.precision) == fact


@given(DAYS, st.integers(min_value=0, max_value=40))
def test_a_day_range_prints_and_parses_back_to_itself(start, length):
    """Any range of days, printed in Japanese, reads back as the same range (the stored form round-trips too)."""
    end = min(start + timedelta(days=length), date(2100, 12, 31))
    fact = FactDate(start, end, "day")
    assert parse_fact_date(fact.format("ja")) == fact
    assert FactDate.stored(fact.start, fact.until, fact.precision) == fact


@given(st.text(alphabet=st.sampled_from("0123456789年月日旬上中下〜・/.-令和平成R "), max_size=16))
@settings(max_examples=300)
def test_fact_date_text_never_raises_anything_else(text):
    """Text of date-like characters either parses to an ordered range or is refused with DateTextError."""
    try:
        fact = parse_fact_date(unicodedata.normalize("NFKC", text))
    except DateTextError:
        return
    assert fact.start <= fact.end


@st.composite
def _english_facts(draw):
    """Facts whose English print has a form that reads back: a day, days in one month, a month, part of one,
    months of one year."""
    start = draw(DAYS)
    kind = draw(st.sampled_from(["day", "days", "month", "early", "mid", "late", "months"]))
    last = date(start.year, start.month, 28 if start.month == 2 else 30)
    if kind == "day":
        return FactDate(start, start, "day")
    if kind == "days":
        return FactDate(start, min(start + timedelta(days=draw(st.integers(1, 5))), max(start, last)), "day")
    if kind == "months":
        end_month = draw(st.integers(start.month, 12))
        return parse_fact_date(f"{start.year}年{start.month}月〜{end_month}月")
    part = {"month": "", "early": "上旬", "mid": "中旬", "late": "下旬"}[kind]
    return parse_fact_date(f"{start.year}年{start.month}月{part}")


@given(_english_facts())
def test_the_english_display_of_a_fact_date_parses_back(fact):
    """What an English memo or form prints (19 March 2021, 21–22 July 2022, late May 2023, March–April 2023) can
    be typed back in English: a user of the English window is never told to type 下旬."""
    assert parse_fact_date(fact.format("en")) == fact


def test_english_month_names_do_not_follow_the_c_locale(monkeypatch):
    """The window's Qt sets the C library's locale from the system; English dates are written out in English
    whatever it says (strftime('%B') gave 「5月」 under ja_JP)."""
    import time

    monkeypatch.setattr(time, "strftime", lambda *a: "5月")
    assert FactDate(date(2023, 5, 21), date(2023, 5, 31), "late").format("en") == "late May 2023"
    assert format_date(date(2021, 3, 19), "western", "en") == "19 March 2021"


def test_a_yearless_fact_date_is_refused_with_examples_of_every_form():
    with pytest.raises(LedgerError) as caught:
        validation.fact_date("5月下旬", "published")
    assert caught.value.code == "bad_fact_date"
    assert "令和3年5月下旬" in caught.value.message("ja") and "late May 2021" in caught.value.message("en")
