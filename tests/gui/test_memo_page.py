"""The memo page: defaults filled in, preview pages rendered off the GUI thread, issue, reopen, print."""

from __future__ import annotations

import io
from datetime import date

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QMessageBox

from incidentdesk.gui import pdf_pages
from incidentdesk.services import memos

from conftest import settle


def enter_date(qtbot, page, text: str) -> None:
    """Type the memo's date over the one shown, as a person does, and press Enter."""
    field = page.memo_date.edit
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_preview_issue_and_reopen(qtbot, runner, window, monkeypatch):
    """Preview shows every page; Issue stores the memo under the shown number; the issued list reopens it."""
    page = window.pages["memos"]
    threads = []
    real = pdf_pages.page_images
    monkeypatch.setattr(
        "incidentdesk.gui.pages.memos.page_images",
        lambda pdf, dpi: threads.append(QThread.currentThread()) or real(pdf, dpi),
    )
    window.show_page("memos")
    settle(qtbot, runner)
    assert page.incident_id() == 1
    assert "LINE" in page.overview.toPlainText() and page.policy.toPlainText()
    enter_date(qtbot, page, "R3.3.19")
    settle(qtbot, runner)  # the texts for the new date arrive before the user edits them
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


def test_date_and_number_regenerate_the_texts_and_an_edit_is_kept_on_request(qtbot, runner, window, monkeypatch):
    """Changing the date regenerates unedited texts (as of that date); an edited text is replaced only if the
    user agrees; a draft numbered like an issued memo never names itself as its predecessor."""
    asked = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answer[0])
    page = window.pages["memos"]
    window.show_page("memos")
    settle(qtbot, runner)
    page.memo_lang.setCurrentIndex(page.memo_lang.findData("ja"))
    settle(qtbot, runner)
    enter_date(qtbot, page, "2021/3/20")
    settle(qtbot, runner)
    assert "ガイドライン" not in page.overview.toPlainText() and not asked
    enter_date(qtbot, page, "2021-05-10")
    settle(qtbot, runner)
    assert "ガイドライン" in page.overview.toPlainText() and not asked  # 県's request of 5/6 is the next deadline
    page.overview.setPlainText("市長には口頭で説明済み。")
    enter_date(qtbot, page, "R3.5.11")
    settle(qtbot, runner)
    assert len(asked) == 1 and page.overview.toPlainText() == "市長には口頭で説明済み。"
    answer[0] = QMessageBox.StandardButton.Yes
    enter_date(qtbot, page, "20210512")
    settle(qtbot, runner)
    assert len(asked) == 2 and "ガイドライン" in page.overview.toPlainText()

    memos.issue(window.ctx.ledger.database(), 1, lang="ja", memo_date=date(2021, 4, 1), number="情政第1号")
    page.refresh()
    settle(qtbot, runner)
    assert page.number.text() == "情政第2号"
    assert "前回報告(情政第1号" in page.overview.toPlainText()
    page.number.setText("情政第1号")
    page.number.editingFinished.emit()
    settle(qtbot, runner)
    assert "前回報告" not in page.overview.toPlainText()  # never its own predecessor


def test_a_missing_sender_is_asked_for_before_the_first_draft(qtbot, runner, window, monkeypatch):
    from incidentdesk.domain.inputs import SettingsIn
    from incidentdesk.services import ledger

    ledger.save_settings(
        window.ctx.ledger.database(), SettingsIn(municipality="サンプル市", memo_number_prefix="情政第")
    )
    asked, opened = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    window.settings_requested.connect(lambda: opened.append(True))
    page = window.pages["memos"]
    window.show_page("memos")
    page.refresh()
    settle(qtbot, runner)
    assert page.sender_box.isVisible() and "blank" in page.sender_note.text()
    page.preview()
    settle(qtbot, runner)
    assert asked and opened and page.pdf is None  # went to the settings instead of drawing a blank sender


def test_statutory_reports_of_a_leak_are_offered_and_recorded(qtbot, runner, window, monkeypatch):
    """An incident marked as a personal-data leak learned of after 2023-04-01: the page offers the 速報 and 確報;
    recording them adds two requests to the city and the offer goes away. The LINE sample (2021) has none."""
    from incidentdesk.domain.inputs import IncidentIn
    from incidentdesk.services import incidents

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page = window.pages["memos"]
    window.show_page("memos")
    settle(qtbot, runner)
    assert not page.statutory_box.isVisible()
    leak = incidents.open_incident(
        window.ctx.ledger.database(), IncidentIn(title="委託先の漏えい", known_on="2023-10-18", personal_data_leak=True)
    )
    page.refresh()
    settle(qtbot, runner)
    page.incident.setCurrentIndex(page.incident.findData(leak.id))
    settle(qtbot, runner)
    assert page.statutory_box.isVisible() and "20 October 2023" in page.statutory_note.text()
    page.btn_statutory.click()
    settle(qtbot, runner)
    with window.ctx.ledger.reader() as r:
        subjects = [x for (x,) in r.rows("SELECT subject FROM request WHERE incident_id = ?", (leak.id,))]
    assert sorted(subjects) == ["漏えい等の確報", "漏えい等の速報"] and not page.statutory_box.isVisible()


def test_memo_date_is_typed_and_shown_like_every_date_of_the_program(qtbot, runner, window, monkeypatch):
    """The memo's date is a date field like the forms' (it showed 2026-12-01 in a spin box): today said back in
    和暦 in Japanese and in words in English; a typed 令和 date is read when it is entered, not at each key
    (R3.3.1 on the way to R3.3.19 regenerates nothing); a date that cannot be read stops the preview with a
    message naming the field, and a day picked from the calendar takes effect at once."""
    from datetime import timedelta

    from incidentdesk.domain.era_dates import format_date

    errors = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: errors.append(text))
    page = window.pages["memos"]
    window.show_page("memos")
    settle(qtbot, runner)
    today = date.today()
    assert page.memo_date.text() == today.isoformat()
    assert page.memo_date.understood.text() == f"= {format_date(today, 'western', 'en')}"
    page.memo_date.set_language("ja")
    assert page.memo_date.understood.text() == f"= {format_date(today, 'era', 'ja')} ({today.isoformat()})"
    page.memo_date.set_language("en")

    asked = []
    real = page._date_changed
    monkeypatch.setattr(page, "_date_changed", lambda: asked.append(page._day()) or real())
    page.memo_date.edit.selectAll()
    qtbot.keyClicks(page.memo_date.edit, "R3.3.1")  # a day already, but not the one meant
    qtbot.keyClicks(page.memo_date.edit, "9")
    assert asked == [] and page._day() == today
    qtbot.keyClick(page.memo_date.edit, Qt.Key.Key_Return)
    settle(qtbot, runner)
    assert asked == [date(2021, 3, 19)] and page.memo_date.understood.text() == "= 19 March 2021"
    assert page._for[2] == date(2021, 3, 19)  # the texts shown were generated for the date entered

    page.memo_date.edit.selectAll()
    qtbot.keyClicks(page.memo_date.edit, "R3.13.1")
    assert page.memo_date.understood.text() == "not a date yet"
    page.preview()
    settle(qtbot, runner)
    assert errors and "Date" in errors[0] and page.pdf is None and page._day() == date(2021, 3, 19)

    yesterday = today - timedelta(days=1)
    page.memo_date.set_date(yesterday)  # what the calendar's choice writes, then says
    page.memo_date.committed.emit()
    settle(qtbot, runner)
    assert asked[-1] == yesterday == page._day()
