"""What a failed database or file operation means to the person at the PC: a LedgerError, never a traceback.

SQLite, PostgreSQL and the operating system word their failures for programmers, and SQLAlchemy
adds the statement and its parameters (ledger text). `explain` turns the ones people meet (a
read-only folder, a damaged file, a full disk, a server that does not answer) into stable codes
with a Japanese and an English message; `log_failure` keeps the traceback in the log without any
message that could carry ledger text. Neither imports SQLAlchemy or a driver: classes are told
apart by name and module, so the window can explain an error without loading them.
"""

from __future__ import annotations

import logging
import sqlite3
import traceback

from ..domain.errors import DatabaseError, LedgerError

# (words in SQLite's message, code, reason ja, reason en); the first match wins.
_SQLITE = (
    (("readonly", "read-only"), "db_read_only", "", ""),
    (("database is locked", "database table is locked", "busy"), "db_locked", "", ""),
    (
        ("not a database", "malformed", "corrupt"),
        "db_corrupt",
        "ファイルの内容が壊れています",
        "the file's contents are damaged",
    ),
    (("disk is full", "database or disk is full"), "db_disk", "ディスクの空きがありません", "the disk is full"),
    (("disk i/o error",), "db_disk", "ディスクの読み書きに失敗しました", "reading or writing the disk failed"),
    (
        ("unable to open",),
        "db_unreadable",
        "ファイルまたはフォルダーを開けません(存在しない、権限がない、またはフォルダーではない)",
        "the file or its folder cannot be opened (missing, no permission, or not a folder)",
    ),
)


def _driver_error(exc: BaseException) -> BaseException:
    """The driver's own exception inside SQLAlchemy's wrapper (DBAPIError.orig), else the exception itself."""
    orig = getattr(exc, "orig", None)
    return orig if isinstance(orig, BaseException) else exc


def _is_postgres(exc: BaseException) -> bool:
    return type(exc).__module__.split(".")[0] == "psycopg"


def explain(exc: BaseException, label: str = "") -> LedgerError | None:
    """The LedgerError a person should see for `exc`, or None when it is not one we know (a bug: log it)."""
    if isinstance(exc, LedgerError):
        return exc
    inner = _driver_error(exc)
    if isinstance(inner, sqlite3.Error):
        text = str(inner).lower()
        for words, code, reason_ja, reason_en in _SQLITE:
            if any(w in text for w in words):
                return DatabaseError(code, path=label, reason=reason_en, reason_ja=reason_ja)
        if isinstance(inner, sqlite3.DatabaseError) and not isinstance(inner, sqlite3.OperationalError):
            return DatabaseError(
                "db_corrupt",
                path=label,
                reason="the file's contents are damaged",
                reason_ja="ファイルの内容が壊れています",
            )
        return None
    if _is_postgres(inner):
        name = type(inner).__name__
        if name in ("OperationalError", "InterfaceError"):
            first = str(inner).strip().splitlines()[0] if str(inner).strip() else name
            return DatabaseError("db_unreadable", path=label, reason=first[:200])
        if name in ("ReadOnlySqlTransaction", "InsufficientPrivilege"):
            return DatabaseError("db_read_only", path=label)
        if name in ("DiskFull", "OutOfMemory"):
            return DatabaseError("db_disk", path=label, reason=name, reason_ja=name)
        return None
    if isinstance(inner, OSError):
        where = inner.filename or label
        reason = inner.strerror or str(inner)[:200] or type(inner).__name__
        if isinstance(inner, PermissionError):
            return LedgerError("file_denied", path=where, reason=reason)
        return LedgerError("file_error", path=where, reason=reason)
    if isinstance(inner, MemoryError):
        return LedgerError("out_of_memory")
    return None


def safe_traceback(exc: BaseException) -> str:
    """The stack of `exc` (and its causes) with every exception message left out, since messages can carry
    ledger text (a driver quoting the row it refused). SQLite's own messages, which never do, are kept."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        stack = traceback.format_tb(current.__traceback__)
        inner = _driver_error(current)
        kept = f": {inner}" if isinstance(inner, sqlite3.Error) else ""
        lines.append("".join(stack) + f"{type(current).__module__}.{type(current).__name__}{kept}\n")
        current = current.__cause__ or current.__context__
    return "\n(caused by)\n".join(reversed(lines))


def log_failure(logger: logging.Logger, what: str, exc: BaseException) -> None:
    """Record an unexpected failure with its stack, without the ledger text its message may hold."""
    logger.error("%s failed (%s)\n%s", what, type(exc).__name__, safe_traceback(exc))
