"""An SQLite ledger file as a file: is it ours, which schema revision, a consistent copy. No SQLAlchemy here.

The memo command reads an up-to-date ledger without importing the ORM (storage/reader.py), so
what it needs to check the file before reading lives in this module.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path, PurePath

from ..domain.errors import DatabaseError

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000

# Every revision in migrations/versions, oldest first (a test checks this against the scripts).
# Knowing them here lets an up-to-date ledger open without importing Alembic (~0.2 s of start-up).
REVISIONS = ("0001", "0002", "0003")


def head_revision() -> str:
    return REVISIONS[-1]


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
        uri = "file:////" + uri[len("file://"):]
    return f"{uri}?{query}" if query else uri


def file_revision(path: Path) -> tuple[str | None, bool]:
    """(revision, has tables) of an SQLite file, read without writing a byte to it.

    Refuses a file that is not an SQLite database before SQLAlchemy (which would switch it
    to WAL) touches it.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None, False
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise DatabaseError("db_unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
    if header != SQLITE_HEADER:
        raise DatabaseError("db_not_ledger", path=str(path))
    try:
        # With no -wal file beside it, immutable=1 reads without creating -wal/-shm files;
        # with one, a read-only open is needed to see the changes it holds.
        has_wal = path.with_name(path.name + "-wal").exists()
        conn = sqlite3.connect(sqlite_uri(path.resolve(), "mode=ro" if has_wal else "immutable=1"), uri=True)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            rev = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                rev = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError("db_unreadable", path=str(path), reason=str(exc)) from exc
    return rev, bool(tables - {"alembic_version"})


def backup_sqlite(source: Path, dest: Path) -> Path:
    """A consistent copy of a live SQLite file through SQLite's backup API."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(sqlite_uri(Path(source).resolve(), "mode=ro"), uri=True)
    try:
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return dest


def refuse_foreign(rev: str | None, has_tables: bool, label: str) -> None:
    if rev is not None and rev not in known_revisions():
        raise DatabaseError("db_newer", path=label, revision=rev)
    if rev is None and has_tables:
        raise DatabaseError("db_not_ledger", path=label)
