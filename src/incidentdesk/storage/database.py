"""Opening a ledger: resolve the target, refuse what is not ours, back up, migrate, hand out sessions."""

from __future__ import annotations

import getpass
import logging
import os
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from ..domain.errors import DatabaseError, LedgerError
from .reader import Reader
from .sqlite_file import BUSY_TIMEOUT_MS, backup_sqlite, file_revision, head_revision, refuse_foreign

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


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


def _current_revision(engine: Engine) -> tuple[str | None, bool]:
    """(alembic revision, whether the database has any tables at all) of a server database."""
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        rev = None
        if "alembic_version" in tables:
            rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        conn.rollback()
    return rev, bool(tables - {"alembic_version"})


def reader_of(session: Session) -> Reader:
    """Plain SQL inside this session's transaction, for helpers shared with the ORM-free read path."""
    conn = session.connection()
    return Reader(conn.connection.dbapi_connection, qmark=conn.dialect.name == "sqlite")


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
    def reader(self) -> Iterator[Reader]:
        """Plain SQL (storage/reader.py) in one read transaction, as the memo command runs it without the ORM."""
        with self.read() as session:
            yield reader_of(session)

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

    def database(self) -> Database:
        """Itself: a Database can stand wherever the window expects a Ledger (storage/access.py)."""
        return self

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
        rev, has_tables = file_revision(path)
        refuse_foreign(rev, has_tables, str(path))
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
            refuse_foreign(rev, has_tables, label)
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
        with engine.connect() as conn:
            sqlite = engine.dialect.name == "sqlite"
            if sqlite:  # a batch migration rebuilds tables others refer to; references are checked below
                conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise DatabaseError("db_unreadable", path=label, reason="foreign key check failed after upgrade")
            if sqlite:
                conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = ON")
        if rev is not None:  # an existing ledger: fill the search index the new schema may lack
            from .search_index import rebuild

            with Session(engine) as session:
                rebuild(session)
                session.commit()
    log.info("opened %s", label)
    return Database(engine, label=label, actor=actor)

