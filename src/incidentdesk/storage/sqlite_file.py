"""An SQLite ledger file as a file: is it ours, which schema revision, a consistent copy. No SQLAlchemy here.

The memo command reads an up-to-date ledger without importing the ORM (storage/reader.py), so
what it needs to check the file before reading lives in this module. So does the one list of
what a ledger at each schema revision holds, which both SQLite files and server databases are
recognised by before anything writes to them.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path, PurePath

from ..domain.errors import DatabaseError

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
# PRAGMA application_id of every ledger this version creates or upgrades ("IDLG"): a file carrying it
# is ours whatever its tables; one without it must have exactly the tables of a revision below.
APPLICATION_ID = 0x49444C47


@dataclass(frozen=True)
class Revision:
    """The tables (besides alembic_version) a ledger at one schema revision holds."""

    tables: frozenset[str]
    sqlite_only: frozenset[str] = frozenset()  # SQLite's full-text index and its shadow tables

    def expected(self, dialect: str) -> frozenset[str]:
        return self.tables | self.sqlite_only if dialect == "sqlite" else self.tables

    def grown(self, *tables: str, sqlite_only: tuple[str, ...] = ()) -> Revision:
        """The next revision: these tables added to this one's."""
        return Revision(self.tables | set(tables), self.sqlite_only | set(sqlite_only))


_R0001 = Revision(
    frozenset(
        {
            "attachment",
            "audit_event",
            "claim",
            "data_location",
            "decision",
            "decision_basis",
            "external_service",
            "incident",
            "incident_use",
            "ledger_meta",
            "memo",
            "org_settings",
            "party",
            "request",
            "service_party",
            "service_use",
            "source",
            "statement",
            "timeline_entry",
        }
    )
)
_R0002 = _R0001.grown(
    "search_doc",
    sqlite_only=("search_fts", "search_fts_config", "search_fts_data", "search_fts_docsize", "search_fts_idx"),
)
_R0003 = _R0002.grown("claim_check", "decision_withdrawal", "request_report", "statement_source", "timeline_source")

# Every revision in migrations/versions, oldest first, with its tables: the ONE place that knows them.
# A new migration adds a line here (tests/storage/test_migrations.py checks both against the scripts
# and against what each revision really creates on SQLite and PostgreSQL). Knowing them here lets an
# up-to-date ledger open without importing Alembic (~0.2 s of start-up).
_R0004 = _R0003  # the search index rebuilt with folded text and data locations; no table changes
_R0005 = _R0004  # statement.retired_on; no new tables
REVISIONS: dict[str, Revision] = {"0001": _R0001, "0002": _R0002, "0003": _R0003, "0004": _R0004, "0005": _R0005}


def head_revision() -> str:
    return list(REVISIONS)[-1]


def known_revisions() -> set[str]:
    return set(REVISIONS)


def sqlite_uri(path: PurePath, query: str = "") -> str:
    r"""A file: URI SQLite accepts for an absolute path, with an optional query (mode=ro, immutable=1).

    A UNC path (\\server\share\..., which is also what Windows resolves a mapped network drive such
    as H:\ to) keeps its host in the path, file:////server/share/...: SQLite refuses any URI
    authority other than an empty one or localhost.
    """
    uri = path.as_uri()
    if not uri.startswith("file:///"):
        uri = "file:////" + uri[len("file://") :]
    return f"{uri}?{query}" if query else uri


@dataclass(frozen=True)
class Found:
    """What a database holds, read before anything writes to it."""

    revision: str | None
    tables: frozenset[str]  # besides alembic_version
    application_id: int | None = None  # None: a server database, which has no such field
    exists: bool = True  # False: no file, or a file of 0 bytes

    @property
    def empty(self) -> bool:
        """Nothing in it at all: a ledger may be created here."""
        return self.revision is None and not self.tables


def recognise(found: Found, label: str, dialect: str) -> str | None:
    """The revision of our ledger, or None for an empty database; anything else raises, untouched.

    Ours means: the application id we set, or (for ledgers from before it was set, and for servers,
    which have no such field) an Alembic revision we wrote with exactly the tables it creates.
    """
    if found.empty and found.application_id in (None, 0, APPLICATION_ID):
        return None
    ours_by_id = found.application_id == APPLICATION_ID
    if found.application_id not in (None, 0, APPLICATION_ID) or found.revision is None:
        raise DatabaseError("db_not_ledger", path=label)
    known = REVISIONS.get(found.revision)
    if known is None:
        # A later version of this program (which always sets the id, and only adds tables) or someone else's.
        if ours_by_id or found.tables >= REVISIONS[head_revision()].tables:
            raise DatabaseError("db_newer", path=label, revision=found.revision)
        raise DatabaseError("db_not_ledger", path=label)
    if found.tables != known.expected(dialect):
        # Even with our id: a table added or dropped by hand is not a ledger we know how to upgrade or read.
        raise DatabaseError("db_not_ledger", path=label)
    return found.revision


def read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(100)
    except OSError as exc:
        raise DatabaseError("db_unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc


def inspect_file(path: Path) -> Found:
    """What an SQLite file holds, read without writing a byte to it (no -wal or -shm is created).

    Refuses a file that is not an SQLite database before SQLAlchemy (which would switch it to WAL)
    touches it.
    """
    try:
        if not path.exists():
            return Found(None, frozenset(), 0, exists=False)
        if path.is_dir():
            raise DatabaseError("db_unreadable", path=str(path), reason="folder")
        if path.stat().st_size == 0:
            return Found(None, frozenset(), 0, exists=False)
    except OSError as exc:  # a path under a regular file, a folder we may not list
        raise DatabaseError("db_unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
    header = read_header(path)
    if header[:16] != SQLITE_HEADER:
        raise DatabaseError("db_not_ledger", path=str(path))
    try:
        conn = connect_for_reading(path)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            rev = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                rev = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError("db_unreadable", path=str(path), reason=str(exc)) from exc
    return Found(rev, frozenset(tables - {"alembic_version"}), app_id)


def connect_for_reading(path: Path) -> sqlite3.Connection:
    """A connection that cannot write and creates no -wal/-shm file.

    With no -wal file beside it, immutable=1 reads the file as it is; with one, a read-only open is
    needed to see the changes it holds (that works in a read-only folder only if the -shm exists too).
    """
    has_wal = path.with_name(path.name + "-wal").exists()
    return sqlite3.connect(sqlite_uri(path.resolve(), "mode=ro" if has_wal else "immutable=1"), uri=True)


def file_revision(path: Path) -> tuple[str | None, bool]:
    """(revision, has tables) of an SQLite file that is ours or empty; raises DatabaseError otherwise."""
    found = inspect_file(path)
    return recognise(found, str(path), "sqlite"), bool(found.tables)


def backup_sqlite(source: Path, dest: Path, *, source_uri_query: str = "") -> Path:
    """A consistent copy of a live SQLite file through SQLite's backup API, written durably.

    The copy is made beside `dest` and moved into place once complete and on disk, so a crash
    leaves either no file or a whole one. The source is opened read-write but query-only by default
    (as the last connection it tidies its -wal away on closing, which a mode=ro one cannot).
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(f".{dest.name}.{os.getpid()}.part")
    src = sqlite3.connect(sqlite_uri(Path(source).resolve(), source_uri_query), uri=True)
    try:
        src.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not source_uri_query:
            src.execute("PRAGMA query_only = ON")
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            # A copy is one file: out of WAL mode, so nothing of it lives in a -wal beside it.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
        sync_file(partial)
        os.replace(partial, dest)
        sync_folder(dest.parent)
    except BaseException:
        for leftover in (partial, Path(f"{partial}-journal"), Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    return dest


def sync_file(path: Path) -> None:
    """Flush a written file to the disk, so a power cut after a rename cannot leave it empty."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no directory handles to flush)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def refuse_foreign(rev: str | None, has_tables: bool, label: str) -> None:
    """Kept for callers that only have a revision: refuse an unknown revision or tables without one."""
    if rev is not None and rev not in known_revisions():
        raise DatabaseError("db_newer", path=label, revision=rev)
    if rev is None and has_tables:
        raise DatabaseError("db_not_ledger", path=label)
