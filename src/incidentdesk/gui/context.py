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


class NotOpen(RuntimeError):
    """A call queued while the ledger was opening, when the open failed: nothing to run it on."""


class AppContext(QObject):
    """Passed to every page instead of globals; pages call services only through `call`."""

    data_changed = Signal()  # a write happened: pages reload what they show
    language_changed = Signal(str)
    open_record = Signal(str, int)  # page, id: a search hit or a link wants a record shown

    def __init__(self, runner: Runner, db: Database | None, *, lang: str, date_style: str = "era",
                 label: str = "", parent: QObject | None = None):
        super().__init__(parent)
        self.runner = runner
        # None while the window is up but the ledger still opening; the worker sets it before it runs any call.
        self.db = db
        self.label = label
        self.lang = lang
        self.date_style = date_style

    @property
    def database_label(self) -> str:
        """What the status bar shows: the open ledger's label, or the path being opened."""
        return self.db.label if self.db is not None else self.label

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
        """Run `fn(db, *args, **kwargs)` on the worker; errors end in a message box unless handled.

        Calls made while the ledger is opening wait behind the open on the serial worker; if it failed
        they are dropped quietly, since the failure itself is already on screen.
        """
        handler = on_error or (lambda exc: self.show_error(exc, parent))
        return self.runner.submit(self._with_db, fn, *args, on_done=on_done,
                                  on_error=lambda exc: None if isinstance(exc, NotOpen) else handler(exc), **kwargs)

    def _with_db(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        # Runs on the worker, after any open queued before it: self.db is read there, not when the call was made.
        if self.db is None:
            raise NotOpen()
        return fn(self.db, *args, **kwargs)

    def show_error(self, exc: BaseException, parent: QWidget | None = None) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("AppContext", "Incident Desk"),
                            error_text(exc, self.lang))
