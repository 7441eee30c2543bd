"""What every page shares: the runner, the open ledger, the language and date style, change signals."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.era_dates import format_date, format_short
from ..domain.errors import LedgerError
from ..domain.language import set_language
from .background import Runner

if TYPE_CHECKING:  # importing storage loads SQLAlchemy: only the worker does that, after the first paint
    from ..storage.database import Database


def error_text(exc: BaseException, lang: str) -> str:
    """A message people can read: LedgerError in their language, anything else as it is."""
    if isinstance(exc, LedgerError):
        return exc.message(lang)
    return f"{type(exc).__name__}: {exc}"


class AppContext(QObject):
    """Passed to every page instead of globals; pages call services only through `call`."""

    data_changed = Signal()  # a write happened: pages reload what they show
    language_changed = Signal(str)
    open_record = Signal(str, int)  # page, id: a search hit or a link wants a record shown

    def __init__(self, runner: Runner, db: Database, *, lang: str, date_style: str = "era",
                 parent: QObject | None = None):
        super().__init__(parent)
        self.runner = runner
        self.db = db
        self.lang = lang
        self.date_style = date_style

    def set_language(self, lang: str) -> None:
        self.lang = lang
        set_language(lang)  # vocabulary labels outside Qt follow the window
        self.language_changed.emit(lang)

    def set_date_style(self, style: str) -> None:
        self.date_style = style
        self.language_changed.emit(self.lang)  # same effect: every visible date is re-rendered

    def short(self, day: date | None) -> str:
        return format_short(day, self.date_style, self.lang)

    def long(self, day: date | None) -> str:
        return format_date(day, self.date_style, self.lang)

    def call(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
             parent: QWidget | None = None, on_error: Callable[[BaseException], None] | None = None,
             **kwargs: Any) -> int:
        """Run `fn(db, *args, **kwargs)` on the worker; errors end in a message box unless handled."""
        return self.runner.submit(fn, self.db, *args, on_done=on_done,
                                  on_error=on_error or (lambda exc: self.show_error(exc, parent)), **kwargs)

    def show_error(self, exc: BaseException, parent: QWidget | None = None) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("AppContext", "Incident Desk"),
                            error_text(exc, self.lang))
