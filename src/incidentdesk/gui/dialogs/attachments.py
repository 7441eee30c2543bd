"""The files attached to one record: listed with name, size and date; attach, open (from a temporary copy, with
the system's viewer), save elsewhere, remove."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPushButton, QVBoxLayout

from .. import calls, record_actions
from ..context import AppContext, error_text
from ..record_actions import SelectionButton, button_row
from ..table_models import Column, RowsModel
from ..widgets import Table


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def attachment_columns(ctx: AppContext) -> list[Column]:
    def added(r) -> str:
        if r.added_at is None:
            return ""
        local = r.added_at.astimezone()
        return f"{ctx.short(local.date())} {local:%H:%M}"

    return [
        Column(QT_TRANSLATE_NOOP("Columns", "File"), lambda r: r.filename),
        Column(QT_TRANSLATE_NOOP("Columns", "Size"), lambda r: size_text(r.size), lambda r: r.size, align_right=True),
        Column(QT_TRANSLATE_NOOP("Columns", "Added"), added, lambda r: r.added_at.isoformat() if r.added_at else ""),
        Column(QT_TRANSLATE_NOOP("Columns", "SHA-256"), lambda r: r.sha256[:16] + "…", tip=lambda r: r.sha256),
    ]


class AttachmentsDialog(QDialog):
    """Attachments of one record; context: owner_kind (incident | statement | request | decision), owner_id."""

    def __init__(self, parent, ctx: AppContext, owner_kind: str, owner_id: int, title: str):
        super().__init__(parent)
        self.ctx, self.owner_kind, self.owner_id = ctx, owner_kind, owner_id
        self.setWindowTitle(self.tr("Attachments"))
        self.setMinimumSize(640, 360)
        self.heading = QLabel(title)
        self.heading.setWordWrap(True)
        self.table = Table(RowsModel(attachment_columns(ctx), self))
        self.table.setObjectName("attachments")
        self.empty = QLabel(
            self.tr(
                "No files attached yet. Attach… adds a vendor's PDF, an e-mail saved as .eml "
                "or .msg, a written answer or a spreadsheet (at most 50 MB each)."
            )
        )
        self.empty.setWordWrap(True)
        self.btn_attach = QPushButton(self.tr("&Attach file…"))
        need = lambda: self.tr("Select a file in the list first.")  # noqa: E731
        self.btn_open = SelectionButton(self.table, self.open_file, needs=need)
        self.btn_open.setText(self.tr("&Open"))
        self.btn_open.set_help(
            self.tr("Opens a temporary copy with the program your computer uses for this kind of file")
        )
        self.btn_save = SelectionButton(self.table, self.save_file, needs=need)
        self.btn_save.setText(self.tr("&Save a copy…"))
        self.btn_remove = SelectionButton(self.table, self.remove_file, needs=need)
        self.btn_remove.setText(self.tr("&Remove…"))
        close = QDialogButtonBox(QDialogButtonBox.Close, self)
        close.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(button_row(self.btn_attach, self.btn_open, self.btn_save, self.btn_remove))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(close)
        self.btn_attach.clicked.connect(self.attach)
        self.table.activated_row.connect(self.open_file)
        self.opened: list[Path] = []  # temporary copies handed to the viewer (tests read them)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.call(calls.attachments, self.owner_kind, self.owner_id, parent=self, on_done=self._fill)

    def _fill(self, rows) -> None:
        keep = self.table.selected()
        self.table.source.set_rows(rows)
        self.table.fit_columns(320)
        self.empty.setVisible(not rows)
        if keep is not None:
            self.table.select_where(lambda r: r.id == keep.id)

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.windowTitle(), error_text(exc, self.ctx.lang))

    def attach(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach file"))
        if path:
            self.ctx.change(
                calls.attach_file,
                self.owner_kind,
                self.owner_id,
                Path(path),
                parent=self,
                on_done=lambda _row: self.refresh(),
                on_error=self._failed,
            )

    def open_file(self, row) -> None:
        def show(path: Path) -> None:
            self.opened.append(path)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self.ctx.call(calls.attachment_temp_copy, row.id, parent=self, on_done=show, on_error=self._failed)

    def save_file(self, row, target: str | None = None) -> None:
        if not target:
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), row.filename)
        if target:
            self.ctx.call(calls.save_attachment, row.id, Path(target), parent=self, on_error=self._failed)

    def remove_file(self, row) -> None:
        record_actions.delete(
            self,
            self.ctx,
            calls.remove_attachment,
            row.id,
            what=self.tr("the attachment"),
            name=row.filename,
            on_done=lambda _r: self.refresh(),
        )

    @classmethod
    def show_for(cls, parent, ctx: AppContext, owner_kind: str, owner_id: int, title: str) -> None:
        dialog = cls(parent, ctx, owner_kind, owner_id, title)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
