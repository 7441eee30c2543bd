"""The base of every form: load and save through the context on the worker, errors inline, ask before discarding."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QLineEdit, QMessageBox, QSpinBox, QVBoxLayout, QWidget)

from ...domain.errors import LedgerError
from ...domain.inputs import R
from ..context import AppContext, error_text
from .checklist import CheckList
from .fields import CodeCombo, CountryCombo, DateField, InfoLabel, MultiLineEdit

ERROR_STYLE = "color: #b71c1c;"

# Errors that name no field but clearly belong to one.
CODE_FIELDS = {
    "due_before_request": "due_on",
    "answered_before_request": "answered_on",
    "review_before_decision": "next_review_on",
    "decision_before_previous": "decided_on",
    "use_not_affected": "use_id",
    "statement_other_incident": "statement_ids",
    "no_claims": "claims",
    "bad_country": "country",
    "duplicate": "name",  # forms without a name field show it above the fields
}


class FormDialog(QDialog):
    """Subclasses add rows in build(), may load data in load_call()/populate(), and say what saving calls.

    `load_call()` and `save_call()` return (function of gui/calls.py, args, kwargs); the context runs
    them on the worker with the open ledger (`ctx.call` to load, `ctx.change` to save), and the saved
    result becomes `saved`, which `ask()` returns.
    """

    saved_result = Signal(object)
    # Service field names that this form shows under another key (e.g. each "claim" in the "claims" box).
    FIELD_ALIASES: dict[str, str] = {}

    def __init__(self, parent: QWidget | None, ctx: AppContext, **context: Any):
        super().__init__(parent)
        self.ctx, self.context = ctx, context
        self.saved: Any = None
        self.ready = False
        self._saving = False
        self._baseline: dict | None = None
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._first: QWidget | None = None
        self._tickets: list[int] = []
        self.setModal(True)
        self.setSizeGripEnabled(True)
        self.setMinimumWidth(480)

        self.top_error = QLabel(self)
        self.top_error.setWordWrap(True)
        self.top_error.setStyleSheet(ERROR_STYLE)
        self.top_error.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.top_error.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.form.setRowWrapPolicy(QFormLayout.DontWrapRows)
        layout = QVBoxLayout(self)
        layout.addWidget(self.top_error)
        layout.addLayout(self.form, 1)

        self.build()
        # Created after the fields so that Tab runs through the fields first.
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.Save)
        # No mnemonic: Alt+S belongs to fields such as "&Start date"; Enter and Ctrl+S save.
        self.save_button.setText(QCoreApplication.translate("FormDialog", "Save"))
        self.save_button.setShortcut(QKeySequence.Save)
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.Cancel).setText(QCoreApplication.translate("FormDialog", "Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.save_button.setEnabled(False)
        call = self.load_call()
        if call is None:
            self._loaded(None)
        else:
            fn, args, kwargs = call
            self.setCursor(Qt.BusyCursor)
            self._tickets.append(self.ctx.call(fn, *args, on_done=self._loaded, on_error=self._load_failed,
                                               **kwargs))

    # -- for subclasses -------------------------------------------------------

    def build(self) -> None:
        raise NotImplementedError

    def load_call(self) -> tuple[Callable, tuple, dict] | None:
        """What to read before the form can be filled in: a function of gui/calls.py, its args and kwargs."""
        return None

    def populate(self, data: Any) -> None:
        """Fill choices and, when editing, the current values."""

    def save_call(self) -> tuple[Callable, tuple, dict]:
        raise NotImplementedError

    def add_field(self, key: str, label: str, widget: QWidget, *, hint: str = "") -> QWidget:
        """A labelled row with its own inline error line; `label` carries the & mnemonic."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            note = QLabel(hint, box)
            note.setWordWrap(True)
            note.setStyleSheet("color: palette(placeholder-text);")
            column.addWidget(note)
        error = QLabel(box)
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        column.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        if isinstance(widget, (MultiLineEdit, CheckList)):
            caption.setAlignment(Qt.AlignRight | Qt.AlignTop)
        self.form.addRow(caption, box)
        self._fields[key] = widget
        self._errors[key] = error
        if isinstance(widget, MultiLineEdit):
            widget.submitted.connect(self.save)
        if self._first is None:
            self._first = widget
        return widget

    def add_info(self, label: str, *, wrap: bool = False) -> InfoLabel:
        """A read-only row naming what the form belongs to (the service, the incident, ...)."""
        text = InfoLabel(self, wrap=wrap)
        caption = QLabel(label, self)
        if wrap:
            caption.setAlignment(Qt.AlignRight | Qt.AlignTop)
        self.form.addRow(caption, text)
        return text

    def widget(self, key: str) -> QWidget:
        return self._fields[key]

    def value(self, key: str) -> Any:
        w = self._fields[key]
        if isinstance(w, (CodeCombo, CountryCombo)):
            return w.code()
        if isinstance(w, (DateField, QLineEdit, MultiLineEdit)):
            return w.text()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QSpinBox):
            return w.value()
        if isinstance(w, CheckList):
            return w.checked_ids()
        if isinstance(w, QComboBox):
            return w.currentText()
        if hasattr(w, "value"):
            return w.value()
        raise TypeError(f"no value for {type(w).__name__}")

    def set_value(self, key: str, value: Any) -> None:
        w = self._fields[key]
        if isinstance(w, (CodeCombo, CountryCombo)):
            w.set_code(value)
        elif isinstance(w, DateField):
            w.set_date(value)
        elif isinstance(w, (QLineEdit, MultiLineEdit)):
            w.setText("" if value is None else str(value))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QSpinBox):
            w.setValue(int(value))
        elif isinstance(w, CheckList):
            w.set_checked(value or [])
        elif isinstance(w, QComboBox):
            w.setEditText("" if value is None else str(value))
        else:
            w.set_value(value)

    def values(self) -> dict[str, Any]:
        return {key: self.value(key) for key in self._fields}

    def input(self, kind: type[R], base: R | None = None, **fixed: Any) -> R:
        """The input type `kind` from this form's fields (uncleaned: the service cleans it).

        Fields the form does not show keep their value from `base` (the record being edited) or
        their default; `fixed` sets the context the form belongs to (incident_id=..., ...).
        """
        shown = {k: self.value(k) for k in kind.names() if k in self._fields}
        start = {k: getattr(base, k) for k in kind.names()} if base is not None else {}
        return kind.from_values({**start, **shown, **fixed})

    # -- state ------------------------------------------------------------------

    @property
    def saving(self) -> bool:
        return self._saving

    @property
    def dirty(self) -> bool:
        return self._baseline is not None and self.values() != self._baseline

    def _loaded(self, data: Any) -> None:
        self.unsetCursor()
        try:
            self.populate(data)
        except LedgerError as exc:  # e.g. the record to edit was not among those loaded
            self._load_failed(exc)
            return
        self._baseline = self.values()
        self.ready = True
        self.save_button.setEnabled(True)
        if self._first is not None:
            self._first.setFocus(Qt.OtherFocusReason)

    def _load_failed(self, exc: BaseException) -> None:
        QMessageBox.critical(self, self.windowTitle(), error_text(exc, self.ctx.lang))
        self._baseline = None
        super().reject()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        if self.ready and self._first is not None and not self.focusWidget():
            self._first.setFocus(Qt.OtherFocusReason)

    # -- saving and errors --------------------------------------------------------

    def clear_errors(self) -> None:
        self.top_error.hide()
        self.top_error.clear()
        for label in self._errors.values():
            label.hide()
            label.clear()

    def show_error(self, text: str, key: str | None = None) -> None:
        """Inline under the named field if this form has it, else above the fields."""
        if key in self._errors:
            self._errors[key].setText(text)
            self._errors[key].show()
            self._fields[key].setFocus(Qt.OtherFocusReason)
        else:
            self.top_error.setText(text)
            self.top_error.show()

    def error_text(self, key: str | None = None) -> str:
        """The message shown under field `key` (or above the fields for None); empty when none is shown."""
        label = self.top_error if key is None else self._errors[key]
        return label.text() if not label.isHidden() else ""

    def error_field(self, exc: LedgerError) -> str | None:
        key = exc.params.get("field") or CODE_FIELDS.get(exc.code)
        return self.FIELD_ALIASES.get(str(key), key) if key else None

    def save(self) -> None:
        if not self.ready or self._saving:
            return
        self.clear_errors()
        try:
            fn, args, kwargs = self.save_call()
        except LedgerError as exc:  # a check the form makes itself before calling the service
            self.show_error(exc.message(self.ctx.lang), self.error_field(exc))
            return
        self._set_saving(True)
        self._tickets.append(self.ctx.change(fn, *args, on_done=self._saved, on_error=self._save_failed,
                                             **kwargs))

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        if saving:
            self.setCursor(Qt.BusyCursor)
        else:
            self.unsetCursor()

    def _saved(self, result: Any) -> None:
        self._set_saving(False)
        self.saved = self.result_of(result)
        self.saved_result.emit(self.saved)
        super().accept()

    def result_of(self, result: Any) -> Any:
        """What ask() returns for the service's result (the saved row by default)."""
        return result

    def _save_failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        if isinstance(exc, LedgerError):
            self.show_error(exc.message(self.ctx.lang), self.error_field(exc))
        else:  # a bug (its stack is in the log): where to find it, never the exception's own text
            QMessageBox.critical(self, self.windowTitle(), error_text(exc, self.ctx.lang))

    # -- leaving --------------------------------------------------------------------

    def accept(self) -> None:
        self.save()

    def reject(self) -> None:
        if self._saving:
            return
        if self.dirty and not self.confirm_discard():
            return
        super().reject()

    def done(self, code: int) -> None:
        # A read still under way must not call back into a closed (soon deleted) form.
        for ticket in self._tickets:
            self.ctx.runner.cancel(ticket)
        super().done(code)

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(),
                                      QCoreApplication.translate("FormDialog", "Discard what you have entered?"),
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext, **context: Any) -> Any:
        """Show the form modally; the saved record (or what result_of makes of it), or None when cancelled."""
        dialog = cls(parent, ctx, **context)
        try:
            if dialog.exec() == QDialog.Accepted:
                return dialog.saved
            return None
        finally:
            dialog.deleteLater()
