"""The typed-value parsers read back what the program writes and what people type, and refuse the rest."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incidentdesk.domain.era_dates import format_date, format_short
from incidentdesk.domain.typed_values import (
    Unreadable,
    from_excel_serial,
    key,
    parse_count,
    parse_countries,
    parse_country,
    parse_day,
    parse_flag,
    parse_level,
    parse_term,
    to_excel_serial,
)
from incidentdesk.domain.vocab import COUNTRIES

DAYS = st.dates(min_value=date(1989, 1, 8), max_value=date(2100, 12, 31))
_WIDE = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})


def wide(text: str) -> str:
    """The same text as an IME types it in full width (ASCII letters, digits and punctuation)."""
    return text.translate(_WIDE)


@given(DAYS)
def test_every_written_form_of_a_day_reads_back(day):
    """A day written as 和暦, short era, Western, ISO, compact, or in full width reads back as the same day."""
    forms = [
        format_date(day, "era"),
        format_date(day, "era_western"),
        format_date(day, "western"),
        format_short(day),
        day.isoformat(),
        day.strftime("%Y/%m/%d"),
        day.strftime("%Y%m%d"),
        f"{day.year}/{day.month}/{day.day}",
    ]
    for text in forms + [wide(f) for f in forms] + [f"  {forms[0]}\u3000"]:
        assert parse_day(text) == day, text


@given(DAYS)
def test_excel_serials_read_back(day):
    """An Excel date serial, as a number, a float with a time of day, or as text, is the day it counts to."""
    serial = to_excel_serial(day)
    assert parse_day(serial) == day
    assert parse_day(serial + 0.75) == day
    assert parse_day(str(serial)) == day
    assert parse_day(datetime(day.year, day.month, day.day, 9, 30)) == day


def test_era_first_year_and_abbreviations():
    """元年, the one-letter and one-kanji era forms and a noted weekday are read; the fake 1900-02-29 is refused."""
    assert parse_day("令和元年5月1日") == date(2019, 5, 1)
    assert parse_day("R1.5.1") == parse_day("令1.5.1") == parse_day("r01.05.01") == date(2019, 5, 1)
    assert parse_day("H31.4.30") == date(2019, 4, 30)
    assert parse_day("平成32年1月1日") == date(2020, 1, 1)  # pre-printed forms kept counting Heisei
    assert parse_day("2021/4/1(木)") == parse_day("2021/04/01 0:00:00") == date(2021, 4, 1)
    assert from_excel_serial(61) == date(1900, 3, 1)
    with pytest.raises(Unreadable):
        from_excel_serial(60)


@pytest.mark.parametrize(
    "text", ["令和元年4月1日", "R3.13.1", "2021/2/30", "3月19日", "令和3年4月", "21/4/1", "昨日", "R0.4.1", True]
)
def test_unreadable_days_are_refused(text):
    """Dates that do not exist, lack a year or are not dates raise Unreadable naming the text."""
    with pytest.raises(Unreadable) as caught:
        parse_day(text)
    assert caught.value.kind == "day"


@given(st.integers(min_value=0, max_value=10**9))
def test_counts_read_back_in_every_written_form(n):
    """A count written plainly, with commas, in full width, or as a float reads back as the same number."""
    for text in (str(n), f"{n:,}", wide(f"{n:,}"), f"約{n:,}人", float(n), n):
        assert parse_count(text) == n, text


@given(st.integers(min_value=0, max_value=9999), st.integers(min_value=0, max_value=9))
def test_counts_with_kanji_units(man, sen):
    """万 and 千 multiply, alone or together, with decimals where the result is whole."""
    assert parse_count(f"{man}万{sen}千") == man * 10_000 + sen * 1_000
    assert parse_count(f"{sen}千") == sen * 1_000
    assert parse_count("1.2万") == 12_000 and parse_count("５千") == 5_000 and parse_count("1億") == 10**8


@pytest.mark.parametrize("text", ["-5", "5.5", "多数", "1.23456万", "5,000円?", True])
def test_bad_counts_are_refused(text):
    """Negative, fractional and wordy numbers are refused."""
    with pytest.raises(Unreadable):
        parse_count(text)


@pytest.mark.parametrize(
    "text",
    [
        "○",
        "◯",
        "〇",
        "●",
        "✓",
        "✔",
        "有",
        "有り",
        "あり",
        "はい",
        "Yes",
        "TRUE",
        "1",
        1,
        True,
        "有(氏名・住所)",
        " あり\u3000",
    ],
)
def test_yes_marks(text):
    """Every mark people use for yes reads as True."""
    assert parse_flag(text) is True


@pytest.mark.parametrize("text", ["×", "✕", "無", "無し", "なし", "いいえ", "No", "FALSE", "0", 0, False, "－", "ー"])
def test_no_marks(text):
    """Every mark people use for no reads as False."""
    assert parse_flag(text) is False


def test_flags_blank_and_unreadable():
    """A blank is None (not marked); a word that is neither yes nor no is refused."""
    assert parse_flag("") is None and parse_flag(None) is None and parse_flag("\u3000") is None
    with pytest.raises(Unreadable):
        parse_flag("たぶん")


@given(
    st.sampled_from([1, 2, 3]),
    st.sampled_from(["", "機密性", "機密性 ", "レベル"]),
    st.sampled_from(["arabic", "wide", "roman", "roman_sign"]),
)
def test_confidentiality_classes_in_every_form(level, prefix, style):
    """機密性２, 2, Ⅱ, II, レベル2 all read as class 2 (and likewise 1 and 3)."""
    mark = {"arabic": str(level), "wide": wide(str(level)), "roman": "I" * level, "roman_sign": chr(0x215F + level)}[
        style
    ]  # Ⅰ Ⅱ Ⅲ
    assert parse_level(prefix + mark) == level


@pytest.mark.parametrize("text", ["4", "0", "機密性4", "高", 2.5])
def test_bad_classes_are_refused(text):
    """Only 1, 2 and 3 are classes."""
    with pytest.raises(Unreadable):
        parse_level(text)


@given(st.sampled_from(sorted(COUNTRIES)), st.integers(0, 2), st.booleans())
def test_countries_by_code_or_either_name(code, which, full_width):
    """A country given by its code or its Japanese or English name, in any case or width, is its code."""
    text = (code, *COUNTRIES[code])[which]
    text = wide(text) if full_width else text.lower() if which != 1 else text
    assert parse_country(text) == code


def test_country_lists_and_aliases():
    """A cell may list several countries with Japanese or Latin separators; common aliases are known."""
    assert parse_countries("日本、韓国") == ("JP", "KR")
    assert parse_countries("Japan / South Korea, japan") == ("JP", "KR")
    assert parse_countries("日本(東京)\n大韓民国") == ("JP", "KR")
    assert parse_countries("アメリカ合衆国・中華人民共和国") == ("US", "CN")
    assert parse_countries("") == ()
    with pytest.raises(Unreadable):
        parse_countries("日本、どこか")


@given(st.text(alphabet=st.sampled_from("ＬＩＮＥline公式 \u3000ｱｶｳﾝﾄ")))
def test_key_ignores_width_case_and_spaces(text):
    """The matching key is the same for a name in any width, case or spacing."""
    assert key(text) == key(unicodedata.normalize("NFKC", text).upper().replace(" ", ""))


def test_terms_by_code_label_or_alias():
    """A vocabulary term is read from its code, either label or an alias, and anything else is refused."""
    from incidentdesk.domain.vocab import CONTRACT_TYPES

    aliases = {"terms": ("約款型",)}
    assert parse_term("約款", CONTRACT_TYPES) == parse_term("Terms of service", CONTRACT_TYPES) == "terms"
    assert parse_term("個別契約(委託)", CONTRACT_TYPES) == "individual"
    assert parse_term("約款型", CONTRACT_TYPES, aliases) == "terms"
    assert parse_term(" ", CONTRACT_TYPES) is None
    with pytest.raises(Unreadable):
        parse_term("口約束", CONTRACT_TYPES)
