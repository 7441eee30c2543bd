"""The base of every form: load and save through the context on the worker, errors inline, ask before discarding."""

from __future__ import annotations

import inspect
from typing import Any
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import LedgerError
from ...domain.input_rules import R
from ..context import AppContext, error_text
from ..contrast import set_themed
from ..layouts import FRAME, FitScrollArea, available_size, fit_to_screen
from .checklist import CheckList
from .fields import CodeCombo, CountryCombo, DateField, InfoLabel, MultiLineEdit

ERROR_STYLE = "color: #b71c1c;"
NOTICE_STYLE = "background: #fff8e1; color: #3e2723; border: 1px solid #ffb300; padding: 4px;"

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


def plain_label(label: str) -> str:
    """A field's caption without its mnemonic: "名称(&N)" → "名称", "&Name" → "Name"."""
    import re

    return re.sub(r"\(&\w\)", "", label).replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def name_field(widget: QWidget, name: str, description: str = "") -> None:
    """Give a field its label as its accessible name: the field sits in a wrapper beside its error line, so a
    screen reader does not find the label by itself, and a combo box would otherwise announce only its value.
    A composite field (a date, a font path) names its focus proxy too."""
    if widget.focusPolicy() == Qt.NoFocus:  # a composite (roles editor, font path): its first control takes focus
        if widget.focusProxy() is None:
            inner = next((c for c in widget.findChildren(QWidget) if c.focusPolicy() & Qt.TabFocus), None)
            if inner is not None:
                widget.setFocusProxy(inner)
        if widget.focusProxy() is not None:
            widget.setFocusPolicy(widget.focusProxy().focusPolicy())
    targets = [widget]
    proxy = widget.focusProxy()
    while proxy is not None and proxy not in targets:
        targets.append(proxy)
        proxy = proxy.focusProxy()
    for target in targets:
        target.setAccessibleName(name)
        if description:
            target.setAccessibleDescription(description)
    if isinstance(widget, DateField):
        widget.name_parts(name)


class FormDialog(QDialog):
    """Subclasses add rows in build(), may load data in load_call()/populate(), and say what saving calls.

    `load_call()` and `save_call()` return (function of gui/calls/, args, kwargs); the context runs
    them on the worker with the open ledger (`ctx.call` to load, `ctx.change` to save), and the saved
    result becomes `saved`, which `ask()` returns.

    A form editing a record keeps the version it loaded (`record.version`) and sends it with the save, so a
    save from a stale form is refused ("stale"); the form then offers to load what the other user saved,
    keeping what was typed, and shows what they changed (optimistic concurrency, docs/concurrency.md).
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
        self._labels: dict[str, str] = {}
        self._errors: dict[str, QLabel] = {}
        self.version: int | None = None  # of the record being edited, as loaded
        self._first: QWidget | None = None
        self._tickets: list[int] = []
        self.setModal(True)
        self.setSizeGripEnabled(True)
        self.setMinimumWidth(480)

        self.top_error = QLabel(self)
        self.top_error.setWordWrap(True)
        set_themed(self.top_error, ERROR_STYLE)
        self.top_error.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.top_error.hide()
        self.notice = QLabel(self)  # what another user changed, after a reload
        self.notice.setWordWrap(True)
        set_themed(self.notice, NOTICE_STYLE)
        self.notice.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.notice.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.form.setRowWrapPolicy(QFormLayout.DontWrapRows)
        layout = QVBoxLayout(self)
        layout.addWidget(self.top_error)
        layout.addWidget(self.notice)
        # The rows scroll when the screen is shorter than the form (1366 × 768 at 150 %); else no scroll bar.
        rows = QWidget(self)
        rows.setLayout(self.form)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.rows = FitScrollArea(rows, self)
        layout.addWidget(self.rows, 1)

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
            self._tickets.append(self.ctx.call(fn, *args, on_done=self._loaded, on_error=self._load_failed, **kwargs))

    # -- for subclasses -------------------------------------------------------

    def build(self) -> None:
        raise NotImplementedError

    def load_call(self) -> tuple[Callable, tuple, dict] | None:
        """What to read before the form can be filled in: a function of gui/calls/, its args and kwargs."""
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
            # The row takes the form's width, so the hint wraps at it rather than at a checkbox's width
            # (where its lines were taller than the row and clipped).
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            note.setStyleSheet("color: palette(placeholder-text);")
            column.addWidget(note)
            # A wrapped hint under a narrow field (a short combo box) got the height of one line at the form's
            # width and overlapped the field above: a row with a hint takes the whole width.
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        error = QLabel(box)
        error.setWordWrap(True)
        set_themed(error, ERROR_STYLE)
        error.hide()
        column.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(widget)  # Alt+letter focuses the field (a composite passes it to its focus proxy)
        name_field(widget, plain_label(label), hint)
        if isinstance(widget, DateField):
            widget.lang = self.ctx.lang
        if isinstance(widget, (MultiLineEdit, CheckList)):
            caption.setAlignment(Qt.AlignRight | Qt.AlignTop)
        self.form.addRow(caption, box)
        self._fields[key] = widget
        self._labels[key] = plain_label(label)
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

    def fill_from(self, record: Any) -> None:
        """Show a loaded record's values in the fields this form has (a date with a precision as text)."""
        from ...domain.typed_dates import FactDate

        for key in self._fields:
            if hasattr(record, key):
                value = getattr(record, key)
                if isinstance(value, FactDate):
                    value = (
                        value.format("ja", "western")
                        if value.precision != "day" or value.end != value.start
                        else value.start
                    )
                self.set_value(key, "" if value is None else value)

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
        self.version = self.loaded_version()
        self.ready = True
        self.save_button.setEnabled(True)
        if self._first is not None:
            self._first.setFocus(Qt.OtherFocusReason)

    def loaded_version(self) -> int | None:
        """The version of the record this form edits (its `record` attribute), None for a new record."""
        return getattr(getattr(self, "record", None), "version", None)

    def _load_failed(self, exc: BaseException) -> None:
        QMessageBox.critical(self, self.windowTitle(), error_text(exc, self.ctx.lang))
        self._baseline = None
        super().reject()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        fit_to_screen(self)
        self._fit_height()
        QTimer.singleShot(0, self._fit_height)  # again once the window has its final width
        if self.ready and self._first is not None and not self.focusWidget():
            self._first.setFocus(Qt.OtherFocusReason)

    def _fit_height(self) -> None:
        """A wrapped hint is taller at the width the dialog got than its size hint assumed: grow to fit it,
        rather than clip the hint's first lines (seen on the incident form's leak hint)."""
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = min(layout.heightForWidth(self.width()), (available_size(self) - FRAME).height())
            if needed > self.height():
                self.resize(self.width(), needed)

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
        if self.version is not None and "version" in inspect.signature(fn).parameters:
            kwargs = {**kwargs, "version": self.version}  # refused if someone saved the record meanwhile
        self._set_saving(True)
        self._tickets.append(self.ctx.change(fn, *args, on_done=self._saved, on_error=self._save_failed, **kwargs))

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
        if isinstance(exc, LedgerError) and exc.code == "stale":
            self.show_error(exc.message(self.ctx.lang))
            if self.confirm_reload(exc.message(self.ctx.lang)):
                self.reload_keeping_input(str(exc.params.get("who", "")), str(exc.params.get("at", "")))
        elif isinstance(exc, LedgerError):
            self.show_error(exc.message(self.ctx.lang), self.error_field(exc))
        else:  # a bug (its stack is in the log): where to find it, never the exception's own text
            QMessageBox.critical(self, self.windowTitle(), error_text(exc, self.ctx.lang))

    # -- someone else saved meanwhile -------------------------------------------------

    def confirm_reload(self, message: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            message
            + "\n\n"
            + QCoreApplication.translate(
                "FormDialog",
                "Load what they saved now? What you typed stays in the form, and what they changed "
                "is listed above the fields.",
            ),
            QMessageBox.Yes | QMessageBox.No,
            QMessageBox.Yes,
        )
        return answer == QMessageBox.Yes

    def reload_keeping_input(self, who: str = "", at: str = "") -> None:
        """Read the record again; fields the user changed keep the typed value, the others show what was saved."""
        call = self.load_call()
        if call is None:
            return
        typed = {k: v for k, v in self.values().items() if (self._baseline or {}).get(k) != v}
        fn, args, kwargs = call
        self.ready = False
        self.save_button.setEnabled(False)
        self.setCursor(Qt.BusyCursor)
        self._tickets.append(
            self.ctx.call(
                fn,
                *args,
                on_done=lambda data: self._reloaded(data, typed, who, at),
                on_error=self._load_failed,
                **kwargs,
            )
        )

    def _reloaded(self, data: Any, typed: dict[str, Any], who: str, at: str) -> None:
        self.unsetCursor()
        before = dict(self._baseline or {})
        try:
            self.populate(data)
        except LedgerError as exc:  # e.g. the record was deleted meanwhile
            self._load_failed(exc)
            return
        theirs = self.values()
        self._baseline = theirs
        self.version = self.loaded_version()
        for key, value in typed.items():
            self.set_value(key, value)
        self.clear_errors()
        lines = [
            QCoreApplication.translate("FormDialog", "Loaded what %1 saved at %2:").replace("%1", who).replace("%2", at)
        ]
        for key in theirs:
            if theirs[key] == before.get(key):
                continue
            line = f"{self._labels.get(key, key)}: {self.shown(key, before.get(key))} → {self.shown(key, theirs[key])}"
            if key in typed:
                line += "  " + QCoreApplication.translate("FormDialog", "(your entry %1 is kept)").replace(
                    "%1", self.shown(key, typed[key])
                )
            lines.append(line)
        if len(lines) == 1:
            lines.append(QCoreApplication.translate("FormDialog", "None of the fields in this form changed."))
        lines.append(QCoreApplication.translate("FormDialog", "Check the fields, then save again."))
        self.notice.setText("\n".join(lines))
        self.notice.show()
        self.ready = True
        self.save_button.setEnabled(True)

    def shown(self, key: str, value: Any) -> str:
        """A field's value as the form shows it: a choice's label, not its code."""
        w = self._fields.get(key)
        if isinstance(w, QComboBox) and not isinstance(value, (list, bool)):
            at = w.findData(value)
            if at >= 0:
                return f"「{w.itemText(at)}」"
        if isinstance(value, bool):
            return (
                QCoreApplication.translate("FormDialog", "yes")
                if value
                else QCoreApplication.translate("FormDialog", "no")
            )
        if isinstance(value, list):
            return (
                QCoreApplication.translate("FormDialog", "1 item")
                if len(value) == 1
                else QCoreApplication.translate("FormDialog", "%1 items").replace("%1", str(len(value)))
            )
        text = "" if value is None else str(value)
        text = text if len(text) <= 60 else text[:59] + "…"
        return f"「{text}」"

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
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            QCoreApplication.translate("FormDialog", "Discard what you have entered?"),
            QMessageBox.Yes | QMessageBox.No,
            QMessageBox.No,
        )
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
