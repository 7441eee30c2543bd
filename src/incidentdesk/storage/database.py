"""Opening a ledger: resolve the target, refuse what is not ours, back up, migrate, hand out sessions."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.pool import ConnectionPoolEntry
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session

from ..domain.errors import DatabaseError, LedgerError
from . import backup_files
from .actor import os_account, server_actor
from .failures import explain
from .reader import Reader
from .sqlite_file import APPLICATION_ID, BUSY_TIMEOUT_MS, Found, backup_sqlite, head_revision, inspect_file, recognise

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def to_url(target: str) -> str:
    """A path becomes an SQLite URL; anything with a scheme is used as it is."""
    if "://" in target:
        return target
    return "sqlite:///" + str(Path(target).expanduser().resolve())


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def _install_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
        dbapi_conn.isolation_level = None  # let the "begin" hook below issue BEGIN itself
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if engine.url.database not in (None, "", ":memory:"):
            cur.execute("PRAGMA journal_mode = WAL")
            # FULL syncs the WAL at every commit: a commit that was reported survives a power cut
            # (NORMAL may lose the last ones). docs/performance.md has its cost.
            cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the lock up front, so two writers queue instead of failing mid-way.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")


def _server_found(engine: Engine) -> Found:
    """What a server database holds (its tables and Alembic revision), read in a transaction rolled back."""
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        rev = None
        if "alembic_version" in tables:
            rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        conn.rollback()
    return Found(rev, frozenset(tables - {"alembic_version"}))


def reader_of(session: Session) -> Reader:
    """Plain SQL inside this session's transaction, for helpers shared with the ORM-free read path."""
    conn = session.connection()
    return Reader(conn.connection.dbapi_connection, qmark=conn.dialect.name == "sqlite")


class Database:
    """An open ledger: the engine, who is acting, and transactions."""

    def __init__(self, engine: Engine, *, label: str, actor: str | None = None):
        self.engine = engine
        self.label = label
        self.actor = actor or os_account()
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
    def snapshot(self) -> Iterator[Reader]:
        """Plain SQL over one consistent, read-only view of the whole ledger, for backup, export and verify.

        PostgreSQL's default READ COMMITTED gives every statement its own moment, so tables read one after
        the other while someone writes would not fit together (a claim without its statement); REPEATABLE
        READ gives the whole transaction the moment of its first statement. SQLite's WAL does that anyway.
        """
        options = {} if self.is_sqlite else {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
        with self.engine.connect() as plain:
            conn = plain.execution_options(**options)
            with conn.begin() as transaction:
                try:
                    yield Reader(conn.connection.dbapi_connection, qmark=self.is_sqlite)
                finally:
                    transaction.rollback()

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
            explained = explain(exc, self.label)
            if explained is not None:
                raise explained from exc
            raise

    def database(self) -> Database:
        """Itself: a Database can stand wherever the window expects a Ledger (storage/access.py)."""
        return self

    def close(self) -> None:
        self.engine.dispose()


def missing_ledger(label: str, *, server: bool = False) -> DatabaseError:
    """The error for a read of a ledger that is not there: no file, an empty file, an empty database."""
    if server:
        return DatabaseError("db_no_ledger", path=label)
    return DatabaseError("db_empty_file" if Path(label).exists() else "db_missing", path=label)


def open_database(
    target: str, *, backup_dir: Path | None = None, actor: str | None = None, migrate: bool = True, create: bool = True
) -> Database:
    """Open the ledger at `target`, a path or a SQLAlchemy URL; `create` allows making a new one there.

    A file or database that is not a ledger, or a ledger from a newer version, raises DatabaseError
    and is not written to. An older ledger is copied to `backup_dir` before it is migrated. Without
    `create`, a missing or empty target raises DatabaseError naming it, and nothing is created.
    """
    url = make_url(to_url(target))
    path: Path | None = None
    found: Found | None = None
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database)
        found = inspect_file(path)
        rev = recognise(found, str(path), "sqlite")
        if rev is None:
            if not create:
                raise missing_ledger(str(path))
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:  # a folder on a read-only share, a path under a regular file
                raise DatabaseError("db_cannot_create", path=str(path), reason=exc.strerror or str(exc)) from exc
    connect_args = {}
    if url.get_backend_name() == "postgresql":
        # The timestamp columns carry no zone: with a server in Asia/Tokyo, aware UTC values would be
        # stored as Tokyo wall-clock time and read back 9 hours off. UTC sessions store UTC.
        connect_args["options"] = "-c timezone=UTC"
    # hide_parameters: an error's text never carries the row's values (ledger text) into a message or the log.
    engine = create_engine(
        url, pool_pre_ping=url.get_backend_name() != "sqlite", connect_args=connect_args, hide_parameters=True
    )
    if engine.dialect.name == "sqlite":
        _install_sqlite_pragmas(engine)
    label = str(path) if path else url.render_as_string(hide_password=True)
    try:
        if path is None:
            found = _server_found(engine)
            rev = recognise(found, label, engine.dialect.name)
            if rev is None and not create:
                raise missing_ledger(label, server=True)
        if migrate and rev != head_revision():
            _upgrade(engine, path, rev, backup_dir, label)
        elif path is not None and found is not None:
            _settle(engine, found)
        if actor is None and not engine.dialect.name == "sqlite":
            with engine.connect() as conn:
                actor = server_actor(conn.execute(text("SELECT session_user")).scalar_one())
                conn.rollback()
    except (LedgerError, DBAPIError, OSError) as exc:
        engine.dispose()
        if isinstance(exc, LedgerError):
            raise
        explained = explain(exc, label)
        if explained is None:
            raise
        raise explained from exc
    log.info("opened %s", label)
    return Database(engine, label=label, actor=actor)


def _upgrade(engine: Engine, path: Path | None, rev: str | None, backup_dir: Path | None, label: str) -> None:
    """Create or upgrade the schema, fill the search index and mark the file as ours, in ONE transaction.

    A kill or power cut at any moment leaves the ledger either as it was or fully upgraded and indexed:
    SQLite and PostgreSQL both roll back DDL with the rest of an unfinished transaction.
    """
    head = head_revision()
    if rev is not None and path is not None:
        folder = backup_dir or path.parent
        reserved = backup_files.reserve(folder, path.stem, path.suffix, middle=f".before-{head}.")
        try:
            copy = backup_sqlite(path, reserved)
        finally:
            backup_files.release(reserved)
        log.info("backed up %s to %s before migrating", path, copy)
    log.info("migrating %s from %s to %s", label, rev or "empty", head)
    from alembic import command

    cfg = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    writer = engine.execution_options(write=True) if sqlite else engine
    with writer.connect() as conn:
        # PRAGMA foreign_keys only takes effect outside a transaction: on the driver's connection, not through
        # SQLAlchemy's (which would begin one).
        raw = conn.connection.dbapi_connection if sqlite else None
        if sqlite:  # a batch migration rebuilds tables others refer to; references are checked before commit
            assert raw is not None  # an open Connection has its driver connection
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise DatabaseError(
                        "db_unreadable",
                        path=label,
                        reason="foreign key check failed after upgrade",
                        reason_ja="更新後の参照の検査に合格しません",
                    )
                if rev is not None:  # an existing ledger: fill the search index the new schema may lack
                    from .search_index import rebuild

                    with Session(bind=conn) as session:
                        rebuild(session)
                        session.flush()
                if sqlite:
                    conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")


def _settle(engine: Engine, found: Found) -> None:
    """An up-to-date SQLite ledger from before the application id: mark it; one whose search index an
    interrupted upgrade of an older version left empty: fill it. Neither is possible on a read-only file,
    which stays as it is (reading it needs neither)."""
    from .search_index import needs_rebuild, rebuild

    with Session(engine) as session:
        reindex = needs_rebuild(session)
        session.rollback()
    if found.application_id == APPLICATION_ID and not reindex:
        return
    try:
        with engine.execution_options(write=True).begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            if reindex:
                log.warning("search index empty while records exist: rebuilding it")
                with Session(bind=conn) as session:
                    rebuild(session)
                    session.flush()
    except OperationalError as exc:
        explained = explain(exc)
        if explained is None or explained.code != "db_read_only":
            raise
        log.info("ledger is read-only; not marked or reindexed")
