"""packaging/smoke_hook.py: quits after the main window shows, fails fast on a message box instead."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import smoke_hook

GIVE_UP = 99


def _exec_with_deadline(app: QApplication) -> int:
    # A broken hook must not hang the suite; the deadline is stopped afterwards so it cannot end
    # some later test's event loop.
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(lambda: app.exit(GIVE_UP))
    deadline.start(5000)
    try:
        return app.exec()
    finally:
        deadline.stop()


def test_unset_variable_arms_nothing(monkeypatch):
    """Without INCIDENTDESK_SMOKE_QUIT_MS the hook does nothing, so normal starts are untouched."""
    monkeypatch.delenv(smoke_hook.ENV, raising=False)
    assert smoke_hook.install() is False


def test_quits_after_the_main_window_shows(qtbot, monkeypatch, capfd, tmp_path):
    """With the variable set, the event loop ends with 0 shortly after a QMainWindow shows, leaving its screenshot."""
    monkeypatch.setenv(smoke_hook.ENV, "50")
    shot = tmp_path / "window.png"
    monkeypatch.setenv(smoke_hook.SCREENSHOT_ENV, str(shot))
    app = QApplication.instance()
    assert smoke_hook.install()
    window = QMainWindow()
    window.setWindowTitle("Incident Desk")
    qtbot.addWidget(window)
    QTimer.singleShot(100, window.show)
    assert _exec_with_deadline(app) == 0
    assert "smoke: window shown: Incident Desk" in capfd.readouterr().err
    assert shot.read_bytes().startswith(b"\x89PNG")


def test_renders_a_pdf_with_the_preview_code(qtbot, monkeypatch, capfd, tmp_path):
    """With INCIDENTDESK_SMOKE_RENDER set, the hook renders that PDF with gui.pdf_pages before quitting."""
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "two.pdf"
    doc = canvas.Canvas(str(pdf))
    doc.drawString(72, 720, "page one")
    doc.showPage()
    doc.drawString(72, 720, "page two")
    doc.save()
    monkeypatch.setenv(smoke_hook.ENV, "50")
    monkeypatch.setenv(smoke_hook.RENDER_ENV, str(pdf))
    monkeypatch.delenv(smoke_hook.SCREENSHOT_ENV, raising=False)
    app = QApplication.instance()
    assert smoke_hook.install()
    window = QMainWindow()
    qtbot.addWidget(window)
    QTimer.singleShot(100, window.show)
    assert _exec_with_deadline(app) == 0
    assert "smoke: rendered 2 pages" in capfd.readouterr().err


def test_message_box_instead_of_window_exits_3(qtbot, monkeypatch, capfd):
    """A message box shown where the window should be ends the loop with 3 and prints its text."""
    monkeypatch.setenv(smoke_hook.ENV, "50")
    app = QApplication.instance()
    assert smoke_hook.install()
    box = QMessageBox(QMessageBox.Icon.Critical, "Incident Desk", "Cannot open the database")
    qtbot.addWidget(box)
    QTimer.singleShot(100, box.show)
    assert _exec_with_deadline(app) == 3
    assert "Cannot open the database" in capfd.readouterr().err
