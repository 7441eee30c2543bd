"""Japanese line breaking (禁則処理) and the sentence splitter, as pure functions, with property tests."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from incidentdesk.domain.sentences import first_paragraph, first_sentence, split_sentences
from incidentdesk.reports import fonts, styles
from incidentdesk.reports.head import para
from incidentdesk.reports.linebreak import NO_END, NO_START, break_lines

PIECES = [
    "123,456人分",
    "12,345件",
    "条件付き継続",
    "Discontinued",
    "令和3年3月19日",
    "R3.3.19",
    "「",
    "」",
    "(",
    ")",
    "。",
    "、",
    "理由:",
    "Reason:",
    " ",
    "相違あり",
    "の",
    "を",
    "停止",
    "LINE",
    "19 March 2021",
    "3/17",
    "事業者",
]


def lines_of(text: str, width: float) -> list[str]:
    return [text[a:b] for a, b, _ in break_lines(text, [10.0] * len(text), width)]


RUNS = (
    "123,456人分",
    "12,345件",
    "条件付き継続",
    "Discontinued",
    "令和3年3月19日",
    "R3.3.19",
    "19 March 2021",
    "3/17",
    "相違あり",
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30), st.integers(min_value=14, max_value=40))
@example(["123,456人分", "12,345件", "条件付き継続", "「", "「", "「", "19 March 2021"], 33)  # once cut at its space
def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one(parts, chars):
    """Pieces of memo text joined by a particle (so a break is always possible somewhere), laid at widths of
    14-40 characters: nothing is lost, no line but the first starts with 。、)」 and no line but the last ends
    with (「, and every number with its unit, date, label and Latin word (all narrower than a line) is whole."""
    text = "の".join(parts)
    lines = lines_of(text, chars * 10.0)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for i, line in enumerate(lines):
        assert len(line) <= chars + 1  # a hanging stop may pass the edge by one
        if i:
            assert not line or line[0] not in NO_START, lines
        if i < len(lines) - 1:
            assert not line or line[-1] not in NO_END, lines
    for run in RUNS:
        if run in parts:
            assert any(run in line for line in lines), (run, lines)


def test_the_cases_from_the_issue():
    """The breaks the issue saw: never inside 123,456人分, 12,345件, 条件付き継続, Discontinued, 令和; 。 and Reason:
    not alone on a line; an opening 「 never at a line end."""
    for text, width in (
        ("対象は123,456人分である", 11),
        ("処理件数は12,345件です", 8),
        ("判断は条件付き継続とする", 9),
        ("Decision: Discontinued", 14),
        ("報告日は令和3年3月19日である", 10),
        ("停止の理由は次のとおりである。", 14),
        ("事業者は「再点検」を求めた", 5),
    ):
        lines = lines_of(text, width * 10.0)
        for run in ("123,456人分", "12,345件", "条件付き継続", "Discontinued", "令和3年3月19日"):
            if run in text:
                assert any(run in line for line in lines), lines
        assert all(line.strip() not in ("。", "、") for line in lines), lines
        assert not any(line.endswith("「") for line in lines[:-1]), lines


def test_a_date_wider_than_its_cell_breaks_at_a_space_not_inside_the_year():
    """The English changes table's date cell: "late May 2023" one character wider than the column came out
    as "late May 202 / 3"; a run too wide for a line breaks at a space inside it first."""
    assert lines_of("late May 2023", 120.0) == ["late May", "2023"]
    assert lines_of("19 March 2021", 120.0) == ["19 March", "2021"]
    assert lines_of("Discontinued", 80.0)[0] == "Disconti"  # no space: still cut where it overflows


def test_fact_dates_and_the_title_ending_stay_whole():
    """Seen in the lost-medium memo: 「令和5年10月17日・ / 18日」 in 2 経緯 and a title ending 「…(架空事例)について(報
    / 告)」; a date with two days or a range of months, and について(報告), are one run."""
    for text, width, run in (
        ("令和5年10月17日・18日に紛失した", 16, "令和5年10月17日・18日"),
        ("令和5年3月〜4月に発生した", 10, "令和5年3月〜4月"),
        ("令和5年12月〜6年1月に発生した", 13, "令和5年12月〜6年1月"),
        ("住民記録入りUSBメモリの紛失(架空事例)について(報告)", 24, "について(報告)"),
    ):
        lines = lines_of(text, width * 10.0)
        assert any(run in line for line in lines), lines


def test_a_paragraph_in_the_memo_keeps_numbers_whole():
    """Through ReportLab: MemoParagraph lays 123,456人分 on one line at a width where the old cut split it."""
    st_ = styles.make(fonts.load("", False), "ja")
    p = para("流出したおそれのある件数は123,456人分である。", st_.cell, st_)
    p.wrap(70, 1000)
    lines = [
        "".join(w for w in line[1]) if isinstance(line, tuple) else "".join(x.text for x in line.words)
        for line in p.blPara.lines
    ]
    assert any("123,456人分" in line for line in lines), lines


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "LINE Co., Ltd. said so.",
                "J. Smith agreed.",
                "It is 3.5 times.",
                "停止した。",
                "「未確認。」と述べた。",
                "Really?",
                "e.g. this one.",
                "No leak has been confirmed.",
            ]
        ),
        min_size=1,
        max_size=8,
    )
)
def test_sentences_join_back_into_the_text(parts):
    text = " ".join(parts)
    found = split_sentences(text)
    assert "".join(found).replace(" ", "") == text.replace(" ", "")
    assert len(found) <= len(parts)


def test_summary_paragraph_and_english_sentences():
    assert first_paragraph("一文目。二文目。\n\n別の段落。") == "一文目。二文目。"
    assert first_sentence("LINE Co., Ltd. said no leak. Then more.") == "LINE Co., Ltd. said no leak."
    assert split_sentences("「未確認。」と述べた。次。") == ["「未確認。」と述べた。", "次。"]
