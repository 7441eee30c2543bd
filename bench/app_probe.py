"""Runs the real app (incidentdesk gui) and prints when it has painted, populated pages, then quits.

`app_probe.py LEDGER`: the same process a user starts, observed from outside the app's code: an
application-wide event filter sees the main window's first paint; the incident view's `loaded`
signal says the incident page is filled; then the services page is opened and its 10,000 rows
loaded, so the peak memory it prints covers a window with the prefecture set open.
Prints bench/marks.py lines, as bare_window.py does.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from marks import mark, peak_memory

TIMEOUT_MS = 60_000  # a healthy start takes seconds; a stuck one must not eat the 10-minute budget


class Observer(QObject):
    """Watches the app's own objects; never changes what they do."""

    def __init__(self, app: QApplication):
        super().__init__()
        self.app = app
        self.window = None
        self.painted = False

    def eventFilter(self, obj, event) -> bool:  # Qt naming
        kind = event.type()
        if kind == QEvent.Type.Show and self.window is None and obj.objectName() == "mainWindow":
            self.window = obj
            try:  # the window builds its pages after the first paint; watch for the incident page
                obj.page_built.connect(self._page_built)
            except (AttributeError, TypeError) as exc:  # the window changed shape: say so, fast
                print(f"app_probe: cannot watch the incident page: {exc!r}", file=sys.stderr, flush=True)
                self.app.exit(4)
        elif kind == QEvent.Type.Paint and obj is self.window and not self.painted:
            self.painted = True
            QTimer.singleShot(0, lambda: mark("painted"))
        return False

    def _page_built(self, key: str) -> None:
        if key == "incidents":
            self.window.pages["incidents"].view.loaded.connect(self._incident_loaded)

    def _incident_loaded(self, _overview) -> None:
        self.window.pages["incidents"].view.loaded.disconnect(self._incident_loaded)
        # Queued after the repaint the filled tables asked for, so the mark follows what the user sees.
        QTimer.singleShot(0, self._incident_shown)

    def _incident_shown(self) -> None:
        self.window.repaint()
        mark("incident_page")
        services = self.window.pages["services"]
        services.table.source.modelReset.connect(self._services_loaded)
        self.window.show_page("services")

    def _services_loaded(self) -> None:
        if self.window.pages["services"].table.source.rowCount():
            QTimer.singleShot(0, self._services_shown)

    def _services_shown(self) -> None:
        self.window.repaint()
        mark("services_page")
        peak_memory()
        self.app.removeEventFilter(self)
        self.app.quit()


def main(ledger: str) -> int:
    app = QApplication(sys.argv[:1])  # app.run() reuses the instance, so the filter sees everything
    observer = Observer(app)
    app.installEventFilter(observer)
    QTimer.singleShot(TIMEOUT_MS, lambda: (print("app_probe: timed out", file=sys.stderr, flush=True), app.exit(3)))
    from incidentdesk import cli

    return cli.main(["--db", ledger, "--lang", "ja", "gui"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
