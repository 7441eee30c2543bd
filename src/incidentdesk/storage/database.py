"""Opening a ledger: resolve the target, refuse what is not ours, back up, migrate, hand out sessions."""

from __future__ import annotations

import getpass
import logging
import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from ..domain.errors import DatabaseError, LedgerError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000

# Every revision in migrations/versions, oldest first (a test checks this against the scripts).
# Knowing them here lets an up-to-date ledger open without importing Alembic (~0.2 s of start-up).
REVISIONS = ("0001", "0002")


def to_url(target: str) -> str:
    """A path becomes an SQLite URL; anything with a scheme is used as it is."""
    if "://" in target:
        return target
    return "sqlite:///" + str(Path(target).expanduser().resolve())


def alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return REVISIONS[-1]


def known_revisions() -> set[str]:
    return set(REVISIONS)


def _install_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        dbapi_conn.isolation_level = None  # let the "begin" hook below issue BEGIN itself
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if engine.url.database not in (None, "", ":memory:"):
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        # Writers take the lock up front, so two writers queue instead of failing mid-way.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")


def _sqlite_file_revision(path: Path) -> tuple[str | None, bool]:
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
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{'mode=ro' if has_wal else 'immutable=1'}", uri=True)
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


def _current_revision(engine: Engine) -> tuple[str | None, bool]:
    """(alembic revision, whether the database has any tables at all) of a server database."""
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        rev = None
        if "alembic_version" in tables:
            rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        conn.rollback()
    return rev, bool(tables - {"alembic_version"})


def backup_sqlite(source: Path, dest: Path) -> Path:
    """A consistent copy of a live SQLite file through SQLite's backup API."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return dest


def _refuse_foreign(rev: str | None, has_tables: bool, label: str) -> None:
    if rev is not None and rev not in known_revisions():
        raise DatabaseError("db_newer", path=label, revision=rev)
    if rev is None and has_tables:
        raise DatabaseError("db_not_ledger", path=label)


class Database:
    """An open ledger: the engine, who is acting, and transactions."""

    def __init__(self, engine: Engine, *, label: str, actor: str | None = None):
        self.engine = engine
        self.label = label
        self.actor = actor or os_user()
        self._writer = engine.execution_options(write=True) if self.is_sqlite else engine

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        db = self.engine.url.database
        return Path(db) if self.is_sqlite and db and db != ":memory:" else None

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
            finally:
                # Detach first: a rollback expires every loaded row, and callers use them after the block.
                session.expunge_all()
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: commits if the block ends normally, rolls everything back otherwise."""
        try:
            with Session(self._writer, expire_on_commit=False) as session:
                if not self.is_sqlite:
                    # One writer at a time keeps the audit chain linear on a shared server.
                    session.execute(text("SELECT pg_advisory_xact_lock(7240321)"))
                yield session
                session.commit()
        except OperationalError as exc:
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                raise LedgerError("db_locked") from exc
            raise

    def close(self) -> None:
        self.engine.dispose()


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - getuser raises various errors without a login name
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"


def open_database(target: str, *, backup_dir: Path | None = None, actor: str | None = None,
                  migrate: bool = True) -> Database:
    """Open (creating if needed) the ledger at `target`, a path or a SQLAlchemy URL.

    A file that is not a ledger, or a ledger from a newer version, raises DatabaseError and
    is not written to. An older ledger is copied to `backup_dir` before it is migrated.
    """
    url = make_url(to_url(target))
    path: Path | None = None
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database)
        rev, has_tables = _sqlite_file_revision(path)
        _refuse_foreign(rev, has_tables, str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
    connect_args = {}
    if url.get_backend_name() == "postgresql":
        # The timestamp columns carry no zone: with a server in Asia/Tokyo, aware UTC values would be
        # stored as Tokyo wall-clock time and read back 9 hours off. UTC sessions store UTC.
        connect_args["options"] = "-c timezone=UTC"
    engine = create_engine(url, pool_pre_ping=url.get_backend_name() != "sqlite", connect_args=connect_args)
    if engine.dialect.name == "sqlite":
        _install_sqlite_pragmas(engine)
    label = str(path) if path else url.render_as_string(hide_password=True)
    if path is None:
        try:
            rev, has_tables = _current_revision(engine)
            _refuse_foreign(rev, has_tables, label)
        except OperationalError as exc:
            engine.dispose()
            raise DatabaseError("db_unreadable", path=label, reason=str(exc.orig)) from exc
        except DatabaseError:
            engine.dispose()
            raise
    head = head_revision()
    if migrate and rev != head:
        if rev is not None and path is not None:
            stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
            copy = backup_sqlite(path, (backup_dir or path.parent) / f"{path.stem}.before-{head}.{stamp}{path.suffix}")
            log.info("backed up %s to %s before migrating", path, copy)
        log.info("migrating %s from %s to %s", label, rev or "empty", head)
        from alembic import command

        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        if rev is not None:  # an existing ledger: fill the search index the new schema may lack
            from .search_index import rebuild

            with Session(engine) as session:
                rebuild(session)
                session.commit()
    log.info("opened %s", label)
    return Database(engine, label=label, actor=actor)

