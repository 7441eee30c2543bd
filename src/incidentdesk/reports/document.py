"""build(data) -> the memo PDF as bytes; the same data always gives the same bytes."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

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


def _fields(data: MemoData) -> Iterator[tuple[str, str]]:
    """(message key of where it prints, text) for every text the memo prints from the ledger or the user."""
    yield "memo.s_overview", data.overview
    yield "memo.s_policy", data.policy
    yield "field.title", data.title
    for key in ("municipality", "department", "section", "contact_name", "contact_phone", "marking", "addressee"):
        yield "field." + key, getattr(data, key)
    for t in data.timeline:
        yield "memo.s_timeline", t.text
    for u in data.uses:
        for text in (
            u.department,
            u.service,
            u.platform,
            u.use,
            u.personal_data,
            u.stored_in,
            u.accessed_from,
            u.contractors,
            u.decided_by,
        ):
            yield "memo.s_status", text
    for s in data.statements:
        yield "memo.s_statements", " ".join((s.party, s.speaker, s.title))
        for c in s.claims:
            yield "memo.s_statements", c.text + " " + c.checked_how
    for r in data.requests:
        yield "memo.s_statements", " ".join((r.issuer, r.doc_number, r.subject, r.asks, r.addressee))
    for x in data.sources:
        yield "memo.s_sources", " ".join((x.title, x.publisher, x.url))


def missing_characters(data: MemoData) -> list[tuple[str, str]]:
    """Characters the memo's fonts cannot draw (printed as 〓), with where they are: [(message key, characters)]
    in the memo's order, each character once per place. Control characters and variation selectors, which
    print as nothing anyway, are not listed."""
    fonts = font_lookup.load(data.font_path, data.lang != "ja")
    found: dict[str, list[str]] = {}
    for key, text in _fields(data):
        for ch in text or "":
            if (
                ch in "\n\t"
                or fonts.covers(ch)
                or ord(ch) < 32
                or 0xFE00 <= ord(ch) <= 0xFE0F
                or 0xE0100 <= ord(ch) <= 0xE01EF
                or ch == "\u200d"
            ):
                continue
            chars = found.setdefault(key, [])
            if ch not in chars:
                chars.append(ch)
    return [(key, "".join(chars)) for key, chars in found.items()]
