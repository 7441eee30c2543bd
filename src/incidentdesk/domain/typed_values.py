"""Values as people type them into spreadsheets (era dates, 5千, ○/×, 機密性Ⅱ, 韓国): pure parsers, no I/O."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from . import typed_dates
from .vocab import COUNTRIES, Vocabulary


class Unreadable(ValueError):
    """`text` cannot be read as a value of `kind` (day, count, flag, level, country); callers word the message."""

    def __init__(self, kind: str, text: object):
        self.kind = kind
        self.text = "" if text is None else str(text)
        super().__init__(f"cannot read {self.text!r} as {kind}")


def norm(value: object) -> str:
    """NFKC (full-width digits and letters become ASCII, half-width kana full-width), trimmed, inner spaces single."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value))
    return " ".join(text.split())


def key(value: object) -> str:
    """What two names are compared by: NFKC, case folded, without any whitespace (ＬＩＮＥ 公式 == line公式)."""
    return "".join(norm(value).casefold().split())


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


_TRAILING_NOTE = re.compile(r"\s*\([^()]*\)\s*$")  # (木), (2021年), (氏名・住所) after a value


def _without_notes(text: str) -> str:
    while True:
        shorter = _TRAILING_NOTE.sub("", text)
        if shorter == text or not shorter:
            return text
        text = shorter


# -- dates ------------------------------------------------------------------------------------

EXCEL_EPOCH = date(1899, 12, 30)  # serial 61 is 1900-03-01: Excel counts a 29 February 1900 that never was
_FAKE_LEAP_DAY = 60
_MAX_SERIAL = 2_958_465  # 9999-12-31


def from_excel_serial(serial: float) -> date:
    """The day of an Excel (1900 system) date serial; the time of day, if any, is dropped."""
    whole = int(serial)
    if whole != serial and not 0 <= serial - whole < 1:
        raise Unreadable("day", serial)
    if not 1 <= whole <= _MAX_SERIAL or whole == _FAKE_LEAP_DAY:
        raise Unreadable("day", serial)
    return EXCEL_EPOCH + timedelta(days=whole + (1 if whole < _FAKE_LEAP_DAY else 0))


def to_excel_serial(day: date) -> int:
    return (day - EXCEL_EPOCH).days


_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
_TIME = re.compile(r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$")


def parse_day(value: object) -> date | None:
    """A date as people type it: 令和3年4月1日, 令和元年5月1日, R3.4.1, Ｒ３．４．１, 2021/4/1, 2021年4月1日,
    20210401, an Excel serial (44287), a date or datetime. None for a blank; Unreadable otherwise.

    A trailing note in brackets (曜日 "(木)", the Western year "(2021年)") and a time of day are ignored.
    An era year past the era's end is read on (平成32年 = 2020, as pre-printed forms still write it); a date
    before the era began is refused, since it is a typing error rather than a way of writing.
    """
    if _blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise Unreadable("day", value)
    if isinstance(value, (int, float)):
        return from_excel_serial(value)
    raw = str(value)
    text = _TIME.sub("", _without_notes(norm(raw))).replace(" ", "")
    if _SERIAL.match(text):
        return from_excel_serial(float(text))
    try:
        return typed_dates.parse_day(text, era_past_end=True)
    except typed_dates.DateTextError as exc:
        raise Unreadable("day", raw) from exc


# -- numbers ----------------------------------------------------------------------------------

_UNITS = {"億": Decimal(100_000_000), "万": Decimal(10_000), "千": Decimal(1_000)}
_COUNT = re.compile(r"^(?:(\d+(?:\.\d+)?)億)?(?:(\d+(?:\.\d+)?)万)?(?:(\d+(?:\.\d+)?)千)?(\d+(?:\.\d+)?)?$")
_APPROX = re.compile(r"^(?:約|およそ|概ね|おおよそ|approx\.?|about|ca\.)")
_COUNT_UNIT = re.compile(r"(?:人程度|名程度|件程度|程度|人|名|件|アカウント|people|users)$")


def parse_count(value: object) -> int | None:
    """A whole number of 0 or more: 5000, 5,000, ５，０００, 5千, 1.2万, 1万2千, 約3,900人, 5000.0. None for a blank."""
    if _blank(value):
        return None
    if isinstance(value, bool):
        raise Unreadable("count", value)
    if isinstance(value, int):
        if value < 0:
            raise Unreadable("count", value)
        return value
    if isinstance(value, float):
        if value < 0 or value != int(value):
            raise Unreadable("count", value)
        return int(value)
    raw = str(value)
    text = _without_notes(norm(raw).replace(" ", "").replace(",", ""))
    text = _COUNT_UNIT.sub("", _APPROX.sub("", text.casefold()))
    found = _COUNT.match(text)
    if not text or not found or not any(found.groups()):
        raise Unreadable("count", raw)
    try:
        total = Decimal(0)
        for part, unit in zip(found.groups()[:3], _UNITS.values(), strict=True):
            if part:
                total += Decimal(part) * unit
        if found.group(4):
            total += Decimal(found.group(4))
    except InvalidOperation as exc:
        raise Unreadable("count", raw) from exc
    if total != total.to_integral_value():
        raise Unreadable("count", raw)
    return int(total)


# -- yes / no ---------------------------------------------------------------------------------

_YES = {
    "○",
    "◯",
    "〇",
    "●",
    "◎",
    "✓",
    "✔",
    "☑",
    "レ",
    "有",
    "有り",
    "あり",
    "アリ",
    "はい",
    "yes",
    "y",
    "true",
    "1",
    "要",
    "該当",
    "該当あり",
    "扱う",
    "取扱あり",
    "取扱い有",
    "取り扱う",
    "する",
}
_NO = {
    "×",
    "✕",
    "✗",
    "✖",
    "☓",
    "x",
    "無",
    "無し",
    "なし",
    "ナシ",
    "いいえ",
    "no",
    "n",
    "false",
    "0",
    "-",
    "ー",
    "−",
    "―",
    "‐",
    "否",
    "不要",
    "非該当",
    "該当なし",
    "扱わない",
    "取扱なし",
    "取扱い無",
    "取り扱わない",
    "しない",
}


def parse_flag(value: object) -> bool | None:
    """Yes or no as marked in a sheet: ○/×, 有/無, あり/なし, はい/いいえ, ✓, 1/0, TRUE/FALSE. None for a blank.

    A note after the mark is ignored: 有(氏名・住所) is a yes.
    """
    if _blank(value):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    raw = str(value)
    text = _without_notes(norm(raw)).replace(" ", "").casefold()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise Unreadable("flag", raw)


# -- confidentiality class --------------------------------------------------------------------

_LEVEL = re.compile(
    r"^(?:機密性|機密|区分|レベル|level|class|confidentiality|lv\.?)?"
    r"(3|2|1|iii|ii|i)(?:情報|級|相当)?$"
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3}


def parse_level(value: object) -> int | None:
    """Confidentiality class 1, 2 or 3: 機密性２, 機密性2, 2, Ⅱ, II, レベル2. None for a blank."""
    if _blank(value):
        return None
    if isinstance(value, bool):
        raise Unreadable("level", value)
    if isinstance(value, (int, float)):
        if value in (1, 2, 3):
            return int(value)
        raise Unreadable("level", value)
    raw = str(value)
    found = _LEVEL.match(norm(raw).replace(" ", "").casefold())
    if not found:
        raise Unreadable("level", raw)
    mark = found.group(1)
    return _ROMAN[mark] if mark in _ROMAN else int(mark)


# -- countries --------------------------------------------------------------------------------

# Names people write for countries beyond the ja/en labels of domain.vocab.COUNTRIES.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "JP": ("日本国", "国内", "本邦", "JPN"),
    "KR": ("大韓民国", "Korea", "Republic of Korea", "KOR"),
    "CN": ("中華人民共和国", "PRC", "CHN", "中国本土"),
    "US": ("アメリカ", "アメリカ合衆国", "合衆国", "USA", "U.S.", "U.S.A.", "United States of America", "America"),
    "VN": ("Viet Nam", "VNM"),
    "TW": ("TWN",),
    "SG": ("SGP",),
    "IE": ("IRL",),
    "DE": ("DEU",),
    "IN": ("IND",),
    "PH": ("PHL",),
    "TH": ("THA",),
    "GB": ("イギリス", "英", "UK", "U.K.", "Great Britain", "Britain", "GBR"),
    "NL": ("NLD",),
    "FR": ("FRA",),
    "HK": ("香港", "Hong Kong"),
    "RU": ("ロシア", "Russia"),
    "AU": ("オーストラリア", "Australia"),
    "CA": ("カナダ", "Canada"),
    "MY": ("マレーシア", "Malaysia"),
    "ID": ("インドネシア", "Indonesia"),
    "FI": ("フィンランド", "Finland"),
    "SE": ("スウェーデン", "Sweden"),
}
_ISO2 = re.compile(r"^[a-z]{2}$")
_COUNTRY_SPLIT = re.compile(r"(?:[、,;/・\n]|及び|および|\band\b)")


def _country_key(text: str) -> str:
    return key(text).replace(".", "").replace("'", "")


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for code, labels in COUNTRIES.items():
        for written in (code, *labels):
            names[_country_key(written)] = code
    for code, aliases in COUNTRY_ALIASES.items():
        for written in (code, *aliases):
            names.setdefault(_country_key(written), code)
    return names


def parse_country(value: object) -> str:
    """One country as an ISO 3166 code: 日本, Japan, JP, ｊｐ, 韓国, 大韓民国, アメリカ, USA ...
    Unreadable otherwise."""
    raw = "" if value is None else str(value)
    text = _country_key(_without_notes(norm(raw)))  # 日本(東京) is Japan
    found = _country_names().get(text)
    if found:
        return found
    if _ISO2.match(text):  # any other two-letter code, as the ledger's own forms accept
        return text.upper()
    raise Unreadable("country", raw)


def parse_countries(value: object) -> tuple[str, ...]:
    """Countries in one cell, separated by 、 , / ・ or a line break, without repeats: 日本、韓国 -> ('JP', 'KR')."""
    if _blank(value):
        return ()
    text = unicodedata.normalize("NFKC", str(value)).replace("\r", "\n")
    codes = [parse_country(part) for part in _COUNTRY_SPLIT.split(text) if part.strip()]
    return tuple(dict.fromkeys(codes))


# -- closed vocabularies ----------------------------------------------------------------------


def parse_term(value: object, vocab: Vocabulary, aliases: dict[str, tuple[str, ...]] | None = None) -> str | None:
    """A code of `vocab` from the code, its Japanese or English label, or an alias (約款型 for terms).
    None for a blank."""
    if _blank(value):
        return None
    wanted = key(_without_notes(norm(value)))
    for term in vocab:
        if wanted in (key(term.code), key(term.ja), key(term.en)):
            return term.code
    for code, names in (aliases or {}).items():
        if any(wanted == key(name) for name in names):
            return code
    raise Unreadable(vocab.name, value)
