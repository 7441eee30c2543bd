"""The memo's numbered sections as flowables: 概要, 経緯, 現状, 事業者説明・国等の動向, 対応方針, 今後の予定, 参考."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Indenter, KeepTogether, Paragraph, Spacer, Table

from ..domain.era_dates import format_date, format_short
from ..domain.typed_dates import format_fact_date
from ..domain.vocab import CHANNELS, DECISION_COLOURS, VERIFICATION, decision_label
from . import labels, styles
from .data import ChangeLine, MemoData, PreviousMemo, RequestLine, StatementLine, UseLine
from .head import para
from .styles import Cell, Styles, TableCommand


# Column proportions per table and language: English words and ISO dates must not break inside
# ("Confirme-d", "2021-03-1-8"), Japanese wraps anywhere and gives the text columns more room.
WIDTHS = {
    "changes": {"ja": [30, 80, 40, 22], "en": [26, 76, 44, 24]},
    "uses": {"ja": [8, 15, 36, 19, 23, 31, 19, 21], "en": [8, 20, 27, 17, 24, 33, 21, 22]},
    "claims": {"ja": [86, 18, 66], "en": [80, 24, 66]},
    "requests": {"ja": [28, 72, 20, 20, 30], "en": [26, 62, 23, 23, 36]},
    "info": {"ja": [30, 30, 90, 20], "en": [28, 30, 88, 24]},
    "schedule": {"ja": [22, 30, 118], "en": [24, 36, 110]},
}
ITEM = re.compile(r"^[(（]\d+[)）]")  # "(1) 継続…": wrapped lines hang under the text, not the number


def _lead(flowable: Flowable, room_mm: float = 25) -> list[Flowable]:
    """A heading that starts a new page when less than `room_mm` is left, so it is never orphaned.

    (keepWithNext would instead push a whole long table to the next page and leave half a page blank.)
    """
    return [CondPageBreak(room_mm * mm), flowable]


def _heading(number: int, key: str, data: MemoData, st: Styles, **params: object) -> list[Flowable]:
    gap = "\u3000" if data.lang == "ja" else "  "
    return _lead(para(f"{number}{gap}{labels.t(key, data.lang, **params)}", st.heading, st), 30)


def _widths(widths_mm: Sequence[float], indented: bool = True) -> list[float]:
    scale = (styles.WIDTH - (styles.INDENT if indented else 0)) / (sum(widths_mm) * mm)  # proportions of the frame
    return [w * mm * scale for w in widths_mm]


def _table(
    rows: list[list[Cell]],
    widths_mm: Sequence[float],
    st: Styles,
    *,
    zebra: bool = False,
    extra: Iterable[TableCommand] = (),
    indented: bool = True,
) -> Table:
    return styles.table(
        rows,
        st.fonts,
        styles.grid_table(1, zebra) + list(extra),
        colWidths=_widths(widths_mm, indented),
        repeatRows=1,
        hAlign="LEFT",
    )


PAD = 2.5  # grid_table's left and right cell padding


def _line(text: str, style: ParagraphStyle, st: Styles, width: float) -> str | Paragraph:
    """Text that fits on one line as a plain table string, else a paragraph.

    ReportLab draws a string cell at the same baseline as a one-line paragraph (top padding plus
    font size) without laying out a Paragraph; the column gets the paragraph style's font, size,
    leading and alignment from _string_style. Used for the thousands of No., date and kind cells.
    """
    clean = st.fonts.clean(text or "")
    if (
        clean
        and "\n" not in clean
        and "  " not in clean
        and clean == clean.strip()
        and stringWidth(clean, style.fontName, style.fontSize) <= width - 2 * PAD
    ):
        return clean
    return para(text, style, st)


def _string_style(col: int, style: ParagraphStyle) -> list[TableCommand]:
    """Table commands that make string cells in a column look like paragraphs of `style`."""
    cells = (col, 1), (col, -1)
    return [
        ("FONTNAME", *cells, style.fontName),
        ("FONTSIZE", *cells, style.fontSize),
        ("LEADING", *cells, style.leading),
        ("TEXTCOLOR", *cells, style.textColor),
        ("ALIGN", *cells, "CENTER" if style.alignment == TA_CENTER else "LEFT"),
    ]


def _indent(flowable: Flowable, st: Styles) -> list[Flowable]:
    """Shift a block right by the body indent so tables line up with the text; the table can still split."""
    return [Indenter(left=styles.INDENT), flowable, Indenter(left=-styles.INDENT)]


def _text_block(text: str, st: Styles) -> list[Flowable]:
    """One paragraph per line; a line the user indented (spaces, 　) hangs further in, as in 対応方針's 理由:.

    An item ("(1) 継続…") and its indented lines stay on one page when they fit on one (no orphaned item).
    """
    out: list[Flowable] = []
    group: list[Flowable] = []

    def flush() -> None:
        if len(group) > 1:
            out.append(KeepTogether(list(group)))
        else:
            out.extend(group)
        group.clear()

    for line in text.strip("\n").split("\n"):
        if line.strip():
            nested = line[:1] in (" ", "\u3000", "\t")
            item = ITEM.match(line) is not None
            if not nested:
                flush()
            group.append(
                para(line.strip(), st.body_nested if nested else st.body_hanging if item else st.body_indent, st)
            )
    flush()
    return out


def _day(day: date | None, data: MemoData) -> str:
    return format_short(day, data.date_style, data.lang)


def _head_row(keys: list[str], data: MemoData, st: Styles) -> list[Paragraph]:
    return [para(labels.t(k, data.lang), st.cell_head, st) for k in keys]


# -- 1 概要 and the changes since the last memo -----------------------------------------


def overview(data: MemoData, st: Styles) -> list[Flowable]:
    out: list[Flowable] = _heading(1, "s_overview", data, st) + _text_block(data.overview, st)
    if data.previous is not None:
        out += changes(data, data.previous, st)
    return out


def _change_text(change: ChangeLine, data: MemoData) -> str:
    lang, arrow = data.lang, " → "
    if change.kind in ("decision", "withdrawal"):
        text = decision_label(change.old or None, lang) + arrow + decision_label(change.new or None, lang)
        return labels.t("withdrawn", lang) + " " + text if change.kind == "withdrawal" else text
    if change.kind == "claim":
        old = VERIFICATION.label(change.old, lang) if change.old else labels.t("ch_new", lang)
        return old + arrow + VERIFICATION.label(change.new, lang)
    if change.kind == "event":
        return labels.t("ch_new", lang)
    if change.kind == "statement":
        channel = CHANNELS.label(change.new, lang)
        return channel + (labels.t("claims_n", lang, n=change.count) if change.count else "")
    if change.kind == "statement_retired":
        return labels.t("retired_statement", lang)
    if change.kind == "request_info":
        return (
            labels.t("addressed_to", lang, addressee=change.addressee)
            if change.addressee
            else labels.t("for_information", lang)
        )
    day = _day(date.fromisoformat(change.new), data) if change.new else ""
    if change.kind == "request_added":
        return labels.t("col_due", lang) + " " + day if day else labels.t("ch_new", lang)
    if change.kind == "request_answered":
        return labels.t("answered", lang, date=day)
    if change.kind == "report_sent":
        return labels.t("report_sent", lang, date=day)
    return labels.t("promised", lang, date=day)


def _change_day(change: ChangeLine, data: MemoData) -> str:
    when = (
        ""
        if change.when is None
        else (
            _day(change.when.start, data)
            if change.when.precision == "day"
            else format_fact_date(change.when, data.lang, "western" if data.date_style == "western" else "era")
        )
    )
    if change.late:
        when += "\n" + labels.t("late", data.lang)
    return when


def changes(data: MemoData, prev: PreviousMemo, st: Styles) -> list[Flowable]:
    heading = labels.t(
        "s_changes", data.lang, number=prev.number, date=format_date(prev.issued_on, data.date_style, data.lang)
    )
    out: list[Flowable] = _lead(para(f"【{heading}】" if data.lang == "ja" else heading, st.subheading, st))
    if not data.changes:
        return out + [para(labels.t("no_changes", data.lang), st.body_indent, st)]
    rows: list[list[Cell]] = [_head_row(["col_kind", "col_item", "col_change", "col_date"], data, st)]
    for c in data.changes:
        rows.append(
            [
                para(labels.t("ch_" + c.kind, data.lang), st.cell, st),
                para(c.subject, st.cell, st),
                para(_change_text(c, data), st.cell, st),
                para(_change_day(c, data), st.cell_center, st),
            ]
        )
    return out + _indent(_table(rows, WIDTHS["changes"][data.lang], st), st)


# -- 2 経緯 -----------------------------------------------------------------------------


def _cites(cites: tuple[str, ...], data: MemoData) -> str:
    """(新聞A 6/23、通知 6/24): the sources of a timeline entry or statement, in short form."""
    if not cites:
        return ""
    return "(" + "、".join(cites) + ")" if data.lang == "ja" else " (" + "; ".join(cites) + ")"


def timeline(data: MemoData, st: Styles) -> list[Flowable]:
    out: list[Flowable] = _heading(2, "s_timeline", data, st)
    if not data.timeline:
        return out + [para(labels.t("no_timeline", data.lang), st.body_indent, st)]
    style = "western" if data.date_style == "western" else "era"
    days = [format_fact_date(t.when, data.lang, style) for t in data.timeline]
    rows = [
        [para(day, st.body, st), para(t.text + _cites(t.cites, data), st.body, st)]
        for day, t in zip(days, data.timeline, strict=True)
    ]
    # Wide enough for the longest date on one line (令和5年10月17日・18日, 令和5年12月〜6年1月), within reason.
    day_w = min(52 * mm, max(34 * mm, max(stringWidth(d, st.body.fontName, st.body.fontSize) for d in days) + 3 * mm))
    return out + [
        styles.table(
            rows,
            st.fonts,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ],
            colWidths=[day_w, styles.WIDTH - 5 * mm - day_w],
            hAlign="RIGHT",
        )
    ]


# -- 3 現状 -----------------------------------------------------------------------------


def _counts(data: MemoData, st: Styles) -> Table:
    shown = [(code, n) for code, n in data.counts if n]
    total = sum(n for _, n in shown)
    head = [para(decision_label(code, data.lang), st.cell_head, st) for code, _ in shown]
    head.append(para(labels.t("total", data.lang), st.cell_head, st))
    values = [para(labels.t("count_unit", data.lang, n=n), st.cell_center, st) for _, n in shown]
    values.append(para(labels.t("count_unit", data.lang, n=total), st.cell_bold, st))
    width = min(26 * mm, (styles.WIDTH - 4 * mm) / max(1, len(head)))
    return styles.table(
        [head, values],
        st.fonts,
        styles.grid_table(1) + [("VALIGN", (0, 0), (-1, -1), "MIDDLE")],
        colWidths=[width] * len(head),
        hAlign="LEFT",
    )


def _use_row(i: int, u: UseLine, data: MemoData, st: Styles, w: list[float]) -> list[Cell]:
    lang = data.lang
    personal = labels.t("personal_none", lang)
    if u.handles_personal_data:
        personal = u.personal_data or labels.t("personal_yes", lang)
    conf = labels.t("confidentiality", lang, n=u.confidentiality)
    service = u.service + (
        (f"({u.platform})" if lang == "ja" else f" ({u.platform})")
        if u.platform and u.platform not in u.service
        else ""
    )
    use = [para(u.use, st.cell, st), para(service, st.cell_small, st)]
    if u.history:  # each earlier state since the incident began, then the current one: 停止 R3.3.19 → 再開 R3.4.15
        steps = [f"{decision_label(x.state, lang)} {_short_day(x.day, data)}" for x in u.history]
        now = decision_label(u.state, lang) + (f" {_short_day(u.decided_on, data)}" if u.decided_on else "")
        use.append(para(labels.t("history", lang) + " → ".join([*steps, now]), st.cell_small, st))
    decision = [para(decision_label(u.state, lang), st.cell_bold, st)]
    if u.decided_on:
        decision.append(para(_day(u.decided_on, data), st.cell_small_center, st))
    if u.decided_by:
        decision.append(para(u.decided_by, st.cell_small_center, st))
    return [
        _line(str(i), st.cell_center, st, w[0]),
        _line(u.department, st.cell, st, w[1]),
        use,
        [para(personal, st.cell, st), para(conf, st.cell_small, st)],
        _line(u.stored_in or "—", st.cell, st, w[4]),
        _line(u.accessed_from or "—", st.cell, st, w[5]),
        _line(u.contractors or "—", st.cell, st, w[6]),
        decision,
    ]


def _short_day(day: date, data: MemoData) -> str:
    return format_short(day, "western" if data.date_style == "western" else "era", data.lang)


def status(data: MemoData, st: Styles) -> list[Flowable]:
    out: list[Flowable] = _heading(3, "s_status", data, st)
    if not data.uses:
        return out + [para(labels.t("no_uses", data.lang), st.body_indent, st)]
    personal = sum(1 for u in data.uses if u.handles_personal_data)
    out += [
        para(labels.t("status_lead", data.lang, n=len(data.uses), personal=personal), st.body_indent, st),
        Spacer(1, 1.5 * mm),
        *_indent(_counts(data, st), st),
        Spacer(1, 2.5 * mm),
    ]
    rows: list[list[Cell]] = [
        _head_row(
            [
                "col_no",
                "col_department",
                "col_use",
                "col_personal",
                "col_stored",
                "col_accessed",
                "col_contractor",
                "col_decision",
            ],
            data,
            st,
        )
    ]
    widths = WIDTHS["uses"][data.lang]
    col_w = _widths(widths, indented=False)
    extra = _string_style(0, st.cell_center) + [c for col in (1, 4, 5, 6) for c in _string_style(col, st.cell)]
    for i, u in enumerate(data.uses, start=1):
        rows.append(_use_row(i, u, data, st, col_w))
        colour = DECISION_COLOURS.get(u.state)
        if colour:  # a coloured edge beside the label; the label itself carries the meaning
            extra.append(("LINEBEFORE", (7, i), (7, i), 2.5, colors.HexColor(colour)))
    return out + [_table(rows, widths, st, zebra=True, extra=extra, indented=False)]


# -- 4 事業者説明・国等の動向 -------------------------------------------------------------


def _captioned(
    caption: Flowable,
    rows: list[list[Cell]],
    widths_mm: Sequence[float],
    st: Styles,
    extra: Iterable[TableCommand] = (),
) -> Table:
    """A table whose first row is its caption (a statement's line): kept with the table, repeated on the
    next page when the table continues there, together with the header row."""
    rows = [[caption] + [""] * (len(rows[0]) - 1)] + rows
    cmds: list[TableCommand] = [c for c in styles.grid_table(0) if c[0] not in ("GRID", "BOX")] + [
        ("SPAN", (0, 0), (-1, 0)),
        ("LEFTPADDING", (0, 0), (-1, 0), 0),
        ("TOPPADDING", (0, 0), (-1, 0), 3),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
        ("GRID", (0, 1), (-1, -1), 0.5, styles.GRID),
        ("BOX", (0, 1), (-1, -1), 0.8, styles.RULE),
        ("BACKGROUND", (0, 1), (-1, 1), styles.HEAD_FILL),
        ("VALIGN", (0, 1), (-1, 1), "MIDDLE"),
        *extra,
    ]
    return styles.table(rows, st.fonts, cmds, colWidths=_widths(widths_mm), repeatRows=2, hAlign="LEFT")


def _statement(s: StatementLine, data: MemoData, st: Styles) -> list[Flowable]:
    lang = data.lang
    title = f"「{s.title}」" if s.title and lang == "ja" else (f" “{s.title}”" if s.title else "")
    # The speaker often repeats the company name (LINE株式会社 公共政策担当); print it once.
    who = s.speaker if s.speaker and s.party in s.speaker else " ".join(x for x in (s.party, s.speaker) if x)
    style = "western" if data.date_style == "western" else "era"
    head = labels.t(
        "statement_head",
        lang,
        date=format_fact_date(s.made, lang, style),
        party=who,
        channel=CHANNELS.label(s.channel, lang),
        title=title,
    ) + _cites(s.cites, data)
    caption = para(head, st.caption, st)
    if not s.claims:
        return [Indenter(left=styles.INDENT), caption, Indenter(left=-styles.INDENT), Spacer(1, 2 * mm)]
    rows: list[list[Cell]] = [_head_row(["col_claim", "col_verification", "col_checked"], data, st)]
    for c in s.claims:
        claim = [para(c.text, st.cell, st)]
        if c.promised_by:
            claim.append(para(labels.t("promised", lang, date=_day(c.promised_by, data)), st.cell_small, st))
        when = _day(c.checked_on, data) if c.checked_on else ""
        checked = c.checked_how + ((f"({when})" if lang == "ja" else f" ({when})") if when else "")
        rows.append(
            [claim, para(VERIFICATION.label(c.verification, lang), st.cell_bold, st), para(checked or "—", st.cell, st)]
        )
    return _indent(_captioned(caption, rows, WIDTHS["claims"][lang], st), st) + [Spacer(1, 2 * mm)]


def _answer(r: RequestLine, data: MemoData) -> str:
    lang = data.lang
    if r.every_months:
        lines = [labels.recurring(r.every_months, lang)]
        if r.reported:
            lines.append(
                labels.t(
                    "reported",
                    lang,
                    dates=("、" if lang == "ja" else ", ").join(_day(x, data) for x in r.reported[-3:]),
                )
            )
        if r.due_on and r.due_on < data.memo_date:
            lines.append(labels.t("overdue", lang))
        return "\n".join(lines)
    if r.answered_on:
        return labels.t("answered", lang, date=_day(r.answered_on, data))
    if r.due_on and r.due_on < data.memo_date:
        return labels.t("overdue", lang)
    return labels.t("unanswered", lang)


def _to_city(requests: list[RequestLine], data: MemoData, st: Styles) -> list[Flowable]:
    lang = data.lang
    out = _lead(para(labels.t("requests", lang), st.subheading, st))
    if not requests:
        return out + [para(labels.t("no_requests", lang), st.body_indent, st)]
    rows = [_head_row(["col_issuer", "col_subject", "col_date", "col_due", "col_answer"], data, st)]
    for r in requests:
        subject = [para(r.subject, st.cell, st)]
        if r.asks and r.asks != r.subject:
            subject.append(para(r.asks, st.cell_small, st))
        if r.doc_number:
            subject.append(para(r.doc_number, st.cell_small, st))
        rows.append(
            [
                para(r.issuer, st.cell, st),
                subject,
                para(_day(r.issued_on, data), st.cell_center, st),
                para(_day(r.due_on, data), st.cell_center, st),
                para(_answer(r, data), st.cell, st),
            ]
        )
    return out + _indent(_table(rows, WIDTHS["requests"][lang], st), st)


def _for_information(requests: list[RequestLine], data: MemoData, st: Styles) -> list[Flowable]:
    """国等の動向: what authorities demanded of others (the vendor, all bodies); never the city's debt."""
    lang = data.lang
    out = _lead(para(labels.t("requests_info", lang), st.subheading, st))
    rows = [_head_row(["col_issuer", "col_addressee", "col_demand", "col_date"], data, st)]
    for r in requests:
        demand = [para(r.subject, st.cell, st)]
        if r.asks and r.asks != r.subject:
            demand.append(para(r.asks, st.cell_small, st))
        if r.every_months:
            demand.append(para(labels.recurring(r.every_months, lang), st.cell_small, st))
        if r.doc_number:
            demand.append(para(r.doc_number, st.cell_small, st))
        rows.append(
            [
                para(r.issuer, st.cell, st),
                para(r.addressee or labels.t("others", lang), st.cell, st),
                demand,
                para(_day(r.issued_on, data), st.cell_center, st),
            ]
        )
    return out + _indent(_table(rows, WIDTHS["info"][lang], st), st)


def statements(data: MemoData, st: Styles) -> list[Flowable]:
    lang = data.lang
    out: list[Flowable] = _heading(4, "s_statements", data, st) + [
        para(labels.t("statements", lang), st.subheading, st)
    ]
    if not data.statements:
        out.append(para(labels.t("no_statements", lang), st.body_indent, st))
    for s in data.statements:
        out += _statement(s, data, st)
    out += _to_city([r for r in data.requests if r.to_city], data, st)
    info = [r for r in data.requests if not r.to_city]
    if info:
        out += _for_information(info, data, st)
    return out


# -- 5 対応方針, 6 今後の予定, 7 参考 -------------------------------------------------------


def policy(data: MemoData, st: Styles) -> list[Flowable]:
    return _heading(5, "s_policy", data, st) + _text_block(data.policy, st)


def schedule(data: MemoData, st: Styles) -> list[Flowable]:
    out: list[Flowable] = _heading(6, "s_schedule", data, st)
    if not data.schedule:
        return out + [para(labels.t("no_schedule", data.lang), st.body_indent, st)]
    rows: list[list[Cell]] = [_head_row(["col_date", "col_kind", "col_event"], data, st)]
    widths = WIDTHS["schedule"][data.lang]
    day_w, kind_w, _ = _widths(widths)
    for s in data.schedule:
        day = _day(s.due_on, data) + ("\n" + labels.t("overdue", data.lang) if s.overdue else "")
        kind = labels.t("kind_" + s.kind, data.lang)
        rows.append(
            [_line(day, st.cell_center, st, day_w), _line(kind, st.cell, st, kind_w), para(s.text, st.cell, st)]
        )
    extra = _string_style(0, st.cell_center) + _string_style(1, st.cell)
    return out + _indent(_table(rows, widths, st, extra=extra), st)


def sources(data: MemoData, st: Styles) -> list[Flowable]:
    out: list[Flowable] = _heading(7, "s_sources", data, st)
    if not data.sources:
        return out + [para(labels.t("no_sources", data.lang), st.body_indent, st)]
    for i, s in enumerate(data.sources, start=1):
        style = "western" if data.date_style == "western" else "era"
        bits = [b for b in (s.publisher, format_fact_date(s.published, data.lang, style) if s.published else "") if b]
        meta = (
            ("(" + "、".join(bits) + ")") if data.lang == "ja" and bits else (f" ({', '.join(bits)})" if bits else "")
        )
        out.append(para(f"({i}) {s.title}{meta}" + (f"\n{s.url}" if s.url else ""), st.note_indent, st))
    return out


ALL = (overview, timeline, status, statements, policy, schedule, sources)
