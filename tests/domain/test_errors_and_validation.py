"""Error messages exist in both languages for every code raised, and the shared input rules hold."""

from __future__ import annotations

import re
import string
from datetime import date
from pathlib import Path

import pytest

import incidentdesk
from incidentdesk.domain import validation as v
from incidentdesk.domain.era_dates import fiscal_year, format_date, format_fiscal_year, format_short
from incidentdesk.domain.errors import LedgerError
from incidentdesk.domain.messages import CATALOG
from incidentdesk.domain.vocab import DECISION_STATES, VERIFICATION

MESSAGES = {k[len("error.") :]: v for k, v in CATALOG.items() if k.startswith("error.")}
NAMES = {k[len("field.") :]: v for k, v in CATALOG.items() if k.startswith("field.")}

SRC = Path(incidentdesk.__file__).parent
RAISED = re.compile(r"(?:LedgerError|DatabaseError)\(\s*\"([a-z_]+)\"")


def _fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def test_every_raised_code_has_a_message():
    """Each code passed to LedgerError anywhere in the package has a Japanese and an English message."""
    raised = {code for path in SRC.rglob("*.py") for code in RAISED.findall(path.read_text(encoding="utf-8"))}
    assert raised, "the pattern found no raise sites"
    assert sorted(raised - set(MESSAGES)) == []


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_message_pair_is_consistent(code):
    """Both templates use the same placeholders, the Japanese one is Japanese, and neither is empty."""
    ja, en = MESSAGES[code]
    assert _fields(ja) == _fields(en)
    assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", ja)
    assert en.strip() and not re.search(r"[\u3040-\u30ff]", en)


def test_every_input_field_has_a_name():
    """Each field of every input type (domain/inputs.py) has a Japanese and English label for messages."""
    from incidentdesk.domain.inputs import BY_TABLE

    fields = {name for kinds in BY_TABLE.values() for kind in kinds for name in kind.names()}
    assert len(fields) > 40
    assert sorted(fields - set(NAMES)) == []


def test_field_names_are_translated():
    """Field and entity parameters are shown in the reader's language."""
    error = LedgerError("required", field="due_on")
    assert error.message("ja") == "「回答期限」を入力してください。"
    assert error.message("en") == "“Due date” is required."
    assert all(ja and en for ja, en in NAMES.values())


@pytest.mark.parametrize("raw", ["2021-03-19", "2021/03/19", "2021.03.19", "2021年03月19日", " 2021-3-19 "])
def test_day_accepts_common_forms(raw):
    """The date forms people type in Japanese offices are read as the same day."""
    assert v.day(raw, "decided_on") == date(2021, 3, 19)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("2021-02-29", "no_such_day"),
        ("19/03/2021", "bad_date"),
        ("令和3年", "bad_date"),
        ("平成31年5月1日", "date_outside_era"),
        ("1988-12-31", "date_out_of_range"),
        ("2101-01-01", "date_out_of_range"),
    ],
)
def test_day_refuses(raw, code):
    """Impossible, unreadable and out-of-range dates raise their codes."""
    with pytest.raises(LedgerError) as caught:
        v.day(raw, "decided_on")
    assert caught.value.code == code


def test_text_rules():
    """Text is trimmed, CRLF normalised, required and length-checked at exactly the limit."""
    assert v.text("  渋谷区 \r\n", "name") == "渋谷区"
    assert v.long_text("a\r\nb", "notes") == "a\nb"
    assert v.long_text("長" * v.LONG, "notes") == "長" * v.LONG
    with pytest.raises(LedgerError) as caught:
        v.long_text("長" * (v.LONG + 1), "notes")
    assert caught.value.params["length"] == v.LONG + 1
    with pytest.raises(LedgerError):
        v.text(None, "name", required=True)


def test_choices_and_numbers():
    """Vocabulary codes, countries, counts and confidentiality classes are checked."""
    assert v.choice(" suspend ", "state", DECISION_STATES) == "suspend"
    assert v.country("kr") == "KR"
    assert v.count("1,700,000", "followers") == 1_700_000
    assert v.count("", "followers") is None
    assert v.confidentiality("3") == 3
    for bad in (
        lambda: v.choice("停止", "state", DECISION_STATES),
        lambda: v.country("KOR"),
        lambda: v.count("many", "followers"),
        lambda: v.confidentiality(0),
    ):
        with pytest.raises(LedgerError):
            bad()


def test_vocabulary_labels_in_both_languages():
    """Every decision and verification state has distinct ja and en labels."""
    for vocab in (DECISION_STATES, VERIFICATION):
        for term in vocab:
            assert term.label("ja") != term.label("en")
    assert DECISION_STATES.label("suspend", "ja") == "停止"


@pytest.mark.parametrize(
    ("day", "style", "lang", "expected"),
    [
        (date(2021, 3, 19), "era", "ja", "令和3年3月19日"),
        (date(2019, 5, 1), "era", "ja", "令和元年5月1日"),
        (date(2019, 4, 30), "era", "ja", "平成31年4月30日"),
        (date(1989, 1, 7), "era", "ja", "昭和64年1月7日"),
        (date(2021, 3, 19), "era_western", "ja", "令和3年3月19日(2021年)"),
        (date(2021, 3, 19), "western", "ja", "2021年3月19日"),
        (date(2021, 3, 19), "era_western", "en", "19 March 2021 (Reiwa 3)"),
    ],
)
def test_era_dates(day, style, lang, expected):
    """Dates are written with the right era and year, including the first year (元年) and era boundaries."""
    assert format_date(day, style, lang) == expected


def test_short_dates_and_fiscal_years():
    """Short table dates and April-to-March fiscal years."""
    assert format_short(date(2021, 3, 19)) == "R3.3.19"
    assert format_short(date(2021, 3, 19), "western") == "2021-03-19"
    assert fiscal_year(date(2021, 3, 31)) == 2020 and fiscal_year(date(2021, 4, 1)) == 2021
    assert format_fiscal_year(date(2021, 6, 1)) == "令和3年度"
    assert format_fiscal_year(date(2021, 6, 1), "en") == "FY2021"


@pytest.mark.parametrize("typed", ["LINE\x00株式会社", "a\ud800b", "\udfff"])
def test_characters_no_database_can_keep_are_refused_where_people_type(typed):
    """A NUL or half a surrogate pair typed (or pasted) into any text field is refused in both languages, so it can
    never reach SQLite and then break an export or an import into PostgreSQL."""
    with pytest.raises(LedgerError) as caught:
        v.text(typed, "name", required=True)
    assert caught.value.code == "bad_character"
    assert "NUL" in caught.value.message("en") and "名称" in caught.value.message("ja")


def test_counts_fit_the_database_column():
    """A count (followers) above 2^31 - 1 is refused: PostgreSQL's integer column could not store it."""
    assert v.count("2,147,483,647", "followers") == 2**31 - 1
    with pytest.raises(LedgerError):
        v.count(str(2**31), "followers")
