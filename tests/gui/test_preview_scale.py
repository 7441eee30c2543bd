"""The memo preview is rendered for the screen's scale: crisp at 150 %, laid out at the same logical size."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from incidentdesk.gui import pdf_pages

from conftest import settle


def test_preview_renders_at_the_device_pixel_ratio(qtbot, runner, window, monkeypatch):
    page = window.pages["memos"]
    asked = []
    real = pdf_pages.page_images
    monkeypatch.setattr(
        "incidentdesk.gui.pages.memos.page_images", lambda pdf, dpi: asked.append(dpi) or real(pdf, dpi)
    )
    monkeypatch.setattr(page, "devicePixelRatioF", lambda: 1.5)  # as on a 150 % screen
    pixmaps = []

    class Recording(QLabel):  # QLabel.pixmap() gives the label's own ratio back: record what was set
        def setPixmap(self, pixmap):  # noqa: N802 - Qt naming
            pixmaps.append(pixmap)
            super().setPixmap(pixmap)

    monkeypatch.setattr("incidentdesk.gui.pages.memos.QLabel", Recording)
    window.show_page("memos")
    settle(qtbot, runner)
    page.preview()
    qtbot.waitUntil(lambda: bool(asked) and page.pdf is not None, timeout=30_000)
    settle(qtbot, runner)
    assert asked == [165.0]
    assert pixmaps and all(p.devicePixelRatio() == 1.5 for p in pixmaps)
    width = page.scroll.viewport().width()
    assert all(p.deviceIndependentSize().width() <= width for p in pixmaps)
