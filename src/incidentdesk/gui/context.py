"""What every page and form shares: the runner, the open ledger, the language and date style, change signals."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from ..domain.era_dates import format_date, format_short
from ..domain.errors import LedgerError
from .background import Runner
from .snoozes import Snoozes

if TYPE_CHECKING:  # importing storage loads SQLAlchemy: only the worker does that, after the first paint
    from .calls import LedgerLike


def error_text(exc: BaseException, lang: str) -> str:
    """A message people can read, in their language: the LedgerError's, or for anything else (a bug, whose
    stack the worker has logged) where the details are; never the raw exception, which may carry SQL."""
    if isinstance(exc, LedgerError):
        return exc.message(lang)
    from ..logs import LOG_NAME
    from ..paths import logs_dir

    return LedgerError("unexpected", kind=type(exc).__name__, log=logs_dir() / LOG_NAME).message(lang)


class NotOpen(RuntimeError):
    """A call queued while the ledger was opening, when the open failed: nothing to run it on."""


class AppContext(QObject):
    """Passed to every page and form instead of globals; the only way they reach the services.

    `call(fn, ...)` runs a read from gui/calls/ on the worker; `change(fn, ...)` runs a write and,
    when it succeeds, tells every page to reload (`data_changed`).
    """

    data_changed = Signal()  # a write happened: pages reload what they show
    language_changed = Signal(str)
    open_record = Signal(str, int)  # page, id: a search hit or a link wants a record shown

    def __init__(
        self,
        runner: Runner,
        ledger: LedgerLike | None,
        *,
        lang: str,
        date_style: str = "era",
        label: str = "",
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.runner = runner
        # None while the window is up but the ledger still opening; the worker sets it before it runs any call.
        self.ledger = ledger
        self.label = label
        self.lang = lang
        self.date_style = date_style
        # (kind, ref_id) of the exact record a search hit asked for: the page showing it selects that row.
        self.pending: tuple[str, int] | None = None
        # Deadlines the user snoozed; app.py replaces this with one kept in the local settings.
        self.snoozes = Snoozes(parent=self)

    @property
    def database_label(self) -> str:
        """What the status bar shows: the open ledger's label, or the path being opened."""
        return self.ledger.label if self.ledger is not None else self.label

    def take_pending(self, *kinds: str) -> tuple[str, int] | None:
        """(kind, id) of the record a search hit asked to select, if it is one of `kinds`; given once."""
        pending = self.pending
        if pending is not None and pending[0] in kinds:
            self.pending = None
            return pending
        return None

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.language_changed.emit(lang)

    def set_date_style(self, style: str) -> None:
        if style == self.date_style:
            return  # the settings read at start usually confirm the default: nothing to re-render
        self.date_style = style
        self.language_changed.emit(self.lang)  # same effect: every visible date is re-rendered

    def short(self, day: date | None) -> str:
        return format_short(day, self.date_style, self.lang)

    def long(self, day: date | None) -> str:
        return format_date(day, self.date_style, self.lang)

    def fact(self, when) -> str:
        """A date known to a precision (domain/typed_dates.FactDate): short for a day, in words otherwise."""
        if when is None:
            return ""
        if when.precision == "day" and when.end == when.start:
            return self.short(when.start)
        return when.format(self.lang, self.date_style)

    def call(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        parent: QWidget | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> int:
        """Run `fn(ledger, *args, **kwargs)` on the worker; errors end in a message box unless handled.

        Calls made while the ledger is opening wait behind the open on the serial worker; if it failed
        they are dropped quietly, since the failure itself is already on screen.
        """
        handler = on_error or (lambda exc: self.show_error(exc, parent))
        return self.runner.submit(
            self._with_ledger,
            fn,
            *args,
            on_done=on_done,
            on_error=lambda exc: None if isinstance(exc, NotOpen) else handler(exc),
            **kwargs,
        )

    def change(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        parent: QWidget | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> int:
        """Like call(), for a write: after it succeeds every page reloads, then `on_done` gets the result."""

        def done(result: Any) -> None:
            self.data_changed.emit()
            if on_done is not None:
                on_done(result)

        return self.call(fn, *args, on_done=done, parent=parent, on_error=on_error, **kwargs)

    def _with_ledger(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        # Runs on the worker, after any open queued before it: self.ledger is read there, not when the call was made.
        if self.ledger is None:
            raise NotOpen()
        try:
            return fn(self.ledger, *args, **kwargs)
        except Exception as exc:
            from .calls import explain

            explained = explain(exc, self.ledger.label)  # a read-only or damaged ledger: the CLI's words
            if explained is exc:
                raise
            raise explained from exc

    def show_error(self, exc: BaseException, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QMessageBox  # its class and enums are built when first needed, not at start

        QMessageBox.warning(
            parent, QCoreApplication.translate("AppContext", "Incident Desk"), error_text(exc, self.lang)
        )
