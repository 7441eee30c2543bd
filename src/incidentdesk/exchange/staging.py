"""An import file checked completely before anything is written: every record loaded into a scratch SQLite file,
then the same checks `verify` makes run there. Only a file that passes is copied into the target ledger.

The scratch file keeps memory flat whatever the export's size (a record at a time comes from the
stream, and SQLite does the rest on disk), lets the database itself find duplicate ids and names and
dangling references, and lets `storage.ledger_check` replay the file's audit trail against its rows
exactly as it does for a live ledger. It is deleted when the import ends, whatever the outcome.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import shutil
import sqlite3
import tempfile
from array import array
from dataclasses import dataclass
from datetime import date, datetime, UTC
from functools import lru_cache, cache
from pathlib import Path
from typing import Any, BinaryIO, get_args
from collections.abc import Iterator

from sqlalchemy import BigInteger, Integer
from sqlmodel import SQLModel

from ..domain import validation
from ..domain.errors import LedgerError
from ..domain.inputs import BY_TABLE
from ..storage import ledger_check
from ..storage.models import Attachment, LedgerMeta, Memo, limits, table_name, table_of
from ..storage.reader import Reader, Row
from .json_stream import BadJson, Stream

FORMAT = "incidentdesk-ledger"
SUPPORTED_VERSIONS = (3,)  # staged directly; older files are upgraded on the way in (exchange/legacy.py)
IMPORTABLE_VERSIONS = (1, 2, 3)
BATCH = 1000
BLOB_BATCH_BYTES = 4 << 20  # a batch of attachments is written once it holds this much (a large file alone)


class _Bad(Exception):
    """Why one record is refused, in English and Japanese."""

    def __init__(self, en: str, ja: str):
        super().__init__(en)
        self.ja = ja


def pk(model: type[SQLModel]) -> str:
    return table_of(model).primary_key.columns.keys()[0]


# -- one record ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Field:
    """What a table's field accepts, worked out once per table (an import checks every field of every record)."""

    name: str
    kind: type
    optional: bool
    low: int
    high: int
    limit: int | None


@cache
def _fields_of(model: type[SQLModel]) -> tuple[_Field, ...]:
    lengths = limits(table_name(model))
    if table_name(model) == "audit_event":  # old/new hold a whole row as JSON: longer than any one field
        lengths = {k: v for k, v in lengths.items() if k not in ("old", "new")}
    out = []
    for name, info in model.model_fields.items():
        args = get_args(info.annotation) or (info.annotation,)
        types = [t for t in args if t is not type(None)]
        column = table_of(model).columns[name]
        bits = 63 if isinstance(column.type, BigInteger) or not isinstance(column.type, Integer) else 31
        out.append(_Field(name, types[0], len(types) < len(args), -(2**bits), 2**bits - 1, lengths.get(name)))
    return tuple(out)


def _convert(field: _Field, value: Any) -> Any:
    """Turn one JSON value into the field's Python type, or raise _Bad saying why."""
    name, kind = field.name, field.kind
    if value is None:
        if field.optional:
            return None
        raise _Bad("null is not allowed", "空(null)は指定できません")
    if kind is str and type(value) is str:  # the common case first
        return _storable(name, value)
    if kind is bytes and isinstance(value, bytes):  # decoded from base64 by the reader (json never gives bytes)
        return value
    shown = repr(value)[:60]
    if kind is bool:
        if not isinstance(value, bool):
            raise _Bad(f"expected true/false, got {shown}", f"true/false が必要です(値: {shown})")
        return value
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _Bad(f"expected an integer, got {shown}", f"整数が必要です(値: {shown})")
        if not field.low <= value <= field.high:
            raise _Bad(f"the integer {shown} is out of range", f"整数 {shown} が範囲外です")
        return value
    if not isinstance(value, str):
        raise _Bad(f"expected text, got {shown}", f"文字列が必要です(値: {shown})")
    value = _storable(name, value)
    try:
        if kind is datetime:
            moment = datetime.fromisoformat(value)
            if moment.utcoffset() is None:
                raise _Bad(f"the date-time {shown} has no time zone", f"日時 {shown} にタイムゾーンがありません")
            return moment
        if kind is date:
            return date.fromisoformat(value)
        if kind is bytes:
            return base64.b64decode(value.encode("ascii"), validate=True)
    except (ValueError, TypeError, binascii.Error, UnicodeError) as exc:
        raise _Bad(
            f"cannot read {shown} as {kind.__name__}: {str(exc)[:80]}",
            f"{shown} を {kind.__name__} として読み取れません",
        ) from None
    raise _Bad(f"unsupported field type {kind!r}", f"対応していない項目の型です({kind!r})")


def _storable(name: str, value: str) -> str:
    try:
        return validation.storable(value, name)
    except LedgerError:
        raise _Bad(
            f"“{name}” holds a character that cannot be stored (NUL or half a surrogate pair)",
            f"「{name}」に保存できない文字(NUL または対になっていないサロゲート)があります",
        ) from None


def check_record(model: type[SQLModel], record: Any) -> dict[str, Any]:
    """One record with exactly the table's fields, each of the right type, length and rule; or _Bad."""
    if not isinstance(record, dict):
        raise _Bad("not an object", "オブジェクト形式ではありません")
    fields = _fields_of(model)
    if len(record) != len(fields) or any(f.name not in record for f in fields):
        unknown = set(record) - {f.name for f in fields}
        if unknown:
            names = ", ".join(sorted(str(u)[:40] for u in unknown))
            raise _Bad(f"unknown fields: {names}", f"不明な項目があります: {names}")
        missing = next(f.name for f in fields if f.name not in record)
        raise _Bad(f"missing field “{missing}”", f"項目「{missing}」がありません")
    row: dict[str, Any] = {}
    for field in fields:
        value = _convert(field, record[field.name])
        if field.limit and isinstance(value, str) and len(value) > field.limit:
            raise _Bad(
                f"“{field.name}” is longer than {field.limit} characters",
                f"「{field.name}」が{field.limit}文字を超えています",
            )
        row[field.name] = value
    key = row[pk(model)]
    if key is None or (isinstance(key, int) and key < 1):
        raise _Bad("missing or invalid primary key", "ID がないか不正です")
    _check_rules(model, row)
    if model is Attachment and hashlib.sha256(row["data"]).hexdigest() != row["sha256"]:
        raise _Bad("data does not match its SHA-256", "内容が SHA-256 と一致しません")
    if model is Memo and hashlib.sha256(row["pdf"]).hexdigest() != row["sha256"]:
        raise _Bad("PDF does not match its SHA-256", "PDF が SHA-256 と一致しません")
    if model is LedgerMeta and row["key"] == "audit_head" and ledger_check.parse_head(row["value"]) is None:
        raise _Bad("the chain head is not “<sequence>:<SHA-256>”", "操作履歴の末尾が「連番:SHA-256」の形ではありません")
    return row


def _check_rules(model: type[SQLModel], row: dict[str, Any]) -> None:
    """The rules the program applies when people type (domain/inputs.py), so an import cannot bring in
    what the forms would refuse; then the limits every text and date has."""
    table = table_name(model)
    for kind in BY_TABLE.get(table, ()):
        given = kind.from_values(row)
        try:
            cleaned = given.clean(limits(table))
        except LedgerError as exc:
            raise _Bad(exc.message("en"), exc.message("ja")) from None
        for name, value in cleaned.values().items():  # stored as the program stores it (a country as CN, not cn)
            if name in row and value != row[name]:
                raise _Bad(
                    f"“{name}” = {row[name]!r:.60} is not stored as the program stores it ({value!r:.60})",
                    f"「{name}」の値 {row[name]!r:.60} がプログラムの保存形式({value!r:.60})と異なります",
                )
    for name, value in row.items():  # lengths were checked with the record's fields
        day = value.date() if isinstance(value, datetime) else value if isinstance(value, date) else None
        if day is not None and not validation.MIN_DATE <= day <= validation.MAX_DATE:
            raise _Bad(
                f"“{name}” = {value} is outside {validation.MIN_DATE.year}–{validation.MAX_DATE.year}",
                f"「{name}」の日付 {value} が範囲外です({validation.MIN_DATE.year}年〜{validation.MAX_DATE.year}年)",
            )


_BLOB_FIELDS = {"attachment": ("data",), "memo": ("pdf",)}


def _blob_record(st: Stream, blobs: tuple[str, ...]) -> dict[str, Any]:
    """A record holding a file, read field by field: the file's base64 is decoded straight from the read buffer
    (exchange/json_stream.py), so a 50 MB attachment costs about its size, not five times it."""
    record: dict[str, Any] = {}

    def field(key: str) -> None:
        if key in record:
            raise BadJson(f"the field “{key[:40]}” appears twice", f"項目「{key[:40]}」が二回あります")
        decoded = st.base64_value() if key in blobs else None
        record[key] = decoded if decoded is not None else st.value()

    st.members(field)
    return record


def _stored(value: Any) -> Any:
    """A value as SQLAlchemy keeps it in SQLite, so plain SQL reads the scratch file as it reads a ledger."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


# -- the whole file -----------------------------------------------------------------------


class Staged:
    """A checked import file in a scratch SQLite file: `rows(model)` to copy it, `close()` to delete it."""

    def __init__(self, tables: tuple[type[SQLModel], ...]):
        self.tables = tables
        self.by_name = {table_name(m): m for m in tables}
        self._dir = Path(tempfile.mkdtemp(prefix="incidentdesk-import-"))
        self.path = self._dir / "staging.db"
        self.counts: dict[str, int] = {table_name(m): 0 for m in tables}
        self._ids: dict[str, array[int]] = {table_name(m): array("q") for m in tables}
        self._seen_tables: set[str] = set()
        self._create()

    def _create(self) -> None:
        self.conn = sqlite3.connect(self.path, isolation_level=None)
        # Scratch: nothing here needs to survive a crash, and foreign keys are checked once at the end.
        self.conn.execute("PRAGMA journal_mode = OFF")
        self.conn.execute("PRAGMA synchronous = OFF")
        self.conn.execute("BEGIN")
        for statement in _schema(self.tables):
            self.conn.execute(statement)

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> Staged:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def reader(self) -> Reader:
        return Reader(self.conn)

    def rows(self, model: type[SQLModel]) -> Iterator[Row]:
        blob = model in (Attachment, Memo)
        yield from self.reader().stream(
            f"SELECT * FROM {table_name(model)} ORDER BY {pk(model)}", batch=1 if blob else 500
        )

    # -- loading --------------------------------------------------------------------------
    def load(self, fh: BinaryIO) -> None:
        """Read the whole document; the first problem raises LedgerError (ja/en) naming the record.

        One pass: exports sort "version" after "tables", so the records are loaded before the version is
        known. Should a record be refused then, the version is read first (the rest of the tables skipped), so a
        file of another version is reported as such and not by a record it was never meant to satisfy.
        """
        st = Stream(fh)
        header: dict[str, Any] = {}
        tables_at: list[int] = []
        refused: list[LedgerError] = []

        def member(key: str) -> None:
            if key in header or (key == "tables" and tables_at):
                raise LedgerError(
                    "import_bad_file", reason=f"“{key[:40]}” appears twice", reason_ja=f"「{key[:40]}」が二回あります"
                )
            if key == "tables":
                tables_at.append(st.offset())
                if "version" in header:
                    self._check_header(header)
                try:
                    self._tables(st)
                except LedgerError as exc:
                    if "version" in header:
                        raise
                    refused.append(exc)  # after the version, below
                    st.seek(tables_at[0])
                    st.skip()
            elif key in ("format", "version", "schema_revision"):
                header[key] = st.value()
            else:
                st.skip()

        try:
            st.members(member)
            if not st.at_end():
                raise st.error("more data after the document", "文書の後に余分なデータがあります")
        except BadJson as exc:
            raise LedgerError("import_bad_file", reason=str(exc), reason_ja=exc.ja) from None
        self._check_header(header)
        if refused:
            raise refused[0]
        if not tables_at:
            raise LedgerError("import_bad_file", reason="“tables” is missing", reason_ja="「tables」がありません")

    @staticmethod
    def _check_header(header: dict[str, Any]) -> None:
        if header.get("format") != FORMAT:
            raise LedgerError(
                "import_bad_file",
                reason=f"not an Incident Desk ledger export (format ≠ {FORMAT})",
                reason_ja=f"Incident Desk の台帳の書き出しではありません(format が {FORMAT} ではありません)",
            )
        version = header.get("version")
        if isinstance(version, bool) or version not in SUPPORTED_VERSIONS:
            raise LedgerError(
                "import_bad_version", version=repr(version)[:40], supported=", ".join(map(str, IMPORTABLE_VERSIONS))
            )

    def _tables(self, st: Stream) -> None:
        try:
            if st.peek() != ord("{"):
                raise LedgerError(
                    "import_bad_file",
                    reason="“tables” is not an object",
                    reason_ja="「tables」がオブジェクトではありません",
                )
            st.members(lambda name: self._table(st, name))
        except BadJson as exc:
            raise LedgerError("import_bad_file", reason=str(exc), reason_ja=exc.ja) from None

    def _table(self, st: Stream, name: str) -> None:
        model = self.by_name.get(name)
        if model is None:
            raise LedgerError(
                "import_bad_file", reason=f"unknown table “{name[:40]}”", reason_ja=f"不明な表「{name[:40]}」があります"
            )
        if name in self._seen_tables:
            raise LedgerError(
                "import_bad_file", reason=f"table “{name}” appears twice", reason_ja=f"表「{name}」が二回あります"
            )
        self._seen_tables.add(name)
        if st.peek() != ord("["):
            raise LedgerError(
                "import_bad_file", reason=f"“{name}” is not a list", reason_ja=f"「{name}」がリストではありません"
            )
        batch: list[dict[str, Any]] = []
        size = [0]

        blobs = _BLOB_FIELDS.get(name, ())

        def item() -> None:
            index = self.counts[name] + len(batch) + 1
            record = None
            try:
                record = _blob_record(st, blobs) if blobs and st.peek() == ord("{") else st.value()
                row = check_record(model, record)
            except (BadJson, _Bad) as exc:
                rid = record.get(pk(model)) if isinstance(record, dict) else None
                raise LedgerError(
                    "import_bad_record", section=name, index=index, id=_shown_id(rid), reason=str(exc), reason_ja=exc.ja
                ) from None
            batch.append(row)
            size[0] += len(row.get("data") or row.get("pdf") or b"")
            if len(batch) >= BATCH or size[0] >= BLOB_BATCH_BYTES:
                self._insert(model, batch)
                batch.clear()
                size[0] = 0

        st.items(item)
        self._insert(model, batch)

    def _insert(self, model: type[SQLModel], rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        table = table_name(model)
        names = list(model.model_fields)
        sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        values = [[_stored(row[n]) for n in names] for row in rows]
        try:
            self.conn.execute("SAVEPOINT batch")
            self.conn.executemany(sql, values)
            self.conn.execute("RELEASE batch")
        except sqlite3.IntegrityError:
            self.conn.execute("ROLLBACK TO batch")
            self.conn.execute("RELEASE batch")
            for offset, one in enumerate(values):  # find the record the database refused
                try:
                    self.conn.execute(sql, one)
                except sqlite3.IntegrityError as exc:
                    columns = str(exc).split(":", 1)[-1].strip().replace(f"{table}.", "")
                    index = self.counts[table] + offset + 1
                    raise LedgerError(
                        "import_bad_record",
                        section=table,
                        index=index,
                        id=_shown_id(rows[offset][pk(model)]),
                        reason=f"duplicate {columns}",
                        reason_ja=f"{columns} が重複しています",
                    ) from None
        key = pk(model)
        if key == "id":
            self._ids[table].extend(row[key] for row in rows)
        self.counts[table] += len(rows)

    def index_of(self, table: str, row_id: Any) -> int | None:
        """The record's position in the file (1-based), for messages about it."""
        try:
            return self._ids[table].index(row_id) + 1
        except (ValueError, TypeError, OverflowError):
            return None

    # -- the checks after loading --------------------------------------------------------
    def check(self) -> None:
        """References, then everything `verify` checks; the first problem raises LedgerError."""
        self._check_references()
        if (
            self.counts["audit_event"]
            and not self.conn.execute("SELECT count(*) FROM ledger_meta WHERE key = 'audit_head'").fetchone()[0]
        ):
            raise LedgerError(
                "import_bad_file",
                reason="the audit trail's head (ledger_meta “audit_head”) is missing, "
                "so its last events cannot be vouched for",
                reason_ja="操作履歴の末尾(ledger_meta の audit_head)がないため、最後の記録を確認できません",
            )
        report = ledger_check.check(self.reader(), integrity=False, search=False)
        if report.problem is None:
            return
        p = report.problem
        if p.kind in ("edited", "missing", "reordered", "head"):
            raise LedgerError("import_bad_audit", seq=p.seq if p.seq is not None else "-")
        raise LedgerError("import_fails_check", detail=p.describe("en"), detail_ja=p.describe("ja"))

    def _check_references(self) -> None:
        for model in self.tables:
            table = table_name(model)
            dangling = self.conn.execute(f"PRAGMA foreign_key_check({table})").fetchone()
            if dangling is None:
                continue
            _table, rowid, parent, fkid = dangling
            column = next(row[3] for row in self.conn.execute(f"PRAGMA foreign_key_list({table})") if row[0] == fkid)
            value = self.conn.execute(f"SELECT {column} FROM {table} WHERE rowid = ?", (rowid,)).fetchone()[0]
            raise LedgerError(
                "import_bad_record",
                section=table,
                index=self.index_of(table, rowid) or "?",
                id=rowid,
                reason=f"“{column}” refers to {parent} {value}, which is not in the file",
                reason_ja=f"「{column}」が参照する {parent} {value} がファイルにありません",
            )


@lru_cache(maxsize=4)
def _schema(tables: tuple[type[SQLModel], ...]) -> tuple[str, ...]:
    """The ledger tables' CREATE statements as SQLite takes them (the models' own DDL, compiled once)."""
    from sqlalchemy.dialects import sqlite as sqlite_dialect
    from sqlalchemy.schema import CreateIndex, CreateTable

    dialect = sqlite_dialect.dialect()
    out = []
    for model in tables:
        table = table_of(model)
        out.append(str(CreateTable(table).compile(dialect=dialect)))
        out += [str(CreateIndex(index).compile(dialect=dialect)) for index in table.indexes]
    return tuple(out)


def _shown_id(value: Any) -> Any:
    """An id as a message shows it: whatever the file held, cut short."""
    return value if isinstance(value, (int, str)) and len(str(value)) <= 40 else repr(value)[:40]


def stage(fh: BinaryIO, tables: tuple[type[SQLModel], ...]) -> Staged:
    """Load and check a whole export; the caller copies `rows()` out and closes it. Raises LedgerError."""
    staged = Staged(tables)
    try:
        staged.load(fh)
        staged.check()
    except BaseException:
        staged.close()
        raise
    return staged
