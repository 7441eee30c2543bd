"""The memo page: defaults filled in, preview pages rendered off the GUI thread, issue, reopen, print."""

from __future__ import annotations

import io
from datetime import date

from PySide6.QtCore import QDate, QThread
from PySide6.QtWidgets import QMessageBox

from incidentdesk.gui import pdf_pages
from incidentdesk.services import memos

from conftest import settle


def test_preview_issue_and_reopen(qtbot, runner, window, monkeypatch):
    """Preview shows every page; Issue stores the memo under the shown number; the issued list reopens it."""
    page = window.pages["memos"]
    threads = []
    real = pdf_pages.page_images
    monkeypatch.setattr("incidentdesk.gui.pages.memos.page_images",
                        lambda pdf, dpi: threads.append(QThread.currentThread()) or real(pdf, dpi))
    window.show_page("memos")
    settle(qtbot, runner)
    assert page.incident_id() == 1
    assert "LINE" in page.overview.toPlainText() and page.policy.toPlainText()
    page.memo_date.setDate(QDate(2021, 3, 19))
    page.number.setText("情政第7号")
    page.overview.setPlainText("概要の差し替え")
    page.preview()
    settle(qtbot, runner)
    assert page.pdf and page.pages_layout.count() >= 2
    assert threads and all(t is not window.thread() for t in threads)  # rendered on the worker

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.issue()
    settle(qtbot, runner)
    issued = memos.list_issued(window.ctx.ledger)
    assert [m.number for m in issued] == ["情政第7号"] and issued[0].issued_on == date(2021, 3, 19)
    qtbot.waitUntil(lambda: page.issued.source.rowCount() == 1, timeout=5000)
    assert page.pdf == memos.reprint(window.ctx.ledger, "情政第7号")
    page.pdf = None
    page.issued.selectRow(0)
    page.open_issued()
    settle(qtbot, runner)
    assert page.pdf == memos.reprint(window.ctx.ledger, "情政第7号")
    assert "情政第7号" in page.preview_label.text()


def test_printing_paints_one_printer_page_per_memo_page(qtbot, runner, window, tmp_path):
    """The print path paints each page image onto the printer (here a PDF file) at the printer's resolution."""
    from PySide6.QtPrintSupport import QPrinter
    from pypdf import PdfReader

    page = window.pages["memos"]
    pdf = memos.render(window.ctx.ledger, 1, lang="ja", memo_date=date(2021, 3, 19), number="x")
    images = pdf_pages.page_images(pdf, 150)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    page._paint(printer, images)
    assert len(PdfReader(str(out)).pages) == len(images) == len(PdfReader(io.BytesIO(pdf)).pages)


def test_saving_to_an_unwritable_path_shows_a_message(qtbot, runner, window, monkeypatch, tmp_path):
    """Save PDF into a folder path (like a file locked by a viewer) shows the reason instead of raising."""
    from PySide6.QtWidgets import QFileDialog

    page = window.pages["memos"]
    window.show_page("memos")
    settle(qtbot, runner)
    page.preview()
    settle(qtbot, runner)
    shown = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    page.save_pdf()
    assert shown and str(tmp_path) in shown[0]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "m.pdf"), ""))
    page.save_pdf()
    assert (tmp_path / "m.pdf").read_bytes() == page.pdf
