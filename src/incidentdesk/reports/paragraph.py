"""A Paragraph that lays itself out once per width, skips the markup parser for plain one-line text and
breaks lines by the memo's rules (reports/linebreak.py: 禁則処理, numbers, words, dates and labels kept whole)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus.paragraph import (
    ParaLines,
    Paragraph,
    _handleBulletWidth,
    cjkU,
    cleanBlockQuotedText,
    makeCJKParaLine,
)
from reportlab.platypus.paraparser import ParaParser

from . import linebreak

if TYPE_CHECKING:  # ReportLab ships no type hints: to mypy these are Any, named here for the reader
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus.paragraph import FragLine
    from reportlab.platypus.paraparser import ParaFrag

MARKUP = frozenset("<>&")
_templates: dict[int, tuple[ParagraphStyle, ParaFrag]] = {}  # id(style) -> (style, its one fragment for the text "x")


def _parsed(text: str, style: ParagraphStyle) -> list[ParaFrag]:
    """The fragments ReportLab's parser makes for `text`, or [] when it would make none."""
    _, frags, _ = ParaParser().parse(cleanBlockQuotedText(text), style)
    return frags or []


def plain_frags(text: str, style: ParagraphStyle) -> list[ParaFrag] | None:
    """One fragment for text without markup or line breaks, copied from a template parsed once per style.

    The parser gives such text exactly one fragment carrying the style's font, size and colour;
    parsing it anew for each of ~12,000 table cells was a third of a large memo's layout time.
    None means: not plain, let the parser do it.
    """
    if "\n" in text or "\t" in text or "\r" in text or not MARKUP.isdisjoint(text):
        return None
    cleaned = cleanBlockQuotedText(text)
    if not cleaned:
        return None
    entry = _templates.get(id(style))
    if entry is None or entry[0] is not style:
        template = _parsed("x", style)
        if len(template) != 1:
            return None
        entry = _templates[id(style)] = (style, template[0])
    return [entry[1].clone(text=cleaned)]


class MemoParagraph(Paragraph):
    """Remembers its line breaking for the last width it was given.

    A table wraps each cell when measuring rows, again for each split at a page break and again
    when drawing; breaking Japanese text recomputes every character's width each time. The
    result depends only on the width (the style and text never change), so a repeat is free.
    """

    def __init__(
        self,
        text: str,
        style: ParagraphStyle | None = None,
        bulletText: str | None = None,
        frags: list[ParaFrag] | None = None,
        *,
        plain: str | None = None,
        **kw: Any,
    ) -> None:
        # Paragraph.split builds the two halves through this class with frags= and bulletText=.
        if frags is None and plain is not None:
            frags = plain_frags(plain, style)
        super().__init__(text, style, bulletText, frags, **kw)

    def breakLinesCJK(self, maxWidths: float | list[float] | tuple[float, ...]) -> ParaLines | ParaFrag:  # noqa: N802 - ReportLab's name
        return break_lines_cjk(self, maxWidths)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        memo = self.__dict__.get("_wrapped")
        if memo is not None and memo[0] == availWidth and "blPara" in self.__dict__:
            self.width, self.height, self.blPara = availWidth, memo[1], memo[2]
            return availWidth, memo[1]
        width, height = super().wrap(availWidth, availHeight)
        if "blPara" in self.__dict__:  # not when the width was too small to lay out anything
            self._wrapped = (availWidth, height, self.blPara)
        return width, height


# -- line breaking (禁則処理) ------------------------------------------------------------------

_widths_cache: dict[tuple[str, float], tuple[dict[int, float], float]] = {}


def char_widths(text: str, font_name: str, font_size: float) -> list[float]:
    """Each character's advance in points, as ReportLab's stringWidth adds them up for a TrueType font."""
    key = (font_name, font_size)
    entry = _widths_cache.get(key)
    if entry is None:
        face = getFont(font_name).face
        scale = font_size * 0.001
        entry = _widths_cache[key] = ({cp: w * scale for cp, w in face.charWidths.items()}, face.defaultWidth * scale)
    table, default = entry
    return [table.get(ord(ch), default) for ch in text]


# (text, font, size, line widths) -> its lines: the same cell text at the same width, laid out once
_broken: dict[tuple[str, str, float, tuple[float, ...]], list[tuple[int, int, float]]] = {}


def _break_single(text: str, frag: ParaFrag, max_widths: list[float]) -> ParaFrag:
    key = (text, frag.fontName, frag.fontSize, tuple(max_widths))
    found = _broken.get(key)
    if found is None:
        if len(_broken) > 20_000:
            _broken.clear()
        found = _broken[key] = linebreak.break_lines(text, char_widths(text, frag.fontName, frag.fontSize), max_widths)
    lines: list[tuple[float, list[str]]] = []
    for n, (start, end, used) in enumerate(found):
        limit = max_widths[min(n, len(max_widths) - 1)]
        lines.append((limit - used, [text[start:end]]))
    return frag.clone(kind=0, lines=lines, ascent=frag.fontSize, descent=-0.2 * frag.fontSize)


def _break_frags(frags: list[ParaFrag], max_widths: list[float], calc_bounds: bool) -> ParaLines:
    """cjkFragSplit with the memo's rules: one entry per character, each remembering its fragment."""
    units: list[cjkU] = []
    for f in frags:
        text = f.text
        if text:
            units.extend(cjkU(t, f, "utf8") for t in text)
        else:
            units.append(cjkU(text, f, "utf8"))
    chars = "".join(u if u else ("\n" if hasattr(u.frag, "lineBreak") else "\u2060") for u in units)
    forced = [i for i, ch in enumerate(chars) if ch == "\n"]
    widths = [0.0 if ch == "\n" else u.width for ch, u in zip(chars, units, strict=True)]
    lines: list[FragLine] = []
    for n, (start, end, used) in enumerate(linebreak.break_lines(chars, widths, max_widths, forced)):
        limit = max_widths[min(n, len(max_widths) - 1)]
        line_break = end < len(chars) and chars[end] == "\n"
        part = units[start : end + 1] if line_break else units[start:end]
        lines.append(makeCJKParaLine(part, limit, used, limit - used, line_break, calc_bounds))
    return ParaLines(kind=1, lines=lines)


def break_lines_cjk(paragraph: Paragraph, max_widths: float | list[float] | tuple[float, ...]) -> ParaLines | ParaFrag:
    """Paragraph.breakLinesCJK with linebreak.break_lines in place of ReportLab's character-by-character cut."""
    widths = list(max_widths) if isinstance(max_widths, (list, tuple)) else [max_widths]
    style = paragraph.style
    paragraph.height = 0
    _handleBulletWidth(paragraph.bulletText, style, widths)
    frags = paragraph.frags
    if len(frags) == 1 and not hasattr(frags[0], "cbDefn") and not style.endDots:
        f = frags[0]
        if hasattr(paragraph, "blPara") and getattr(paragraph, "_splitpara", False):
            return f.clone(kind=0, lines=paragraph.blPara.lines)
        text = f.text if hasattr(f, "text") else "".join(getattr(f, "words", []))
        return _break_single(text, f, widths)
    if not frags:
        return ParaLines(
            kind=0,
            fontSize=style.fontSize,
            fontName=style.fontName,
            textColor=style.textColor,
            lines=[],
            ascent=style.fontSize,
            descent=-0.2 * style.fontSize,
        )
    if hasattr(paragraph, "blPara") and getattr(paragraph, "_splitpara", False):
        return paragraph.blPara
    auto = getattr(paragraph, "autoLeading", getattr(style, "autoLeading", ""))
    return _break_frags(frags, widths, auto not in ("", "off"))
