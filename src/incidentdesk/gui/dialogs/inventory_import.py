"""The inventory import preview: how each column was read (reassignable), what each row will do, then one import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import LedgerError
from ...exchange.inventory_report import field_label, row_details, word
from .. import calls
from ..context import AppContext, error_text
from ..contrast import set_themed
from ..layouts import fit_to_screen
from ..table_models import Column, RowsModel
from ..widgets import Table

ENCODINGS = ("auto", "utf-8", "cp932")


def _columns(dialog: InventoryImportDialog) -> list[Column]:
    lang = lambda: dialog.ctx.lang  # noqa: E731 - read when drawn: the language may change
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Row"), lambda r: str(r.number), lambda r: r.number, align_right=True),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Result"),
            lambda r: word(r.action, lang()),
            bold=lambda r: r.action == "refused",
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Department"), lambda r: r.department),
        Column(QT_TRANSLATE_NOOP("Columns", "Service"), lambda r: r.service),
        Column(QT_TRANSLATE_NOOP("Columns", "Use"), lambda r: r.use or word("service_only", lang())),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Changes or reasons"),
            lambda r: " / ".join(row_details(r, lang())),
            tip=lambda r: "\n".join(row_details(r, lang())),
        ),
    ]


class InventoryImportDialog(QDialog):
    """Opened with the chosen file; the preview runs on the worker, and again whenever a choice changes."""

    def __init__(self, parent: QWidget | None, ctx: AppContext, *, path: Path):
        super().__init__(parent)
        self.ctx, self.path = ctx, Path(path)
        self.previewed: Any = None
        self.result_plan: Any = None
        self.assigned: dict[int, str | None] | None = None  # None: what the file's shape remembers
        self._ticket: int | None = None
        self.setWindowTitle(self.tr("Import the inventory"))
        self.setSizeGripEnabled(True)
        self.resize(1100, 760)
        fit_to_screen(self)

        self.file_label = QLabel(self)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sheet_combo, self.encoding_combo = QComboBox(self), QComboBox(self)
        self.sheet_label, self.encoding_label = QLabel(self.tr("&Sheet:")), QLabel(self.tr("&Encoding:"))
        self.sheet_label.setBuddy(self.sheet_combo)
        self.encoding_label.setBuddy(self.encoding_combo)
        self.sheet_combo.setAccessibleName(self.tr("Sheet"))
        self.encoding_combo.setAccessibleName(self.tr("Encoding"))
        for code, text in zip(ENCODINGS, (self.tr("Detect"), "UTF-8", "CP932 (Shift_JIS)"), strict=True):
            self.encoding_combo.addItem(text, code)
        self.hidden_box = QCheckBox(self.tr("Import &hidden rows too"), self)
        choices = QHBoxLayout()
        for w in (self.sheet_label, self.sheet_combo, self.encoding_label, self.encoding_combo, self.hidden_box):
            choices.addWidget(w)
        choices.addStretch(1)
        self.header_label = QLabel(self)
        self.header_label.setWordWrap(True)

        self.mapping = QWidget(self)
        self.mapping_grid = QGridLayout(self.mapping)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.mapping)
        self.rows = Table(RowsModel(_columns(self), self))
        self.rows.setObjectName("inventoryRows")
        self.absent = QPlainTextEdit(self)
        self.absent.setReadOnly(True)
        self.absent.setMaximumHeight(90)
        self.absent.setAccessibleName(self.tr("Records not in the file"))
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(scroll)
        split.addWidget(self.rows)
        split.addWidget(self.absent)
        split.setSizes([170, 470, 80])

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.valid_only = QCheckBox(self.tr("Import only the &valid rows (leave the refused rows out)"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(choices)
        layout.addWidget(self.header_label)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.valid_only)
        layout.addWidget(self.buttons)
        self.sheet_combo.activated.connect(lambda _i: self.refresh(reset=True))
        self.encoding_combo.activated.connect(lambda _i: self.refresh(reset=True))
        self.hidden_box.toggled.connect(lambda _on: self.refresh())
        self.valid_only.toggled.connect(lambda _on: self._enable())
        self.refresh()

    # -- the preview ------------------------------------------------------------------------
    def options(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet_combo.currentText() or None if self.sheet_combo.count() else None,
            "encoding": self.encoding_combo.currentData() or "auto",
            "assigned": self.assigned,
            "include_hidden": self.hidden_box.isChecked(),
        }

    def refresh(self, *, reset: bool = False) -> None:
        if reset:
            self.assigned = None  # another sheet or encoding: its own headings
        if self._ticket is not None:
            self.ctx.runner.cancel(self._ticket)
        self._set_busy(True)
        self._ticket = self.ctx.call(
            calls.preview_inventory, self.path, **self.options(), on_done=self.show_preview, on_error=self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        self._ticket = None
        self._set_busy(False)
        self.previewed = None
        self.summary.setText(error_text(exc, self.ctx.lang))
        set_themed(self.summary, "color: #b71c1c;")
        self.rows.source.set_rows([])
        self._enable()

    def show_preview(self, previewed: Any) -> None:
        self._ticket = None
        self._set_busy(False)
        self.previewed = previewed
        file, plan = previewed.file, previewed.plan
        grid, lang = file.grid, self.ctx.lang
        self.file_label.setText(self.tr("File: %1").replace("%1", str(self.path)))
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(grid.sheets))
        self.sheet_combo.setCurrentText(grid.sheet)
        for w in (self.sheet_label, self.sheet_combo):
            w.setVisible(grid.kind == "xlsx")
        for w in (self.encoding_label, self.encoding_combo):
            w.setVisible(grid.kind == "csv")
        hidden_rows = sorted(grid.hidden_rows)
        self.hidden_box.setVisible(bool(hidden_rows))
        self.hidden_box.setText(
            self.tr("Import &hidden rows too (%1)").replace(
                "%1", ", ".join(str(n) for n in hidden_rows[:10]) + (" …" if len(hidden_rows) > 10 else "")
            )
        )
        self._fill_mapping(file)
        self.rows.source.set_rows(list(plan.rows) if plan else [])
        self.rows.fit_columns(300)
        self.absent.setPlainText(self._absent_text(plan))
        self.absent.setVisible(bool(plan and (plan.absent or plan.absent_elsewhere)))
        set_themed(self.summary, "")
        self.summary.setText(self._summary(file, plan, lang))
        self.valid_only.setVisible(bool(plan and plan.refused))
        self._enable()

    def _summary(self, file: Any, plan: Any, lang: str) -> str:
        if file.header is None:
            try:
                file.require_columns()
            except LedgerError as exc:
                return exc.message(lang)
        if plan is None:
            missing = "、".join(field_label(f, lang) for f in file.missing)
            return self.tr("Assign a column to: %1").replace("%1", missing)
        text = word("summary", lang).format(**plan.counts())
        if file.skipped:
            text += (
                "\n"
                + word("skipped", lang)
                + ": "
                + ", ".join(
                    f"{word('row', lang).format(n=s.number)} ({word(s.reason, lang)})" for s in file.skipped[:20]
                )
            )
        return text

    def _absent_text(self, plan: Any) -> str:
        if plan is None:
            return ""
        lang = self.ctx.lang
        lines = [word("absent", lang) + ":"]
        lines += [f"  {a.department} / {a.service} / {a.use}" for a in plan.absent]
        if plan.absent_elsewhere:
            lines.append("  " + word("absent_elsewhere", lang).format(n=plan.absent_elsewhere))
        return "\n".join(lines)

    def _fill_mapping(self, file: Any) -> None:
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        header = file.header
        if header is None:
            return
        self.mapping_grid.addWidget(QLabel(self.tr("Header row: %1").replace("%1", str(header.row))), 0, 0, 1, 4)
        from ...exchange.inventory import SPECS

        hidden = self.tr("(hidden)")
        for i, column in enumerate(c for c in header.columns if c.label or c.field):
            row, col = divmod(i, 2)
            caption = f"{column.letter}  {column.label}" + (f"  {hidden}" if column.hidden else "")
            label = QLabel(caption)
            combo = QComboBox()
            combo.setObjectName(f"column_{column.index}")
            combo.addItem(self.tr("(not imported)"), None)
            for spec in SPECS:
                combo.addItem(spec.label(self.ctx.lang), spec.key)
            combo.setCurrentIndex(max(0, combo.findData(column.field)) if column.field else 0)
            label.setBuddy(combo)
            combo.setAccessibleName(caption)
            combo.activated.connect(lambda _i, c=column.index, box=combo: self.assign(c, box.currentData()))
            self.mapping_grid.addWidget(label, row + 1, col * 2)
            self.mapping_grid.addWidget(combo, row + 1, col * 2 + 1)

    def assign(self, column: int, field: str | None) -> None:
        """The user chose a field for a column (or none): read the file again with it."""
        if self.previewed is None or self.previewed.file.header is None:
            return
        chosen = dict(self.assigned if self.assigned is not None else self.previewed.file.assigned)
        chosen[column] = field
        if field is not None:  # a field belongs to one column: another column holding it lets go
            for c in self.previewed.file.header.columns:
                if c.field == field and c.index != column:
                    chosen[c.index] = None
        self.assigned = chosen
        self.refresh()

    def _set_busy(self, busy: bool) -> None:
        self.setCursor(Qt.CursorShape.BusyCursor) if busy else self.unsetCursor()
        if busy:
            self.summary.setText(self.tr("Reading the file…"))
        self.import_button.setEnabled(False)

    def _enable(self) -> None:
        plan = self.previewed.plan if self.previewed is not None else None
        counts = plan.counts() if plan else {}
        writes = counts.get("create", 0) + counts.get("update", 0)
        allowed = bool(plan) and writes > 0 and (not plan.refused or self.valid_only.isChecked())
        self.import_button.setEnabled(allowed and self._ticket is None)

    # -- the import -------------------------------------------------------------------------
    def run_import(self) -> None:
        if self.previewed is None or not self.import_button.isEnabled():
            return
        self.import_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.summary.setText(self.tr("Importing…"))
        self._ticket = self.ctx.change(
            calls.import_inventory,
            self.previewed,
            valid_only=self.valid_only.isChecked(),
            on_done=self._imported,
            on_error=self._import_failed,
        )

    def _imported(self, plan: Any) -> None:
        self._ticket = None
        self.unsetCursor()
        self.result_plan = plan
        counts = plan.counts()
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr("Imported: %1 created, %2 updated, %3 unchanged.")
            .replace("%1", str(counts["create"]))
            .replace("%2", str(counts["update"]))
            .replace("%3", str(counts["unchanged"])),
        )
        self.accept()

    def _import_failed(self, exc: BaseException) -> None:
        self._ticket = None
        self.unsetCursor()
        QMessageBox.warning(self, self.windowTitle(), error_text(exc, self.ctx.lang))
        self.refresh()

    def done(self, code: int) -> None:
        if self._ticket is not None:  # a preview still under way must not call back into a closed dialog
            self.ctx.runner.cancel(self._ticket)
        super().done(code)

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext, *, path: Path) -> Any:
        """The plan carried out, or None when cancelled."""
        dialog = cls(parent, ctx, path=path)
        try:
            return dialog.result_plan if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
