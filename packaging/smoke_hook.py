"""Smoke-test hook: with INCIDENTDESK_SMOKE_QUIT_MS set, quit that long after the main window is shown.

Lives outside the app so the window code carries no test switch. It creates the QApplication
before app.run does (run() reuses an existing one) and watches for a visible QMainWindow. A
message box that appears instead (the ledger could not be opened) is printed and ends the run
with exit code 3, so a smoke test fails with a reason instead of hanging.
"""

from __future__ import annotations

import os
import sys

ENV = "INCIDENTDESK_SMOKE_QUIT_MS"
SCREENSHOT_ENV = "INCIDENTDESK_SMOKE_SCREENSHOT"  # optional: a PNG of the window, taken just before quitting
RENDER_ENV = "INCIDENTDESK_SMOKE_RENDER"  # optional: a PDF to render with the memo preview's PDFium code
POLL_MS = 50


def install() -> bool:
    """Arm the watcher if the variable is set; True when armed."""
    value = os.environ.get(ENV)
    if not value:
        return False
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    quit_ms = int(value)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    poll = QTimer(app)

    def check() -> None:
        for widget in app.topLevelWidgets():
            if not widget.isVisible():
                continue
            if widget.inherits("QMainWindow"):
                poll.stop()
                print(f"smoke: window shown: {widget.windowTitle()}", file=sys.stderr, flush=True)
                QTimer.singleShot(quit_ms, lambda: _leave(app, widget))
                return
            if isinstance(widget, QMessageBox):
                poll.stop()
                print(f"smoke: message instead of the window: {widget.text()}", file=sys.stderr, flush=True)
                app.exit(3)
                return

    poll.timeout.connect(check)
    poll.start(POLL_MS)
    return True


def _leave(app, window) -> None:
    shot = os.environ.get(SCREENSHOT_ENV)
    if shot and not window.grab().save(shot):
        print(f"smoke: could not save {shot}", file=sys.stderr, flush=True)
    pdf = os.environ.get(RENDER_ENV)
    if pdf:
        # The preview's own function, in this (possibly frozen) process: proves PDFium is loadable.
        from incidentdesk.gui.pdf_pages import page_images

        with open(pdf, "rb") as fh:
            images = page_images(fh.read())
        print(f"smoke: rendered {len(images)} pages", file=sys.stderr, flush=True)
        if shot and images:
            images[0].save(shot.replace(".png", "-memo-page1.png"))
    app.quit()
