"""Snooze one deadline until a day of one's choosing (the banner's and the deadlines list's "Until a date…")."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QDialog

from ...domain import validation
from ...domain.errors import LedgerError
from .fields import DateField
from .form import FormDialog


class SnoozeDialog(FormDialog):
    """Context: what (the deadline in words), until (the day already chosen, if any). Saves nothing to the
    ledger: ask() returns the day, and the caller keeps it in the user's settings."""

    def build(self) -> None:
        self.setWindowTitle(self.tr("Snooze a deadline"))
        self.what_label = self.add_info(self.tr("Deadline"), wrap=True)
        self.what_label.setText(str(self.context.get("what") or ""))
        self.add_field(
            "snoozed_until",
            self.tr("&Until"),
            DateField(),
            hint=self.tr("The banner leaves this deadline out until this day, and shows it again then."),
        )

    def populate(self, data: Any) -> None:
        self.set_value("snoozed_until", self.context.get("until") or date.today() + timedelta(days=7))

    def save(self) -> None:  # noqa: D102 - nothing goes to the worker: the day is the result
        if not self.ready:
            return
        self.clear_errors()
        try:
            day = validation.day(self.value("snoozed_until"), "snoozed_until", required=True)
        except LedgerError as exc:
            self.show_error(exc.message(self.ctx.lang), "snoozed_until")
            return
        if day is None or day <= date.today():
            self.show_error(self.tr("Choose a day after today."), "snoozed_until")
            return
        self.saved = day
        QDialog.accept(self)
