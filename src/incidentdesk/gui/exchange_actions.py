"""The File menu's spreadsheet actions (import / export the inventory) and the incident page's survey answer."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget  # dialogs and message boxes: imported when used

from . import calls
from .context import AppContext, error_text
from .ledger_actions import _documents_dir


def survey_text() -> str:
    """The incident page's action (its menu is built there; the words live here with the rest of this feature)."""
    return QCoreApplication.translate("ExchangeActions", "&Survey answer to Excel…")


def open_survey(parent: QWidget, ctx: AppContext, incident_id: int, title: str) -> Any:
    from .dialogs.survey_export import SurveyExportDialog

    return SurveyExportDialog.ask(parent, ctx, incident_id=incident_id, title=title)


class ExchangeActions(QObject):
    """Owns the inventory actions; the import opens its preview dialog, the export runs on the worker."""

    def __init__(self, ctx: AppContext, window: QMainWindow):
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.act_import = QAction(window)
        self.act_import.setObjectName("actionImportInventory")
        self.act_import.triggered.connect(lambda: self.import_inventory())
        self.act_export = QAction(window)
        self.act_export.setObjectName("actionExportInventory")
        self.act_export.triggered.connect(lambda: self.export_inventory())
        self.retranslate()

    def actions(self) -> list[QAction]:
        return [self.act_import, self.act_export]

    def import_inventory(self, path: Path | None = None) -> Any:
        from PySide6.QtWidgets import QFileDialog

        from .dialogs.inventory_import import InventoryImportDialog

        if path is None:
            chosen, _f = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Import the inventory"),
                str(_documents_dir()),
                self.tr("Spreadsheets (*.xlsx *.csv *.txt *.xls *.xlsm);;All files (*)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        return InventoryImportDialog.ask(self.window, self.ctx, path=path)

    def export_inventory(self, path: Path | None = None) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        if path is None:
            default = _documents_dir() / (
                f"外部サービス一覧_{date.today():%Y%m%d}.xlsx"
                if self.ctx.lang == "ja"
                else f"inventory-{date.today():%Y%m%d}.xlsx"
            )
            chosen, _f = QFileDialog.getSaveFileName(
                self.window, self.tr("Export the inventory"), str(default), self.tr("Excel workbook (*.xlsx)")
            )
            if not chosen:
                return
            path = Path(chosen) if Path(chosen).suffix else Path(chosen + ".xlsx")
        self.ctx.call(
            calls.export_inventory,
            path,
            self.ctx.lang,
            on_done=self._exported,
            on_error=lambda exc: QMessageBox.warning(
                self.window, self.tr("Export the inventory"), error_text(exc, self.ctx.lang)
            ),
        )

    def _exported(self, result: tuple[Path, int]) -> None:
        from PySide6.QtWidgets import QMessageBox

        path, count = result
        QMessageBox.information(
            self.window,
            self.tr("Export the inventory"),
            self.tr("Wrote %1 rows to:\n%2\nEdit it in Excel and import it again: only what you changed is changed.")
            .replace("%1", str(count))
            .replace("%2", str(path)),
        )

    def retranslate(self) -> None:
        self.act_import.setText(self.tr("Import the &inventory from Excel or CSV…"))
        self.act_import.setStatusTip(self.tr("Read the office's list of services and uses, preview, then import"))
        self.act_export.setText(self.tr("Export the inventory to E&xcel…"))
        self.act_export.setStatusTip(self.tr("Write every service and use with the columns the import reads"))
