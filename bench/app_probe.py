"""Runs the real app (incidentdesk gui) and prints when it has painted, populated pages, then quits.

`app_probe.py LEDGER`: the same process a user starts. The probe wraps `MainWindow.__init__` to
connect to the window's own signals: `first_painted` says the first paint pass is done,
`page_built` hands over the incident page, whose view's `loaded` signal says it is filled; then
the services page is opened and its 10,000 rows loaded, so the peak memory it prints covers a
window with the prefecture set open. Prints bench/marks.py lines, as bare_window.py does.

An application-wide event filter (the first version of this probe) is not used: every event of
every widget then went through Python, and Shiboken made a Python wrapper for each object it
passed (building the enums of each new class on the way), 0.1-0.15 s of the probe's own work
counted against the app.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from marks import mark, peak_memory

TIMEOUT_MS = 60_000  # a healthy start takes seconds; a stuck one must not eat the 10-minute budget
if os.environ.get("BENCH_CALLGRIND"):
    TIMEOUT_MS = 900_000  # 50-100 times slower under valgrind


class Observer(QObject):
    """Watches the app's own signals; never changes what the window does."""

    def __init__(self, app: QApplication):
        super().__init__()
        self.app = app
        self.window = None

    def watch(self, window) -> None:
        if self.window is not None:
            return
        self.window = window
        try:  # the window builds its pages after the first paint; watch for the incident page
            window.first_painted.connect(self._painted)
            window.page_built.connect(self._page_built)
        except (AttributeError, TypeError) as exc:  # the window changed shape: say so, fast
            print(f"app_probe: cannot watch the window: {exc!r}", file=sys.stderr, flush=True)
            self.app.exit(4)

    def _painted(self) -> None:
        mark("painted")  # emitted from the event loop turn right after the first paint pass

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
        if os.environ.get("BENCH_CALLGRIND"):  # counted up to here (bench/callgrind.sh)
            self.app.quit()
            return
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
        self.app.quit()


def main(ledger: str) -> int:
    app = QApplication(sys.argv[:1])  # app.run() reuses the instance
    observer = Observer(app)
    QTimer.singleShot(TIMEOUT_MS, lambda: (print("app_probe: timed out", file=sys.stderr, flush=True), app.exit(3)))
    from incidentdesk import cli
    from incidentdesk.gui import main_window

    built = main_window.MainWindow.__init__

    def init(window, *args, **kwargs) -> None:  # the window the app builds, handed to the observer
        built(window, *args, **kwargs)
        observer.watch(window)

    main_window.MainWindow.__init__ = init
    return cli.main(["--db", ledger, "--lang", "ja", "gui"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
