"""The log file in the per-user logs folder: what was opened, migrated, issued, and every unexpected error."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from types import TracebackType

from .paths import logs_dir

LOG_NAME = "incidentdesk.log"
_configured = False


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
        handler = RotatingFileHandler(folder / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
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
