"""Plain SQL over the DB-API connection, for the read models that must not wait for the ORM.

Importing SQLAlchemy and SQLModel takes about 0.45 s on a two-core office PC, half of what a
memo command for 50 uses may take in all. So the reads the memo needs (services/overview.py)
are plain SQL run through a `Reader`:

- in the window, and on PostgreSQL, `Database.reader()` wraps the connection of an ORM session,
  so the SQL runs inside the same transaction as the ORM queries next to it;
- for the memo command on an up-to-date SQLite ledger, `open_read_only()` opens the file with
  the standard library alone, after the same checks `open_database` makes.

SQLite hands back dates as text and booleans as integers; PostgreSQL as Python objects. The
columns to convert are named below, and a test checks the names against storage/models.py.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections import namedtuple
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol, TypeAlias

from .sqlite_file import BUSY_TIMEOUT_MS, head_revision, inspect_file, recognise, sqlite_uri

DATE_COLUMNS = frozenset(
    {
        "answered_on",
        "checked_on",
        "closed_on",
        "decided_on",
        "due_on",
        "effective_until",
        "followers_as_of",
        "issued_on",
        "known_on",
        "made_on",
        "made_until",
        "next_review_on",
        "occurred_on",
        "occurred_until",
        "promised_by",
        "published_on",
        "published_until",
        "reported_on",
        "retired_on",
        "started_on",
        "valid_from",
        "valid_until",
        "withdrawn_on",
    }
)
BOOL_COLUMNS = frozenset({"handles_personal_data", "personal_data_leak", "unlawful_purpose"})
DATETIME_COLUMNS = frozenset({"added_at", "issued_at", "recorded_at"})  # aware UTC, as the ORM gives them
IN_CHUNK = 500  # values per IN list (SQLite allows 32,766 bound values, older builds 999)
STREAM_BATCH = 500  # rows per fetch when streaming a whole table
_cursor_names = itertools.count(1)

# A row: a named tuple made at run time whose fields are the query's column names (`row.id`, `row[0]`).
Row: TypeAlias = Any
Params: TypeAlias = Sequence[object]


def _day(value: Any) -> Any:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _flag(value: Any) -> Any:
    return value if value is None or isinstance(value, bool) else bool(value)


def _moment(value: Any) -> Any:
    """SQLite keeps '2021-03-24 01:00:00.000000' (UTC, no offset); PostgreSQL an aware datetime."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.utcoffset() is None else value.astimezone(UTC)
    return value


def _converter(name: str, sqlite: bool) -> Any:
    """What turns a stored value of the column into its Python value (never called for NULL). SQLite keeps
    a date as ISO text and a flag as 0/1, so the builtins do it without a Python frame per value (15,000 of
    them on a prefecture's first page)."""
    if name in DATE_COLUMNS:
        return date.fromisoformat if sqlite else _day
    if name in DATETIME_COLUMNS:
        return _moment
    return bool if sqlite else _flag


@lru_cache(maxsize=256)
def _record_type(names: tuple[str, ...]) -> Any:  # a namedtuple class
    return namedtuple("Record", names, rename=True)  # count(*) and the like become _0, _1, ...: use AS for a name


@lru_cache(maxsize=256)
def _converters(names: tuple[str, ...], sqlite: bool) -> tuple[tuple[int, Any], ...]:
    return tuple(
        (i, _converter(n, sqlite))
        for i, n in enumerate(names)
        if n in DATE_COLUMNS or n in BOOL_COLUMNS or n in DATETIME_COLUMNS
    )


def _convert(row: Sequence[object], convert: tuple[tuple[int, Any], ...]) -> list[object]:
    values = list(row)
    for i, fn in convert:
        value = values[i]
        if value is not None:  # most end dates and optional dates are empty: no call for them
            values[i] = fn(value)
    return values


def like_pattern(needle: str) -> str:
    """A LIKE pattern (escape character backslash) matching `needle` anywhere, lower-cased for lower(column)."""
    escaped = needle.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def placeholders(values: Sequence[object]) -> str:
    """'?, ?, ?' for an IN list of these values."""
    return ", ".join("?" * len(values))


class Reader:
    """Runs SELECTs written with ? placeholders; rows come back as named tuples with dates as dates."""

    def __init__(self, connection: Any, *, qmark: bool = True):
        self._conn = connection
        self._qmark = qmark

    @property
    def dialect(self) -> str:
        """'sqlite' or 'postgresql', for the few reads that differ (full-text search)."""
        return "sqlite" if self._qmark else "postgresql"

    def rows(self, sql: str, params: Params = ()) -> list[Row]:
        names, fetched = self._fetch(sql, params)
        return self._typed(names, fetched)

    def tuples(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        """Plain tuples, dates as dates, for a read whose columns are taken by position (pairs for a dict, ids
        for a set): no named-tuple class to make for its columns (58 µs each on the first page's 24 shapes)."""
        names, fetched = self._fetch(sql, params)
        convert = _converters(names, self._qmark)
        return [tuple(_convert(row, convert)) for row in fetched] if convert else fetched

    def tuples_in(self, sql: str, values: Iterable[object]) -> list[tuple[Any, ...]]:
        """tuples() of `sql` holding `IN ({in})`, in chunks as rows_in()."""
        return self._chunked(self.tuples, sql, values)

    def models(self, model: Any, sql: str, params: Params = ()) -> list[Any]:
        """Read models made straight from the rows by `model.from_columns` (domain/frozen.py): each column
        named as a field. No named tuple and no dict in between: 3,000 data locations of a prefecture's
        incident are read in a third of the time."""
        names, fetched = self._fetch(sql, params)
        convert = _converters(names, self._qmark)
        if convert:
            fetched = [_convert(row, convert) for row in fetched]
        return list(model.from_columns(names, fetched))

    def _fetch(self, sql: str, params: Params) -> tuple[tuple[str, ...], list[Any]]:
        if not self._qmark:  # psycopg: %s placeholders, and a literal % doubled
            sql = sql.replace("%", "%%").replace("?", "%s")
        cursor = self._conn.cursor()
        try:
            cursor.execute(sql, tuple(params))
            names = tuple(d[0] for d in cursor.description)
            fetched = cursor.fetchall()
        finally:
            cursor.close()
        return names, fetched

    def _typed(self, names: tuple[str, ...], fetched: Sequence[Sequence[object]]) -> list[Row]:
        record, convert = _record_type(names), _converters(names, self._qmark)
        if not convert:
            return [record._make(row) for row in fetched]
        return [record._make(_convert(row, convert)) for row in fetched]

    def stream(self, sql: str, params: Params = (), *, batch: int = STREAM_BATCH) -> Iterator[Row]:
        """Rows of a query of any size, a batch at a time, so memory does not grow with the table.

        PostgreSQL needs a server-side (named) cursor for that: a plain psycopg cursor fetches the whole
        result first. Both stay inside the caller's transaction, so a snapshot holds across streams.
        """
        if not self._qmark:
            sql = sql.replace("%", "%%").replace("?", "%s")
            # Binary transfer: bytea comes as its bytes, not as hex text twice their size.
            cursor = self._conn.cursor(name=f"incidentdesk_stream_{next(_cursor_names)}", binary=True)
        else:
            cursor = self._conn.cursor()
        try:
            cursor.execute(sql, tuple(params))
            names: tuple[str, ...] | None = None
            while True:
                fetched = cursor.fetchmany(batch)
                if not fetched:
                    break
                if names is None:
                    names = tuple(d[0] for d in cursor.description)
                yield from self._typed(names, fetched)
        finally:
            cursor.close()

    def rows_in(self, sql: str, values: Iterable[object]) -> list[Row]:
        """`sql` holding `IN ({in})`, run in chunks, so a list of any length stays under the drivers' limits."""
        return self._chunked(self.rows, sql, values)

    @staticmethod
    def _chunked(run: Any, sql: str, values: Iterable[object]) -> list[Any]:
        listed = list(values)
        out: list[Any] = []
        for start in range(0, len(listed), IN_CHUNK):
            chunk = listed[start : start + IN_CHUNK]
            out += run(sql.replace("{in}", placeholders(chunk)), chunk)
        return out

    def one(self, sql: str, params: Params = ()) -> Row | None:
        found = self.rows(sql, params)
        return found[0] if found else None

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.one(sql, params)
        return row[0] if row is not None else None


# What a ledger holds once anyone has used it (settings alone do not count: the sample and import set them).
CONTENT_TABLES = ("external_service", "party", "incident", "audit_event")


def is_empty(r: Reader) -> bool:
    """True for a ledger nobody has written to yet: the only kind import and the sample load into."""
    return all(r.scalar(f"SELECT count(*) FROM {table}") == 0 for table in CONTENT_TABLES)


class Readable(Protocol):
    """A Database, or a ReadOnlyLedger: anything that hands out a Reader for one read transaction."""

    label: str

    def reader(self) -> AbstractContextManager[Reader]: ...


class ReadOnlyLedger:
    """An up-to-date SQLite ledger opened for reading with the standard library only.

    It has what the read models need from a Database (`reader()`, `label`, `close()`), not sessions.
    """

    def __init__(self, path: Path):
        self.path = path
        self.label = str(path)
        self.read_only_file = False  # set when only a read-only open worked

    @property
    def sqlite_path(self) -> Path:
        return self.path

    @contextmanager
    def reader(self) -> Iterator[Reader]:
        conn = self._connect()
        try:
            yield Reader(conn)
        finally:
            conn.close()

    snapshot = reader  # one read transaction already sees the whole ledger at one moment

    def _connect(self) -> sqlite3.Connection:
        """A connection in a read transaction (one snapshot for every query of a read model).

        Read-write with query_only first: the last connection to close removes the -wal and -shm
        files as usual, where a mode=ro connection would leave them behind. A file or folder we may
        not write (a read-only share, a CD) needs mode=ro, or immutable=1 when there is no -wal
        whose changes it would miss and no -shm can be created to read it.
        """
        has_wal = self.path.with_name(self.path.name + "-wal").exists()
        attempts = [("", True), ("mode=ro", False)] + ([] if has_wal else [("immutable=1", False)])
        failure: sqlite3.Error | None = None
        for query, query_only in attempts:
            conn = sqlite3.connect(sqlite_uri(self.path, query), uri=True, isolation_level=None)
            try:
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                if query_only:
                    conn.execute("PRAGMA query_only = ON")
                conn.execute("BEGIN")
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens the file and the WAL now
                self.read_only_file = not query_only
                return conn
            except sqlite3.OperationalError as exc:
                conn.close()
                failure = exc
                if not any(w in str(exc).lower() for w in ("readonly", "unable to open", "read-only")):
                    raise
        assert failure is not None
        raise failure

    def close(self) -> None:
        """Nothing stays open between reads."""


def open_read_only(target: str) -> ReadOnlyLedger | None:
    """The SQLite ledger at `target` for reading without the ORM, or None when only `open_database` will do:
    a server URL, a file or an empty one not made a ledger yet, or an older schema to migrate first.

    A file that is not a ledger, or a newer one, is refused exactly as `open_database` refuses it.
    """
    if "://" in target:
        return None
    path = Path(target).expanduser().resolve()
    found = inspect_file(path)
    if recognise(found, str(path), "sqlite") != head_revision():
        return None
    return ReadOnlyLedger(path)
