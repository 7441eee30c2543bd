"""A Paragraph that lays itself out once per width and skips the markup parser for plain one-line text."""

from __future__ import annotations

from reportlab.platypus.paragraph import Paragraph, cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

MARKUP = frozenset("<>&")
_templates: dict[int, tuple] = {}  # id(style) -> (style, its one fragment for the text "x")


def _parsed(text: str, style) -> list:
    """The fragments ReportLab's parser makes for `text`, or [] when it would make none."""
    _, frags, _ = ParaParser().parse(cleanBlockQuotedText(text), style)
    return frags or []


def plain_frags(text: str, style) -> list | None:
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

    def __init__(self, text, style=None, bulletText=None, frags=None, *, plain: str | None = None, **kw):
        # Paragraph.split builds the two halves through this class with frags= and bulletText=.
        if frags is None and plain is not None:
            frags = plain_frags(plain, style)
        super().__init__(text, style, bulletText, frags, **kw)

    def wrap(self, availWidth, availHeight):
        memo = self.__dict__.get("_wrapped")
        if memo is not None and memo[0] == availWidth and "blPara" in self.__dict__:
            self.width, self.height, self.blPara = availWidth, memo[1], memo[2]
            return availWidth, memo[1]
        width, height = super().wrap(availWidth, availHeight)
        if "blPara" in self.__dict__:  # not when the width was too small to lay out anything
            self._wrapped = (availWidth, height, self.blPara)
        return width, height
