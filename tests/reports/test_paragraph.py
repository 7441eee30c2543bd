"""The memo's fast paragraph path gives what ReportLab's own parser and line breaking give."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from incidentdesk.reports import fonts, styles
from incidentdesk.reports.head import para
from incidentdesk.reports.paragraph import MemoParagraph, plain_frags


def test_plain_text_fragments_equal_the_parsers():
    """For plain one-line text, the template copy equals the fragment the parser makes, in every cell style."""
    for lang in ("ja", "en"):
        st = styles.make(fonts.load("", lang != "ja"), lang)
        for style in (st.cell, st.cell_bold, st.cell_small, st.cell_head, st.body, st.title):
            for text in ("継続", "令和3年3月19日", "—", " padded  text ", "Bot Express, Inc."):
                parsed = Paragraph(text, style).frags
                fast = plain_frags(text, style)
                assert len(parsed) == 1 and fast is not None and parsed[0].__dict__ == fast[0].__dict__


def test_markup_and_line_breaks_go_through_the_parser():
    """Text with &, < or a line break is not treated as plain, and para() still shows it literally."""
    st = styles.make(fonts.load("", False), "ja")
    assert plain_frags("A&B", st.cell) is None and plain_frags("一行\n二行", st.cell) is None
    p = para("A&B <b>\n二行目", st.cell, st)
    assert "".join(getattr(f, "text", "") for f in p.frags) == "A&B <b>二行目" and len(p.frags) > 2


def test_a_repeated_wrap_returns_the_first_layout_and_a_new_width_relays_out():
    """Wrapping twice at one width reuses the line breaks; another width breaks the lines anew."""
    st = styles.make(fonts.load("", False), "ja")
    p = MemoParagraph("長い業務名" * 20, st.cell, plain="長い業務名" * 20)
    first = p.wrap(100, 1000)
    lines = p.blPara
    assert p.wrap(100, 500) == first and p.blPara is lines
    wider = p.wrap(300, 1000)
    assert wider[1] < first[1] and p.blPara is not lines


def test_one_line_cells_become_strings_only_when_they_fit():
    """A short cell is a plain string; a wider, multi-line or markup-like one stays a paragraph printed literally."""
    from incidentdesk.reports.sections import _line

    st = styles.make(fonts.load("", False), "ja")
    assert _line("12", st.cell_center, st, 30) == "12"
    assert _line("令和8年4月18日", st.cell_center, st, 90) == "令和8年4月18日"
    for text, width in (("令和8年4月18日", 30), ("令和8年4月18日\n超過", 90), ("a  b", 90)):
        assert isinstance(_line(text, st.cell_center, st, width), Paragraph)
    assert _line("A&B", st.cell, st, 90) == "A&B"  # a string cell is not markup: & prints as is
    assert _line("😀", st.cell, st, 90) == "〓"
