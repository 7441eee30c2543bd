"""The one serial worker that runs every database call off the GUI thread.

One thread means SQLite never sees two writers from this process and calls run in the order
they were asked for. Results come back to the GUI thread through a queued signal, so callbacks
may touch widgets; nothing running on the worker may.
"""

from __future__ import annotations

import itertools
import logging
from typing import Any
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from ..domain.errors import LedgerError

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class _Executor(QObject):
    finished = Signal(int, object, object)  # ticket, result, exception

    @Slot(int, object)
    def execute(self, ticket: int, call: Callable[[], Any]) -> None:
        try:
            result, error = call(), None
        except LedgerError as exc:  # refused input: the form shows it, nothing to log
            result, error = None, exc
        except Exception as exc:  # noqa: BLE001 - every error goes back to the caller's on_error
            from .calls import log_failure

            log_failure(log, "background call", exc)  # a bug: its stack, without any ledger text
            result, error = None, exc
        self.finished.emit(ticket, result, error)


class Runner(QObject):
    """Submit `fn(*args, **kwargs)`; `on_done(result)` or `on_error(exc)` runs on the GUI thread."""

    _request = Signal(int, object)
    busy_changed = Signal(bool)
    failed = Signal(object)  # errors nobody handled

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("incidentdesk-db")
        self._executor = _Executor()
        self._executor.moveToThread(self._thread)
        self._request.connect(self._executor.execute)
        self._executor.finished.connect(self._on_finished)
        self._pending: dict[int, tuple[Callback | None, Callback | None]] = {}
        self._tickets = itertools.count(1)
        self._thread.start()

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
        **kwargs: Any,
    ) -> int:
        ticket = next(self._tickets)
        self._pending[ticket] = (on_done, on_error)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._request.emit(ticket, lambda: fn(*args, **kwargs))
        return ticket

    def cancel(self, ticket: int) -> None:
        """Drop the callbacks of a call (the call itself still runs; writes are never half-done)."""
        if ticket in self._pending:
            self._pending[ticket] = (None, lambda _e: None)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def when_idle(self, then: Callable[[], object], context: QObject | None = None) -> None:
        """`then()` once no call is pending, in the event loop's turn after the answer that left the worker idle
        has been handled (and its repaint asked for): what may wait for the first page waits through this.
        Dropped if `context` is deleted first."""

        def idle(busy: bool) -> None:
            if not busy:
                self.busy_changed.disconnect(idle)
                QTimer.singleShot(0, context or self, then)

        if self._pending:
            self.busy_changed.connect(idle)
        else:
            QTimer.singleShot(0, context or self, then)

    @Slot(int, object, object)
    def _on_finished(self, ticket: int, result: Any, error: BaseException | None) -> None:
        on_done, on_error = self._pending.pop(ticket, (None, None))
        if not self._pending:
            self.busy_changed.emit(False)
        if error is None:
            if on_done is not None:
                on_done(result)
        elif on_error is not None:
            on_error(error)
        else:
            self.failed.emit(error)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Let queued calls finish, then stop the thread (called when the window closes)."""
        self._thread.quit()
        self._thread.wait(timeout_ms)
