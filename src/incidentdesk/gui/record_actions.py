"""What the pages share for acting on a selected row: buttons that need a selection (disabled without one,
with a tooltip that says what to select), a confirmed delete, a retire/reinstate, and the selected rows."""

from __future__ import annotations

from datetime import date
from typing import Any
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLayout, QPushButton, QWidget

from .context import AppContext, error_text


class SelectionButton(QPushButton):
    """A button that acts on the selected row of a table: disabled without one, its tooltip then says why."""

    def __init__(
        self,
        table,
        action: Callable[[Any], Any],
        *,
        needs: Callable[[], str],
        applies: Callable[[Any], bool] | None = None,
        why_not: Callable[[], str] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.table, self.action, self.needs, self.applies, self.why_not = table, action, needs, applies, why_not
        self.help = ""
        table.current_row.connect(lambda _row: self.update_state())
        table.source.modelReset.connect(self.update_state)
        self.clicked.connect(self._clicked)
        self.update_state()

    def set_help(self, text: str) -> None:
        """The tooltip when the button can act."""
        self.help = text
        self.update_state()

    def update_state(self) -> None:
        row = self.table.selected()
        ok = row is not None and (self.applies is None or self.applies(row))
        self.setEnabled(ok)
        if row is None:
            self.setToolTip(self.needs())
        elif not ok and self.why_not is not None:
            self.setToolTip(self.why_not())
        else:
            self.setToolTip(self.help)

    def _clicked(self) -> None:
        row = self.table.selected()
        if row is not None and (self.applies is None or self.applies(row)):
            self.action(row)


def button_row(*buttons: QWidget) -> QLayout:
    """The buttons above a table, left to right, wrapping to a second line when the pane is narrow."""
    from .layouts import flow_row

    return flow_row(*buttons)


def selected_rows(table) -> list[Any]:
    """The read models of every selected row, in the order shown."""
    rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
    return [table.proxy.row_at(r) for r in rows]


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before something that cannot be undone; No is the default."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(parent, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    return answer == QMessageBox.Yes


def delete(
    parent: QWidget,
    ctx: AppContext,
    fn: Callable,
    record_id: int,
    *,
    what: str,
    name: str,
    version: int | None = None,
    on_done: Callable[[Any], None] | None = None,
) -> bool:
    """Delete a record nothing refers to, after a confirmation naming it; a refusal (records refer to it) is
    shown with what to do instead. True when the delete was sent."""
    from PySide6.QtWidgets import QMessageBox

    if not confirm(
        parent,
        QCoreApplication.translate("RecordActions", "Delete"),
        QCoreApplication.translate(
            "RecordActions", "Delete %1 「%2」? This cannot be undone (the audit log keeps what it was)."
        )
        .replace("%1", what)
        .replace("%2", name),
    ):
        return False
    kwargs = {"version": version} if version is not None else {}
    ctx.change(
        fn,
        record_id,
        parent=parent,
        on_done=on_done,
        on_error=lambda exc: QMessageBox.warning(
            parent, QCoreApplication.translate("RecordActions", "Delete"), error_text(exc, ctx.lang)
        ),
        **kwargs,
    )
    return True


def retire(parent: QWidget, ctx: AppContext, fn: Callable, record, *, what: str, name: str) -> bool:
    """Retire a record that others refer to (hidden by default, kept with its history), or reinstate it."""
    from PySide6.QtWidgets import QMessageBox

    retired = getattr(record, "retired_on", None) is not None
    if retired:
        text = QCoreApplication.translate(
            "RecordActions", "Use %1 「%2」 again? It is shown again in lists and choices."
        )
    else:
        text = QCoreApplication.translate(
            "RecordActions",
            "Retire %1 「%2」 (廃止済み)? It stays in the ledger with its history, hidden from lists "
            "unless “Show retired” is ticked.",
        )
    if not confirm(
        parent, QCoreApplication.translate("RecordActions", "Retire"), text.replace("%1", what).replace("%2", name)
    ):
        return False
    ctx.change(
        fn,
        record.id,
        None if retired else date.today(),
        parent=parent,
        version=record.version,
        on_error=lambda exc: QMessageBox.warning(
            parent, QCoreApplication.translate("RecordActions", "Retire"), error_text(exc, ctx.lang)
        ),
    )
    return True
