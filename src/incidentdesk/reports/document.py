"""build(data) -> the memo PDF as bytes; the same data always gives the same bytes."""

from __future__ import annotations

import io
import re

from . import fonts as font_lookup
from . import head, page, sections, styles
from .data import MemoData


def build(data: MemoData) -> bytes:
    """Lay out the memo; raises LedgerError('font_missing') when no Japanese TrueType font is found."""
    fonts = font_lookup.load(data.font_path, data.lang != "ja")
    st = styles.make(fonts, data.lang)
    story = head.front_matter(data, st)
    for section in sections.ALL:
        story += section(data, st)
    buffer = io.BytesIO()
    title = fonts.clean(head.memo_title(data))
    doc = page.document(buffer, data, title)
    doc.build(story, canvasmaker=page.canvas_class(data, fonts))
    return buffer.getvalue()


def page_count(pdf: bytes) -> int:
    """Pages in a memo this module wrote (each page object is written as '/Type /Page')."""
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))
