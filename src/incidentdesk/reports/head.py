"""The memo's front matter: document number and date, approval stamp boxes, addressee, sender, title."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from ..domain.era_dates import format_date
from . import labels, styles
from .data import MemoData
from .paragraph import MemoParagraph
from .styles import Styles


def escape(text: str) -> str:
    """&, < and > as entities for ReportLab's paragraph markup (xml.sax.saxutils would pull in urllib: 12 ms)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(text: str, style: ParagraphStyle, st: Styles) -> Paragraph:
    """A paragraph of user text: unprintable characters replaced, markup escaped, line breaks kept."""
    clean = st.fonts.clean(text or "")
    return MemoParagraph(escape(clean).replace("\n", "<br/>"), style, plain=clean)


def memo_title(data: MemoData) -> str:
    return labels.t("title", data.lang, title=data.title)


def _stamps(data: MemoData, st: Styles) -> Table | None:
    roles = [labels.role(r, data.lang) for r in data.approval_roles]
    if not roles:
        return None
    box = 17 * mm if data.lang == "ja" else 21 * mm
    # An English role name can be long; let the box grow rather than clip it.
    widths = [max(box, min(32 * mm, stringWidth(r, st.fonts.gothic, st.stamp.fontSize) + 4 * mm)) for r in roles]
    if sum(widths) > styles.WIDTH:  # a long approval chain shrinks to the line rather than running off the page
        widths = [w * styles.WIDTH / sum(widths) for w in widths]
    return styles.table(
        [[para(r, st.stamp, st) for r in roles], [""] * len(roles)],
        st.fonts,
        [
            ("GRID", (0, 0), (-1, -1), 0.6, styles.RULE),
            ("BOX", (0, 0), (-1, -1), 0.9, styles.INK),
            ("BACKGROUND", (0, 0), (-1, 0), styles.HEAD_FILL),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, 0), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 1),
            ("RIGHTPADDING", (0, 0), (-1, -1), 1),
        ],
        colWidths=widths,
        rowHeights=[None, 17 * mm],
        hAlign="RIGHT",
    )


def front_matter(data: MemoData, st: Styles) -> list[Flowable]:
    lang = data.lang
    out: list[Flowable] = [
        Spacer(1, 1 * mm),
        para(data.number, st.right, st),
        para(format_date(data.memo_date, data.date_style, lang), st.right, st),
        Spacer(1, 3 * mm),
    ]
    stamps = _stamps(data, st)
    if stamps is not None:
        out += [stamps, Spacer(1, 4 * mm)]
    out.append(para(labels.addressee(data.addressee, lang), st.left, st))
    sender = labels.t("sender", lang, department=data.department, section=data.section).strip()
    if data.municipality and lang == "ja":
        sender = f"{data.municipality} {sender}"
    elif data.municipality:
        sender = f"{sender}, {data.municipality}"
    out.append(para(sender, st.right, st))
    out.append(para(memo_title(data), st.title, st))
    return out
