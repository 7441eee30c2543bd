"""Where a line of memo text may break (禁則処理), as pure functions over text and character widths.

Japanese breaks between almost any two characters, English at spaces; both must never break inside
a number with its separators and unit (123,456人分), a Latin word (Discontinued), a date (令和3年3月19日,
R3.3.19, 19 March 2021) or a vocabulary label (条件付き継続); no closing mark (。、)」) starts a line and
no opening mark ((「) ends one. `break_lines` lays text into lines of given widths with those rules;
`reports/paragraph.py` uses it for every paragraph of the memo. No ReportLab here, so it is cheap to test.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

# JIS X 4051's line-start prohibited characters (closing brackets, stops, small kana, prolonged sound
# mark, iteration marks, hyphens and waves) and their ASCII kin.
NO_START = frozenset(
    "、。，．・：；？！゛゜ヽヾゝゞ々〻ー"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    ")]}）〕］｝〉》」』】〙〗〟’”｠»"
    "‐〜゠–～"
    ",.:;!?%‰℃°′″％"
)
NO_END = frozenset("([{（〔［｛〈《「『【〘〖〝‘“｟«¥$£€＄￥＃#")
# Marks that may hang past the right edge (ぶら下げ) rather than push a character to the next line.
HANG = frozenset("、。，．,.")
SPACES = frozenset(" \u3000")

_UNITS = (
    "人分|人|件|名|か所|箇所|ヶ所|カ所|日間|日|か月|ヶ月|カ月|月|年度|年|時間|時|分|秒|%|％|円|千円|万円|億円|"
    "万人|万件|万|億|千|歳|号|条|項|回|台|社|団体|業務|頁|倍|割|点|本|部|通|枚|世帯|校|園|課|週|kg|km|KB|MB|GB|TB"
)
_MONTHS_EN = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_PROTECTED = re.compile(
    "|".join(
        (
            # era dates: 令和3年3月19日, 令和5年5月下旬, 令和元年, R3.3.19, H31.4.30
            # with two days (令和4年7月21日・22日) or a range of months (令和5年3月〜4月, 令和5年12月〜6年1月)
            r"(?:令和|平成|昭和)(?:元|\d{1,2})年(?:\d{1,2}月(?:\d{1,2}日(?:・\d{1,2}日)?|[上中下]旬)?"
            r"(?:〜(?:\d{1,2}年)?\d{1,2}月(?:\d{1,2}日)?)?)?(?:[(（]\d{4}年[)）])?",
            r"[RHS]\d{1,2}\.\d{1,2}\.\d{1,2}",
            # Western dates: 2021年3月19日, 2021-03-19, 2021/3/19, 3月19日, 19 March 2021, March 2021
            r"\d{4}年(?:\d{1,2}月(?:\d{1,2}日|[上中下]旬)?)?",
            r"\d{4}[-/]\d{1,2}[-/]\d{1,2}",
            r"\d{1,2}/\d{1,2}(?:[・〜~–-]\d{1,2}(?:/\d{1,2})?)?",  # a citation's short date: 6/23, 7/21・22
            r"\d{1,2}月(?:\d{1,2}日(?:・\d{1,2}日)?|[上中下]旬)",
            rf"\d{{1,2}}[–-]?\d{{0,2}} (?:{_MONTHS_EN})(?: \d{{4}})?",
            rf"(?:early |mid-|late )?(?:{_MONTHS_EN})(?:[–-](?:{_MONTHS_EN}))? \d{{4}}",
            # numbers with separators, a sign, a leading 第/約 and a unit: 123,456人分, 第12号, 約1.5倍, 3.5%
            rf"(?:第|約|計|全|延べ)?[+\-−]?\d[\d,，.:．]*\d?(?:{_UNITS})?",
            # Latin words, with the apostrophes, hyphens and dots inside them: e-mail, Co.,Ltd., LINE's
            r"[A-Za-z0-9][A-Za-z0-9'’\-_.@/&]*[A-Za-z0-9]",
        )
    )
)


@lru_cache(maxsize=1)
def _labels_pattern() -> re.Pattern[str] | None:
    """Japanese vocabulary labels (条件付き継続, 相違あり, 問合せ・相談, ...) and the memo's own words."""
    from ..domain import vocab

    words: set[str] = {
        vocab.UNDECIDED_TERM.ja,
        "事後登録",
        "照会回答期限",
        "期限超過",
        "回答済",
        "未回答",
        "再開条件",
        "継続の条件",
        "再開の条件",
        "次回見直し",
        "履行予定",
        "承認なし",
        "承認済み",
        "について(報告)",
    }  # the title's ending stays whole: never 「…(報 / 告)」
    for v in (
        vocab.DECISION_STATES,
        vocab.VERIFICATION,
        vocab.CHANNELS,
        vocab.APPROVALS,
        vocab.DATA_CATEGORIES,
        vocab.LOCATION_KINDS,
        vocab.PARTY_KINDS,
        vocab.SERVICE_ROLES,
        vocab.CONTRACT_TYPES,
    ):
        words.update(t.ja for t in v)
    words = {w for w in words if len(w) > 1}
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def protected_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every run that must stay on one line when it fits: numbers, words, dates, labels."""
    spans = [m.span() for m in _PROTECTED.finditer(text) if m.end() - m.start() > 1]
    labels = _labels_pattern()
    if labels is not None:
        spans += [m.span() for m in labels.finditer(text)]
    return spans


def break_allowed(text: str) -> bytearray:
    """allowed[i] == 1 when a line may start at text[i] (0 < i < len(text)); spaces are skipped at a break."""
    n = len(text)
    allowed = bytearray(n + 1)
    for i in range(1, n):
        ch, before = text[i], text[i - 1]
        if ch in SPACES:
            continue  # a line never starts with a space: the break is after it
        if before in SPACES:
            allowed[i] = 1
            continue
        if ch in NO_START or before in NO_END or ch == "\u00a0" or before == "\u00a0":
            continue
        # Between two Latin letters or digits only at a space (handled above): English words stay whole.
        if ch.isascii() and before.isascii() and not (ch in "([{" or before in "-/"):
            continue
        allowed[i] = 1
    for start, end in protected_spans(text):
        for i in range(start + 1, end):
            allowed[i] = 0
    allowed[n] = 1
    return allowed


def _emergency(text: str, start: int, stop: int) -> int:
    """Where to break a line that has no allowed break. Keeping a number, word, date or label whole comes
    first, then the closing and opening marks; a run wider than the whole line is cut at the overflow."""
    inside = bytearray(len(text) + 1)
    for a, b in protected_spans(text[start : stop + 1]):
        for i in range(start + a + 1, start + b):
            inside[i] = 1
    for i in range(stop, start, -1):
        if not inside[i] and text[i] not in SPACES:
            return i
    # A run wider than the line that has spaces inside (late May 2023, 19 March 2021) breaks at one of
    # them rather than inside a number or word ("late May 202 / 3").
    for i in range(stop, start + 1, -1):
        if text[i - 1] in SPACES and text[i] not in SPACES:
            return i
    for i in range(stop, start + 1, -1):
        if text[i] not in NO_START and text[i - 1] not in NO_END and text[i] not in SPACES:
            return i
    return max(stop, start + 1)


def break_lines(
    text: str, widths: Sequence[float], max_widths: list[float] | tuple[float, ...] | float, forced: Iterable[int] = ()
) -> list[tuple[int, int, float]]:
    """Lay `text` (one width per character) into lines: (start, end, width) with trailing spaces left out.

    `forced`: indices after which a line must end (a <br/>). A line ends at the last allowed break that
    fits; a stop or comma that does not fit hangs in the margin; a run with no allowed break inside it
    is cut only when it is wider than a whole line.
    """
    if not isinstance(max_widths, (list, tuple)):
        max_widths = [max_widths]
    n = len(text)
    forced_set = set(forced)
    allowed: bytearray | None = None
    lines: list[tuple[int, int, float]] = []
    start = 0
    while start < n:
        limit = max_widths[min(len(lines), len(max_widths) - 1)] + 1e-6
        used, i = 0.0, start
        while i < n and i not in forced_set and used + widths[i] <= limit:
            used += widths[i]
            i += 1
        if i >= n or i in forced_set:
            end = i
        else:
            if allowed is None:
                allowed = break_allowed(text)
            if text[i] in HANG and i > start and (i + 1 >= n or allowed[i + 1] or i + 1 in forced_set):
                end = i + 1  # hang the stop rather than pull the last character down with it
            elif text[i] in SPACES and (i + 1 >= n or allowed[i + 1]):  # not a space inside 19 March 2021
                end = i
            else:
                end = next((j for j in range(i, start, -1) if allowed[j]), -1)
                if end < 0:
                    end = _emergency(text, start, i)
        visible = end
        while visible > start and text[visible - 1] in SPACES:
            visible -= 1
        lines.append((start, visible, sum(widths[start:visible])))
        start = end + 1 if end in forced_set else end
        while start < n and text[start] in SPACES and start not in forced_set:
            start += 1
    return lines or [(0, 0, 0.0)]
