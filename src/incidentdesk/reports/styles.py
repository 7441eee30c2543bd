"""The memo's one stylesheet: paragraph styles, table styles, page geometry."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeAlias

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from .fonts import FontSet

PAGE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 18 * mm
WIDTH = PAGE[0] - 2 * MARGIN_X
FRAME_HEIGHT = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM
INDENT = 5 * mm  # body text and its tables sit this far in from the section headings

INK = colors.black
RULE = colors.HexColor("#555555")
GRID = colors.HexColor("#8a8a8a")
HEAD_FILL = colors.HexColor("#e6e6e6")
ZEBRA = colors.HexColor("#f6f6f6")
MUTED = colors.HexColor("#444444")

# A TableStyle command: its name, the first and last cell (column, row; negative counts from the end), its values.
TableCommand: TypeAlias = tuple[str, tuple[int, int], tuple[int, int], *tuple[object, ...]]
# What a table cell holds: a plain string, a flowable or a column of flowables.
Cell: TypeAlias = str | Flowable | list[Flowable]


@dataclass(frozen=True)
class Styles:
    fonts: FontSet
    body: ParagraphStyle
    body_indent: ParagraphStyle
    body_nested: ParagraphStyle
    body_hanging: ParagraphStyle
    item: ParagraphStyle
    right: ParagraphStyle
    left: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    cell: ParagraphStyle
    cell_small: ParagraphStyle
    cell_small_center: ParagraphStyle
    cell_head: ParagraphStyle
    cell_center: ParagraphStyle
    cell_bold: ParagraphStyle
    caption: ParagraphStyle
    stamp: ParagraphStyle
    note: ParagraphStyle
    note_indent: ParagraphStyle


def make(fonts: FontSet, lang: str) -> Styles:
    # Every paragraph goes through reports/linebreak (MemoParagraph.breakLinesCJK): Japanese breaks between
    # characters with 禁則処理, English at spaces, and Japanese ledger text in an English memo still wraps.
    wrap = "CJK"
    base = ParagraphStyle(
        "body", fontName=fonts.mincho, fontSize=10.5, leading=16, alignment=TA_LEFT, textColor=INK, wordWrap=wrap
    )
    cell = ParagraphStyle("cell", parent=base, fontName=fonts.gothic, fontSize=8, leading=10.5)
    return Styles(
        fonts=fonts,
        body=base,
        body_indent=ParagraphStyle("body_indent", parent=base, leftIndent=INDENT),
        body_nested=ParagraphStyle("body_nested", parent=base, leftIndent=INDENT + 6 * mm),
        body_hanging=ParagraphStyle("body_hanging", parent=base, leftIndent=INDENT + 6 * mm, firstLineIndent=-6 * mm),
        item=ParagraphStyle("item", parent=base, leftIndent=INDENT, spaceBefore=1.5 * mm, spaceAfter=0.5 * mm),
        right=ParagraphStyle("right", parent=base, fontName=fonts.gothic, alignment=TA_RIGHT, leading=15),
        left=ParagraphStyle("left", parent=base, fontName=fonts.gothic, leading=15),
        title=ParagraphStyle(
            "title",
            parent=base,
            fontName=fonts.bold,
            fontSize=14,
            leading=20,
            alignment=TA_CENTER,
            spaceBefore=5 * mm,
            spaceAfter=4 * mm,
        ),
        heading=ParagraphStyle(
            "heading",
            parent=base,
            fontName=fonts.bold,
            fontSize=11,
            leading=15,
            spaceBefore=4.5 * mm,
            spaceAfter=1.5 * mm,
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=base,
            fontName=fonts.gothic,
            fontSize=10,
            leading=14,
            leftIndent=INDENT - 1 * mm,
            spaceBefore=2 * mm,
            spaceAfter=1 * mm,
        ),
        cell=cell,
        cell_small=ParagraphStyle("cell_small", parent=cell, fontSize=7, leading=9, textColor=MUTED),
        cell_small_center=ParagraphStyle(
            "cell_small_center", parent=cell, fontSize=7, leading=9, textColor=MUTED, alignment=TA_CENTER
        ),
        # English headers are long words that must not break inside ("Contracto-r"): a size smaller.
        cell_head=ParagraphStyle(
            "cell_head", parent=cell, fontName=fonts.bold, alignment=TA_CENTER, fontSize=8 if lang == "ja" else 7.5
        ),
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=fonts.bold, alignment=TA_CENTER),
        caption=ParagraphStyle("caption", parent=base, leading=15),
        stamp=ParagraphStyle("stamp", parent=cell, fontSize=8, leading=10, alignment=TA_CENTER),
        note=ParagraphStyle("note", parent=base, fontName=fonts.gothic, fontSize=8.5, leading=12, textColor=MUTED),
        note_indent=ParagraphStyle(
            "note_indent",
            parent=base,
            fontSize=9.5,
            leading=13.5,
            leftIndent=INDENT + 6 * mm,
            firstLineIndent=-6 * mm,
            spaceAfter=1,
        ),
    )


def grid_table(header_rows: int = 1, zebra: bool = False) -> list[TableCommand]:
    """Commands for the memo's ruled tables: thin grid, grey header, cells padded for stamps of ink."""
    cmds: list[TableCommand] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BOX", (0, 0), (-1, -1), 0.8, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header_rows:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ]
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    return cmds


class MemoTable(Table):
    """A table that splits between rows, and inside a row only when that row cannot fit on a page.

    Splitting inside rows everywhere leaves a repeated header and a sliver of a row at the foot of
    pages; never doing it makes a cell taller than a page (a pasted essay) fail the whole build.
    """

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.splitInRow = 0
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if not parts and availHeight > FRAME_HEIGHT / 2:  # a fresh page and still no room: the row is too tall
            self.splitInRow = 1
            parts = super().split(availWidth, availHeight)
        return parts


def table(rows: list[list[Cell]], fonts: FontSet, cmds: list[TableCommand], **kw: Any) -> Table:
    """A Table whose plain-string cells (even empty ones) use the memo font, never unembedded Helvetica."""
    made = MemoTable(rows, **kw)
    made.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.gothic)] + list(cmds)))
    return made
