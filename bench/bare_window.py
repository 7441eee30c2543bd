"""The floor for start-up: a bare PySide6 main window, opened as a whole process like the app."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from marks import mark, peak_memory


class BareWindow(QMainWindow):
    """Reports when its first paint is done, then quits."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def paintEvent(self, event) -> None:  # Qt naming
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, self._report)  # after the paint pass, as app_probe.py marks the app

    def _report(self) -> None:
        mark("painted")
        peak_memory()
        QApplication.instance().quit()


def main() -> int:
    app = QApplication(sys.argv)
    window = BareWindow()
    window.resize(1280, 800)
    window.setWindowTitle("bare")
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
