"""The About / data locations screen: version, the ledger in use, and every folder the program writes to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import __version__, paths


class AboutDialog(QDialog):
    """Shows where the ledger and its files live, so the IT office knows what to back up."""

    def __init__(self, parent: QWidget | None = None, *, database_label: str, lang: str):
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Incident Desk"))
        self.setMinimumWidth(760)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Incident Desk — ledger of vendor incidents"))
        title.setStyleSheet("font-weight: bold; font-size: 14pt;")
        layout.addWidget(title)
        version = QLabel(self.tr("Version %1").replace("%1", __version__))
        version.setObjectName("about_version")
        layout.addWidget(version)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        # A URL (PostgreSQL) has no folder to open; a file path opens the folder it sits in.
        db_folder = None if "://" in database_label else Path(database_label).parent
        self._add_row(grid, 0, "database", self.tr("Ledger in use"), database_label, db_folder)
        for row, loc in enumerate(paths.data_locations(), start=1):
            self._add_row(grid, row, loc.key, loc.label(lang), str(loc.path), loc.path)
        layout.addLayout(grid)

        note = QLabel(
            self.tr(
                "These folders are in your user profile. The IT office can move them with the "
                "INCIDENTDESK_DATA_DIR setting, or point the program at a shared database with "
                "INCIDENTDESK_DB. This program never connects to the network."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("about_note")
        layout.addWidget(note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _add_row(self, grid: QGridLayout, row: int, key: str, label: str, text: str, folder: Path | None) -> None:
        grid.addWidget(QLabel(label), row, 0)
        field = QLineEdit(text)
        field.setAccessibleName(label)
        field.setReadOnly(True)
        field.setObjectName(f"path_{key}")
        field.setCursorPosition(0)
        grid.addWidget(field, row, 1)
        copy = QPushButton(self.tr("Copy"))
        copy.setObjectName(f"copy_{key}")
        copy.setToolTip(self.tr("Copy this location to the clipboard"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
        grid.addWidget(copy, row, 2)
        if folder is not None:
            open_button = QPushButton(self.tr("Open folder"))
            open_button.setObjectName(f"open_{key}")
            open_button.clicked.connect(lambda: self._open_folder(folder))
            grid.addWidget(open_button, row, 3)

    def _open_folder(self, folder: Path) -> bool:
        # The folder may not exist yet (no backup taken, no memo written): create it so the
        # file manager shows where things will go instead of failing silently.
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Cannot create the folder %1: %2")
                .replace("%1", str(folder))
                .replace("%2", exc.strerror or str(exc)),
            )
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
