"""The page template: marking top right on every page, footer with contact and page n/N."""

from __future__ import annotations

from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from . import labels, styles
from .data import MemoData
from .fonts import FontSet


DRAFT_RED = colors.HexColor("#C62828")


def canvas_class(data: MemoData, fonts: FontSet) -> type[rl_canvas.Canvas]:
    """A canvas that holds pages back until the end, so each page can say 'n / N'."""

    marking = fonts.clean(data.marking)
    parts = (data.department, data.section, data.contact_name, data.contact_phone)
    contact = (
        fonts.clean(
            labels.t(
                "contact",
                data.lang,
                department=data.department,
                section=data.section,
                name=data.contact_name,
                phone=data.contact_phone,
            ).strip()
        )
        if any(parts)
        else ""
    )
    lang = data.lang
    draft = labels.t("draft", lang) if data.draft else ""
    anchor = fonts.clean(labels.t("anchor", lang, head=data.anchor)) if data.anchor and not data.draft else ""

    class MemoCanvas(rl_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Without this the page preamble names Helvetica, a font that would not be embedded.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts.gothic
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width, height = styles.PAGE
            right = width - styles.MARGIN_X
            self.saveState()
            if marking:
                size = 10.5
                text_w = self.stringWidth(marking, fonts.bold, size)
                box_w, box_h = text_w + 5 * mm, 7 * mm
                top = height - 10 * mm
                self.setLineWidth(0.9)
                self.rect(right - box_w, top - box_h, box_w, box_h)
                self.setFont(fonts.bold, size)
                self.drawCentredString(right - box_w / 2, top - box_h / 2 - size * 0.35, marking)
            if draft:
                self._draft_mark(height)
            if anchor and number == total:  # the audit head, for `verify --head`: small, above the footer rule
                self.setFont(fonts.gothic, 6.5)
                self.setFillColor(styles.MUTED)
                self.drawRightString(right, 15 * mm, anchor)
                self.setFillColor(styles.INK)
            self.setLineWidth(0.4)
            self.setStrokeColor(styles.GRID)
            self.line(styles.MARGIN_X, 13.5 * mm, right, 13.5 * mm)
            self.setFont(fonts.gothic, 8)
            self.drawString(styles.MARGIN_X, 9 * mm, contact)
            self.drawRightString(right, 9 * mm, labels.t("page", lang, page=number, pages=total))
            self.restoreState()

        def _draft_mark(self, height: float) -> None:
            """案 / DRAFT boxed top left in red on every page of a draft, and faintly across the page."""
            size = 12
            left, top = styles.MARGIN_X, height - 10 * mm
            box_w, box_h = self.stringWidth(draft, fonts.bold, size) + 6 * mm, 7.5 * mm
            self.setStrokeColor(DRAFT_RED)
            self.setFillColor(DRAFT_RED)
            self.setLineWidth(1.2)
            self.rect(left, top - box_h, box_w, box_h)
            self.setFont(fonts.bold, size)
            self.drawCentredString(left + box_w / 2, top - box_h / 2 - size * 0.35, draft)
            self.saveState()
            self.setFillColor(DRAFT_RED, alpha=0.08)
            self.translate(styles.PAGE[0] / 2, height / 2)
            self.rotate(35)
            big = 110 if lang == "ja" else 90
            self.setFont(fonts.bold, big)
            self.drawCentredString(0, -big * 0.35, draft)
            self.restoreState()
            self.setStrokeColor(styles.INK)
            self.setFillColor(styles.INK)

    return MemoCanvas


def document(buffer: IO[bytes], data: MemoData, title: str) -> BaseDocTemplate:
    width, height = styles.PAGE
    doc = BaseDocTemplate(
        buffer,
        pagesize=styles.PAGE,
        leftMargin=styles.MARGIN_X,
        rightMargin=styles.MARGIN_X,
        topMargin=styles.MARGIN_TOP,
        bottomMargin=styles.MARGIN_BOTTOM,
        title=title,
        author=" ".join(p for p in (data.municipality, data.department, data.section) if p),
        subject=data.number,
        creator="Incident Desk",
        producer="Incident Desk",
        invariant=1,
        lang="ja-JP" if data.lang == "ja" else "en-GB",
    )
    frame = Frame(
        styles.MARGIN_X,
        styles.MARGIN_BOTTOM,
        styles.WIDTH,
        height - styles.MARGIN_TOP - styles.MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="memo", frames=[frame])])
    return doc
