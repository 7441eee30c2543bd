"""Entering a case through the window, for tests/gui/test_cases_through_window*.py (no tests here).

`Desk` is the main window on an empty ledger. `Desk.form(trigger, *steps)` presses a page's button (or calls
the page's own action, as its button does), and each `Fill` step fills the form that opens as a person would:
choices are picked by the label shown, text is typed key by key (Japanese as an input method commits it,
since key events cannot carry it), then the form is saved. A form that refuses the save (an error shown
inline) fails the test with what it said.
"""

from __future__ import annotations

import time
from itertools import groupby
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QPlainTextEdit, QWidget

from conftest import settle


def type_into(widget: QWidget, text: str) -> None:
    """Type `text` at the end of what `widget` holds: ASCII key by key (a newline as Enter), anything else
    committed by the input method, as a Japanese IME delivers 「令和５年３月〜４月」 (key events cannot)."""
    target = getattr(widget, "edit", None) or (widget.lineEdit() if isinstance(widget, QComboBox) else widget)
    target.setFocus()
    for ascii_run, chars in groupby(text, key=str.isascii):
        run = "".join(chars)
        if ascii_run:
            for c in run:
                QTest.keyClick(target, Qt.Key.Key_Return) if c == "\n" else QTest.keyClick(target, c)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(run)
            QApplication.sendEvent(target, event)


@dataclass
class Fill:
    """What to do in one form: `pick` choices by their shown label (a list ticks several in a check list),
    set `values` as the form's own controls would (codes of fixed vocabularies, check boxes), `type` text key
    by key, run `then(dialog)` (e.g. open a nested form), and save unless `save` is False."""

    pick: dict[str, str | list[str]] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)
    type: dict[str, str] = field(default_factory=dict)
    then: Callable[[QDialog], None] | None = None
    save: bool = True
    check: Callable[[QDialog], None] | None = None  # assertions on the filled form, before saving

    def apply(self, dialog) -> None:
        for key, label in self.pick.items():
            choose(dialog.widget(key), label)
        for key, value in self.values.items():
            dialog.set_value(key, value)
        for key, text in self.type.items():
            widget = dialog.widget(key)
            if isinstance(widget, (QLineEdit, QPlainTextEdit)) or hasattr(widget, "edit"):
                dialog.set_value(key, "")  # a default (today, a proposed date) is typed over
            type_into(widget, text)
        if self.check is not None:
            self.check(dialog)
        if self.then is not None:
            self.then(dialog)
        if self.save:
            dialog.save()


def choose(widget: QWidget, label: str | list[str]) -> None:
    """Pick the entry showing `label` (the first whose text starts with it) in a combo box, or tick the
    entries of a check list showing the labels given."""
    if isinstance(label, list):  # ticked with Space, one after the other
        for text in label:
            index = next(
                widget.proxy.index(i, 0)
                for i in range(widget.proxy.rowCount())
                if widget.proxy.index(i, 0).data() == text
            )
            widget.setCurrentIndex(index)
            QTest.keyClick(widget, Qt.Key.Key_Space)
            assert widget.proxy.index(index.row(), 0).data(Qt.ItemDataRole.CheckStateRole) in (
                Qt.CheckState.Checked,
                Qt.CheckState.Checked.value,
            ), f"Space did not tick {text!r}"
        return
    index = next((i for i in range(widget.count()) if widget.itemText(i).startswith(label)), -1)
    assert index >= 0, f"{label!r} is not among {[widget.itemText(i) for i in range(widget.count())]}"
    widget.setCurrentIndex(index)


def select_rows(table, test: Callable[[Any], bool]) -> int:
    """Select every row of `table` passing `test`, as Ctrl+click would; the count selected."""
    model = table.selectionModel()
    model.clearSelection()
    count = 0
    for r in range(table.proxy.rowCount()):
        if test(table.proxy.row_at(r)):
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            if not count:
                flags |= QItemSelectionModel.SelectionFlag.Current
            model.setCurrentIndex(table.proxy.index(r, 0), flags)
            count += 1
    return count


class Desk:
    """The main window on a ledger; forms opened through its pages and filled by `Fill` steps."""

    def __init__(self, qtbot, runner, ctx, monkeypatch):
        from incidentdesk.gui.dialogs.decisions import Confirming
        from incidentdesk.gui.main_window import MainWindow

        self.qtbot, self.runner, self.ctx = qtbot, runner, ctx
        self.confirmations: list[str] = []  # what each decision form said it would record
        monkeypatch.setattr(Confirming, "ask_box", lambda _form, box: self.confirmations.append(box.text()) or True)
        self.window = MainWindow(ctx)
        qtbot.addWidget(self.window)
        self.window.resize(1400, 900)
        self.window.show()
        qtbot.waitUntil(lambda: self.window.banner is not None, timeout=10_000)
        settle(qtbot, runner)
        self.forms = 0

    def page(self, key: str) -> QWidget:
        self.window.show_page(key)
        page = self.window.pages[key]
        settle(self.qtbot, self.runner)
        return page

    @property
    def incident(self):
        return self.window.pages["incidents"].view

    @property
    def service(self):
        return self.window.pages["services"].view

    def form(self, trigger: Callable[[], Any], *steps: Fill, timeout: float = 20.0) -> list[QDialog]:
        """Call `trigger` (a button's click: it opens a form and returns when the form closed) while each form
        that opens in turn (nested ones included) gets the next step; the forms handled."""
        queue, handled, failed = list(steps), [], []
        deadline = time.monotonic() + timeout

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            for done in handled:  # a form that refused its save: fail with what it said
                if shiboken6.isValid(done) and done.isVisible() and not done.saving and done.ready:
                    shown = {k: done.error_text(k) for k in [None, *done._errors] if done.error_text(k)}
                    if shown:
                        failed.append(f"{type(done).__name__} refused: {shown} {done.values()}")
                        done._baseline = None
                        done.done(QDialog.DialogCode.Rejected)
                        return
            if time.monotonic() > deadline:
                if dialog is not None:
                    failed.append(f"{type(dialog).__name__} left open; steps left: {len(queue)}")
                    dialog._baseline = None
                    dialog.done(QDialog.DialogCode.Rejected)
                return
            if dialog is not None and queue and dialog not in handled and getattr(dialog, "ready", False):
                handled.append(dialog)
                step = queue.pop(0)
                QTimer.singleShot(20, poll)  # keeps polling while the step runs a nested form
                try:
                    step.apply(dialog)
                except BaseException as exc:  # noqa: BLE001 - raised inside Qt's loop: re-raised by the test
                    failed.append(exc)
                    dialog._baseline = None
                    dialog.done(QDialog.DialogCode.Rejected)
                return
            if queue or any(shiboken6.isValid(d) and d.isVisible() for d in handled):
                QTimer.singleShot(20, poll)

        QTimer.singleShot(0, poll)
        trigger()
        self.qtbot.waitUntil(
            lambda: not any(shiboken6.isValid(d) and d.isVisible() for d in handled), timeout=int(timeout * 1000)
        )
        for problem in failed:
            raise problem if isinstance(problem, BaseException) else AssertionError(problem)
        assert not queue, f"{len(queue)} form(s) never opened"
        settle(self.qtbot, self.runner)
        self.forms += len(handled)
        return handled
