"""The File menu's whole-ledger actions: back up, restore, export, import into an empty ledger, verify the trail."""

from __future__ import annotations

from datetime import datetime, UTC
from pathlib import Path
from typing import Any
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMainWindow  # dialogs and message boxes: imported when used, not at start

from ..domain.errors import LedgerError
from ..paths import backups_dir, data_dir
from . import calls
from .context import AppContext, error_text


def _stamp() -> str:
    """UTC to the millisecond, as the automatic backup names have it (storage/backup_files.py)."""
    now = datetime.now(UTC)
    return f"{now:%Y%m%dT%H%M%S}{now.microsecond // 1000:03d}Z"


def _documents_dir() -> Path:
    """The user's Documents folder when the platform has one, else the program's data folder."""
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else data_dir()


class LedgerActions(QObject):
    """Owns the actions and runs each one on the worker, one at a time, with the window showing it is busy."""

    def __init__(self, ctx: AppContext, window: QMainWindow, *, verify: Callable[[], None]):
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.act_backup = QAction(window)
        self.act_backup.setObjectName("actionBackup")
        self.act_backup.triggered.connect(self.backup)
        self.act_export = QAction(window)
        self.act_export.setObjectName("actionExport")
        self.act_export.triggered.connect(self.export)
        self.act_import = QAction(window)
        self.act_import.setObjectName("actionImport")
        self.act_import.triggered.connect(self.import_)
        self.act_restore = QAction(window)
        self.act_restore.setObjectName("actionRestore")
        self.act_restore.triggered.connect(self.restore)
        # The audit page already verifies and words the result; the menu reuses it rather than a second copy.
        self.act_verify = QAction(window)
        self.act_verify.setObjectName("actionVerify")
        self.act_verify.triggered.connect(verify)
        self.running = False
        self.retranslate()

    def actions(self) -> list[QAction]:
        return [self.act_backup, self.act_restore, self.act_export, self.act_import]

    # -- the actions ---------------------------------------------------------------
    def backup(self) -> None:
        sqlite = self.ctx.ledger.sqlite_path
        # A server ledger cannot be copied as a file; backup() writes a JSON export of it instead.
        name = f"{sqlite.stem}-{_stamp()}.db" if sqlite is not None else f"incidentdesk-{_stamp()}.json"
        filters = self.tr("SQLite database (*.db)") if sqlite is not None else self.tr("Ledger export (*.json)")
        path = self._save_path(self.tr("Back up the ledger"), backups_dir() / name, filters)
        if path is not None:
            self._run(
                self.tr("Backing up…"),
                calls.backup,
                path,
                done=lambda written: self._written(self.tr("Backup written to:\n%1"), written),
            )

    def restore(self) -> None:
        """Choose a backup, confirm, and replace the ledger by it; the ledger as it was is kept as a backup."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore the ledger from a backup"),
            str(backups_dir()),
            self.tr("Backups (*.db *.json)"),
        )
        if not path:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore"),
            self.tr(
                "Replace the ledger\n%1\nby the backup\n%2?\n\nThe backup is checked first, and the ledger "
                "as it is now is kept in the backups folder."
            )
            .replace("%1", self.ctx.database_label)
            .replace("%2", path),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(self.tr("Restoring…"), calls.restore, Path(path), done=self._restored, write=True)

    def _restored(self, result: tuple[Path | None, Any]) -> None:
        from PySide6.QtWidgets import QMessageBox

        kept, check = result
        text = self.tr("The ledger was restored from the backup.")
        if kept is not None:
            text += "\n" + self.tr("The ledger as it was is kept as:\n%1").replace("%1", str(kept))
        if check.ok:
            text += "\n\n" + self.tr("The audit trail is intact (%n change(s) checked).", "", check.events)
            QMessageBox.information(self.window, self.tr("Restore"), text)
        else:
            p = check.problem
            text += "\n\n" + self.tr("The audit trail is broken at change %1: %2").replace(
                "%1", str(p.seq if p.seq is not None else p.record_id)
            ).replace("%2", p.describe(self.ctx.lang))
            QMessageBox.warning(self.window, self.tr("Restore"), text)

    def export(self) -> None:
        stem = self.ctx.ledger.sqlite_path.stem if self.ctx.ledger.sqlite_path is not None else "incidentdesk"
        path = self._save_path(
            self.tr("Export the ledger"),
            _documents_dir() / f"{stem}-{_stamp()}.json",
            self.tr("Ledger export (*.json)"),
        )
        if path is not None:
            self._run(
                self.tr("Exporting…"),
                calls.export,
                path,
                done=lambda written: self._written(self.tr("Ledger exported to:\n%1"), written),
            )

    def import_(self) -> None:
        # Ask the worker first: an open ledger with records is refused before the user hunts for a file.
        self._run(self.tr("Checking the ledger…"), calls.is_empty, done=self._import_into_empty)

    def _import_into_empty(self, empty: bool) -> None:
        from PySide6.QtWidgets import QFileDialog

        if not empty:
            self._show_error(LedgerError("ledger_not_empty"))
            return
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a ledger export"), str(_documents_dir()), self.tr("Ledger export (*.json)")
        )
        if path:
            self._run(self.tr("Importing…"), calls.import_into_empty, Path(path), done=self._imported, write=True)

    def _imported(self, counts: dict[str, int]) -> None:
        from PySide6.QtWidgets import QMessageBox

        total = sum(counts.values())
        QMessageBox.information(
            self.window, self.tr("Import"), self.tr("Imported %n record(s) into the ledger.", "", total)
        )

    # -- plumbing ------------------------------------------------------------------
    def _save_path(self, title: str, default: Path, filters: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getSaveFileName(self.window, title, str(default), filters)
        if not path:
            return None
        suffix = default.suffix
        return Path(path) if Path(path).suffix else Path(path + suffix)

    def _run(
        self, status: str, fn: Callable[..., Any], *args: Any, done: Callable[[Any], None], write: bool = False
    ) -> None:
        """Run on the worker with the actions disabled, a wait cursor and a status line until it answers.

        `write`: the call changes the ledger, so every page reloads after it.
        """
        if self.running:
            return
        self._set_running(True, status)

        def finished(result: Any) -> None:
            self._set_running(False)
            done(result)

        def failed(exc: BaseException) -> None:
            self._set_running(False)
            self._show_error(exc)

        (self.ctx.change if write else self.ctx.call)(fn, *args, on_done=finished, on_error=failed, parent=self.window)

    def _set_running(self, running: bool, status: str = "") -> None:
        self.running = running
        for action in self.actions():
            action.setEnabled(not running)
        if running:
            from PySide6.QtCore import Qt  # not at import: this module loads before the first paint

            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self.window.statusBar().showMessage(status)
        else:
            QGuiApplication.restoreOverrideCursor()
            self.window.statusBar().clearMessage()

    def _written(self, template: str, path: Path) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.window, self.tr("Incident Desk"), template.replace("%1", str(path)))

    def _show_error(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        # The worker turned file and database failures into LedgerErrors: the same words as the command line.
        QMessageBox.warning(self.window, self.tr("Incident Desk"), error_text(exc, self.ctx.lang))

    def retranslate(self) -> None:
        self.act_backup.setText(self.tr("&Back up…"))
        self.act_backup.setStatusTip(self.tr("Copy the whole ledger to a file, to keep or to restore from"))
        self.act_export.setText(self.tr("&Export…"))
        self.act_export.setStatusTip(self.tr("Write the whole ledger as one JSON file"))
        self.act_import.setText(self.tr("&Import…"))
        self.act_import.setStatusTip(self.tr("Load a JSON export into this ledger (only while it is empty)"))
        self.act_restore.setText(self.tr("&Restore from a backup…"))
        self.act_restore.setStatusTip(
            self.tr("Replace the ledger by a checked backup, keeping the ledger as it is now")
        )
        self.act_verify.setText(self.tr("&Verify the audit trail"))
        self.act_verify.setStatusTip(self.tr("Check that no record or stored file was changed outside the program"))
