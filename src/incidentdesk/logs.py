"""The log file in the per-user logs folder: what was opened, migrated, issued, and every unexpected error."""

from __future__ import annotations

import logging
import os
import sys
from types import TracebackType

from .paths import logs_dir

LOG_NAME = "incidentdesk.log"
_configured = False


class RotatingFile(logging.FileHandler):
    """incidentdesk.log, renamed to .1, .2, .3 when it passes `max_bytes`.

    logging.handlers.RotatingFileHandler would do the same, but importing logging.handlers loads
    socket, pickle and queue: 45 ms of CPU on the window's start, which configures the log right then.
    """

    def __init__(self, path: os.PathLike[str], *, max_bytes: int, backups: int):
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() + len(self.format(record)) >= self.max_bytes:
                self._rotate()
        except OSError:
            self.handleError(record)
        super().emit(record)

    def _rotate(self) -> None:
        self.close()
        for n in range(self.backups - 1, 0, -1):
            older = f"{self.baseFilename}.{n}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{n + 1}")
        os.replace(self.baseFilename, f"{self.baseFilename}.1")


def configure(*, verbose: bool = False) -> None:
    """Log to logs_dir()/incidentdesk.log (1 MB × 3 files); a folder we cannot write is not fatal."""
    global _configured
    if _configured:
        return
    _configured = True
    root = logging.getLogger("incidentdesk")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        folder = logs_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFile(folder / LOG_NAME, max_bytes=1_000_000, backups=3)
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    previous = sys.excepthook

    def log_uncaught(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        # The stack without the exception's message, which may quote ledger text (storage/failures.py).
        from .storage.failures import safe_traceback

        root.critical("unexpected error (%s)\n%s", kind.__name__, safe_traceback(exc.with_traceback(tb)))
        previous(kind, exc, tb)

    sys.excepthook = log_uncaught
