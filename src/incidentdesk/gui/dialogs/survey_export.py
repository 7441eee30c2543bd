"""Writing the survey answer of an incident: as of a date, our sheet, a CSV, or the ministry's form filled in."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.era_dates import format_date
from .. import calls
from ..context import AppContext, error_text
from .fields import DateField

FORMATS = ("own", "template", "csv_utf8", "csv_cp932")
SHOWN_PROBLEMS = 15


class SurveyExportDialog(QDialog):
    """Context: incident_id, title. `ask` returns what was written (exchange.survey.Written) or None."""

    def __init__(self, parent: QWidget | None, ctx: AppContext, *, incident_id: int, title: str = ""):
        super().__init__(parent)
        self.ctx, self.incident_id = ctx, incident_id
        self.written: Any = None
        self.template_info: Any = None
        self.assigned: dict[int, str | None] | None = None
        self._tickets: list[int] = []
        self.setWindowTitle(self.tr("Survey answer to Excel"))
        self.setMinimumWidth(620)
        form = QFormLayout()
        self.incident_label = QLabel(title)
        self.incident_label.setWordWrap(True)
        form.addRow(self.tr("Incident"), self.incident_label)
        self.as_of = DateField(self)
        self.as_of.lang = ctx.lang
        self.as_of.setText(date.today().isoformat())
        self.as_of.edit.setPlaceholderText(self.tr("e.g. 2021-03-25 or R3.3.25"))
        as_of_label = QLabel(self.tr("Decisions &as of"))
        as_of_label.setBuddy(self.as_of)
        self.as_of.name_parts(self.tr("Decisions as of"))
        form.addRow(as_of_label, self.as_of)
        self.lang = QComboBox(self)
        self.lang.addItem("日本語", "ja")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(0 if ctx.lang == "ja" else 1)
        lang_label = QLabel(self.tr("&Language"))
        lang_label.setBuddy(self.lang)
        self.lang.setAccessibleName(self.tr("Language"))
        form.addRow(lang_label, self.lang)
        self.format = QComboBox(self)
        for code, text in zip(
            FORMATS,
            (
                self.tr("Our answer sheet (.xlsx, A4 landscape)"),
                self.tr("Fill in the form received (.xlsx)"),
                self.tr("CSV, UTF-8"),
                self.tr("CSV, Shift_JIS (CP932)"),
            ),
            strict=True,
        ):
            self.format.addItem(text, code)
        format_label = QLabel(self.tr("&Format"))
        format_label.setBuddy(self.format)
        self.format.setAccessibleName(self.tr("Format"))
        form.addRow(format_label, self.format)
        self.template_path = QLineEdit(self)
        self.template_path.setReadOnly(True)
        self.browse = QPushButton(self.tr("&Choose the form…"), self)
        row = QHBoxLayout()
        row.addWidget(self.template_path, 1)
        row.addWidget(self.browse)
        self.template_label = QLabel(self.tr("Form"))
        self.template_path.setAccessibleName(self.tr("Form"))
        form.addRow(self.template_label, row)
        self.mapping = QWidget(self)
        self.mapping_grid = QGridLayout(self.mapping)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.write_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.write_button.setText(self.tr("&Write…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.mapping)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(lambda _i: self._show_template_rows())
        self.browse.clicked.connect(self.choose_template)
        self._show_template_rows()

    # -- the ministry's form -----------------------------------------------------------------
    def _show_template_rows(self) -> None:
        on = self.format.currentData() == "template"
        for w in (self.template_label, self.template_path, self.browse, self.mapping):
            w.setVisible(on)

    def choose_template(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _f = QFileDialog.getOpenFileName(
                self, self.tr("The form received"), "", self.tr("Excel workbook (*.xlsx)")
            )
            if not chosen:
                return
            path = Path(chosen)
        self.template_path.setText(str(path))
        self.assigned = None
        self._inspect()

    def _inspect(self) -> None:
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._tickets.append(
            self.ctx.call(
                calls.survey_template,
                Path(self.template_path.text()),
                self.assigned,
                on_done=self._show_template,
                on_error=self._failed,
            )
        )

    def _show_template(self, info: Any) -> None:
        from ...exchange.survey import SPECS

        self.unsetCursor()
        self.template_info = info
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.mapping_grid.addWidget(
            QLabel(
                self.tr("Sheet “%1”, header row %2: what each column receives")
                .replace("%1", info.sheet)
                .replace("%2", str(info.header.row))
            ),
            0,
            0,
            1,
            4,
        )
        for i, column in enumerate(c for c in info.header.columns if c.label):
            r, c = divmod(i, 2)
            combo = QComboBox()
            combo.setObjectName(f"template_column_{column.index}")
            combo.addItem(self.tr("(left empty)"), None)
            for spec in SPECS:
                combo.addItem(spec.label(self.lang.currentData()), spec.key)
            combo.setCurrentIndex(max(0, combo.findData(column.field)) if column.field else 0)
            combo.activated.connect(lambda _i, col=column.index, box=combo: self.assign(col, box.currentData()))
            label = QLabel(f"{column.letter}  {column.label}")
            label.setBuddy(combo)
            combo.setAccessibleName(label.text())
            self.mapping_grid.addWidget(label, r + 1, c * 2)
            self.mapping_grid.addWidget(combo, r + 1, c * 2 + 1)
        self.message.setText("")

    def assign(self, column: int, field: str | None) -> None:
        chosen = (
            {c.index: c.field for c in self.template_info.header.columns if c.field}
            if self.assigned is None
            else dict(self.assigned)
        )
        chosen[column] = field
        for index, held in list(chosen.items()):
            if field is not None and held == field and index != column:
                chosen[index] = None
        self.assigned = chosen
        self._inspect()

    # -- writing ----------------------------------------------------------------------------
    def options(self) -> dict[str, Any] | None:
        """What to write, or None (with the reason shown) when a choice is missing or unreadable."""
        as_of = self.as_of.date() if self.as_of.text() else date.today()
        if as_of is None:
            self.message.setText(self.tr("Cannot read the date “%1”.").replace("%1", self.as_of.text()))
            return None
        kind = self.format.currentData()
        if kind == "template" and not self.template_path.text():
            self.message.setText(self.tr("Choose the form received first."))
            return None
        return {
            "as_of": as_of,
            "lang": self.lang.currentData(),
            "encoding": "cp932" if kind == "csv_cp932" else "utf-8-sig",
            "template": Path(self.template_path.text()) if kind == "template" else None,
            "assigned": self.assigned if kind == "template" else None,
        }

    def default_name(self, options: dict[str, Any]) -> str:
        stem = (
            ("照会回答_" + format_date(options["as_of"], "era", "ja"))
            if options["lang"] == "ja"
            else f"survey-answer-{options['as_of'].isoformat()}"
        )
        return stem + (".csv" if self.format.currentData().startswith("csv") else ".xlsx")

    def write(self, out: Path | None = None) -> None:
        options = self.options()
        if options is None:
            return
        if out is None:
            csv = self.format.currentData().startswith("csv")
            chosen, _f = QFileDialog.getSaveFileName(
                self,
                self.tr("Write the answer"),
                self.default_name(options),
                self.tr("CSV (*.csv)") if csv else self.tr("Excel workbook (*.xlsx)"),
            )
            if not chosen:
                return
            out = Path(chosen)
        self.out, self.chosen = out, options
        if options["encoding"] == "cp932":
            self._tickets.append(
                self.ctx.call(
                    calls.survey_problems,
                    self.incident_id,
                    as_of=options["as_of"],
                    lang=options["lang"],
                    encoding="cp932",
                    on_done=self._checked,
                    on_error=self._failed,
                )
            )
        else:
            self._export(replace=False)

    def _checked(self, problems: list) -> None:
        if problems and not self.confirm_replace(problems):
            self.message.setText(self.tr("Cancelled: nothing was written."))
            return
        self._export(replace=bool(problems))

    def confirm_replace(self, problems: list) -> bool:
        """List what CP932 cannot write, where, and what would stand in; True to replace and write."""
        lines = [
            self.tr("Row %1, “%2”: %3 → %4")
            .replace("%1", str(p.row))
            .replace("%2", p.column)
            .replace("%3", p.char)
            .replace("%4", p.stand_in)
            for p in problems[:SHOWN_PROBLEMS]
        ]
        if len(problems) > SHOWN_PROBLEMS:
            lines.append(self.tr("… and %1 more").replace("%1", str(len(problems) - SHOWN_PROBLEMS)))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.windowTitle(),
            self.tr("Shift_JIS (CP932) cannot write %1 characters:").replace("%1", str(len(problems))),
            parent=self,
        )
        box.setInformativeText("\n".join(lines))
        replace = box.addButton(self.tr("&Replace and write"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is replace

    def _export(self, *, replace: bool) -> None:
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.write_button.setEnabled(False)
        self._tickets.append(
            self.ctx.call(
                calls.export_survey,
                self.incident_id,
                self.out,
                replace=replace,
                **self.chosen,
                on_done=self._written,
                on_error=self._failed,
            )
        )

    def _written(self, written: Any) -> None:
        self.unsetCursor()
        self.written = written
        text = self.tr("Written: %1 (%2 uses).").replace("%1", str(written.path)).replace("%2", str(written.rows))
        if written.unmatched:
            text += "\n" + self.tr("Columns of the form left empty: %1").replace("%1", "、".join(written.unmatched))
        QMessageBox.information(self, self.windowTitle(), text)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.unsetCursor()
        self.write_button.setEnabled(True)
        self.message.setText(error_text(exc, self.ctx.lang))

    def done(self, code: int) -> None:
        for ticket in self._tickets:
            self.ctx.runner.cancel(ticket)
        super().done(code)

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext, *, incident_id: int, title: str = "") -> Any:
        dialog = cls(parent, ctx, incident_id=incident_id, title=title)
        try:
            return dialog.written if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
