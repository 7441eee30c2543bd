"""The floor for start-up: a bare PySide6 main window, opened as a whole process like the app."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from marks import mark, peak_memory


class BareWindow(QMainWindow):
    """Reports the wall-clock time of its first paint, then quits."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            mark("painted")
            peak_memory()
            QTimer.singleShot(0, QApplication.instance().quit)


def main() -> int:
    app = QApplication(sys.argv)
    window = BareWindow()
    window.resize(1280, 800)
    window.setWindowTitle("bare")
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
