"""The whole ledger as one versioned JSON document (docs/exchange-format.md), and back, all or nothing.

Both directions stream: export writes a record at a time from one consistent snapshot of the
ledger, and import checks the file completely in a scratch SQLite file (exchange/staging.py) before
copying it into the target in one transaction. Memory stays near a batch of rows plus the largest
attachment, whatever the ledger's size. The bytes written are those `json.dumps(document,
ensure_ascii=False, indent=1, sort_keys=True)` gives, so exports of equal ledgers are equal.
"""

from __future__ import annotations

import base64
import io
import json
import os
import tempfile
from contextlib import AbstractContextManager
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO, Protocol, TextIO
from collections.abc import Iterator

from sqlalchemy import bindparam, func, insert, select, text, update
from sqlmodel import Session, SQLModel

from ..domain.errors import LedgerError
from ..storage import search_index
from ..storage.database import Database, reader_of
from ..storage.models import (
    Attachment,
    AuditEvent,
    Claim,
    ClaimCheck,
    DataLocation,
    Decision,
    DecisionBasis,
    DecisionWithdrawal,
    ExternalService,
    Incident,
    IncidentUse,
    LedgerMeta,
    Memo,
    OrgSettings,
    Party,
    Request,
    RequestReport,
    ServiceParty,
    Source,
    Statement,
    StatementSource,
    TimelineEntry,
    TimelineSource,
    Use,
    table_name,
    table_of,
)
from ..storage.reader import Reader, is_empty
from ..storage.sqlite_file import head_revision, sync_file, sync_folder
from .staging import FORMAT, SUPPORTED_VERSIONS, Staged, pk, stage

VERSION = 3  # 2: the case model of migration 0003 (dates with a precision, chains, checks, withdrawals ...);
# 3: statements can be retired (migration 0005, statement.retired_on)
__all__ = [
    "FORMAT",
    "SUPPORTED_VERSIONS",
    "VERSION",
    "TABLES",
    "export_ledger",
    "write_export",
    "write_document",
    "import_file",
    "import_ledger",
    "check_file",
]

# Dependency order: a table only refers to tables before it (or to itself: a party's parent, a decision's
# predecessor, which may come later and are set once the whole table is in).
TABLES: tuple[type[SQLModel], ...] = (
    OrgSettings,
    Party,
    ExternalService,
    ServiceParty,
    Use,
    DataLocation,
    Incident,
    IncidentUse,
    Source,
    TimelineEntry,
    TimelineSource,
    Statement,
    StatementSource,
    Claim,
    ClaimCheck,
    Request,
    RequestReport,
    Decision,
    DecisionWithdrawal,
    DecisionBasis,
    Attachment,
    Memo,
    AuditEvent,
    LedgerMeta,
)
_BLOBS = (Attachment, Memo)


class Snapshotting(Protocol):
    def snapshot(self) -> AbstractContextManager[Reader]: ...


# -- export ----------------------------------------------------------------------------------


def _encode(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return value  # written in pieces by _write_record
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


_B64_PIECE = 3 * (1 << 18)  # bytes per base64 piece: a multiple of 3, so the pieces join without padding


def _write_record(out: TextIO, record: dict[str, Any]) -> None:
    """One record as json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) lays it out three levels
    deep, written field by field: a file is base64-encoded a piece at a time, so a 50 MB attachment never
    exists as a 67 MB string (let alone the copies a whole-record dumps would make)."""
    out.write("{")
    for n, key in enumerate(sorted(record)):
        out.write(("\n" if n == 0 else ",\n") + "    " + json.dumps(key, ensure_ascii=False) + ": ")
        value = record[key]
        if isinstance(value, (bytes, bytearray, memoryview)):
            data = memoryview(value)
            out.write('"')
            for start in range(0, len(data), _B64_PIECE):
                out.write(base64.b64encode(data[start : start + _B64_PIECE]).decode("ascii"))
            out.write('"')
        else:
            out.write(json.dumps(value, ensure_ascii=False))
    out.write("\n   }")


def _records(r: Reader, model: type[SQLModel]) -> Iterator[dict[str, Any]]:
    fields = list(model.model_fields)
    sql = f"SELECT {', '.join(fields)} FROM {table_name(model)} ORDER BY {pk(model)}"
    for row in r.stream(sql, batch=1 if model in _BLOBS else 500):
        yield {f: _encode(v) for f, v in zip(fields, row, strict=True)}


def write_document(r: Reader, out: TextIO) -> dict[str, int]:
    """Write the whole ledger readable through `r` to `out`; returns rows per table.

    Laid out exactly as json.dumps(..., indent=1, sort_keys=True) lays out the whole document (a test
    compares them), one record at a time: a record sits three levels deep, so its fields are indented
    by four spaces and its closing brace by three (its text values never hold a raw line break).
    """
    counts: dict[str, int] = {}
    out.write(
        "{\n" + f' "format": {json.dumps(FORMAT)},\n "schema_revision": {json.dumps(head_revision())},\n "tables": {{\n'
    )
    ordered = sorted(TABLES, key=table_name)
    for n, model in enumerate(ordered):
        name = table_name(model)
        out.write(f"  {json.dumps(name, ensure_ascii=False)}: ")
        count = 0
        for record in _records(r, model):
            out.write("[\n   " if count == 0 else ",\n   ")
            _write_record(out, record)
            count += 1
        out.write("[]" if count == 0 else "\n  ]")
        out.write(",\n" if n < len(ordered) - 1 else "\n")
        counts[name] = count
    out.write(f' }},\n "version": {VERSION}\n}}\n')
    return counts


def export_ledger(db: Snapshotting) -> dict[str, Any]:
    """The whole export as a dict (for tests and small ledgers; files are written with write_export)."""
    buffer = io.StringIO()
    with db.snapshot() as r:
        write_document(r, buffer)
    exported: dict[str, Any] = json.loads(buffer.getvalue())
    return exported


def write_export(db: Snapshotting, path: Path) -> Path:
    """Write the export next to `path` first and move it into place, so a failure leaves no half file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".export-{os.getpid()}-", dir=path.parent)  # its owner, for sweep()
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh, db.snapshot() as r:
            write_document(r, fh)
        sync_file(Path(tmp))
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp's 0600 would hide the export from colleagues
        os.replace(tmp, path)
        sync_folder(path.parent)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


# -- import ----------------------------------------------------------------------------------


def check_file(path: Path) -> dict[str, int]:
    """Every check import makes, without a target: rows per table, or LedgerError (a backup's read-back)."""
    with _open(path) as fh, stage(fh, TABLES) as staged:
        return dict(staged.counts)


def _open(path: Path) -> BinaryIO:
    try:
        return Path(path).open("rb")
    except OSError as exc:
        raise LedgerError(
            "import_bad_file", reason=f"{exc.strerror or exc} ({path})", reason_ja=f"{exc.strerror or exc}({path})"
        ) from None


def import_file(db: Database, path: Path) -> dict[str, int]:
    """Check the whole export, then load it into this empty ledger in one transaction; rows per table."""
    with db.reader() as r:  # refused before a large file is read
        if not is_empty(r):
            raise LedgerError("ledger_not_empty")
    with _open(path) as fh:
        return import_stream(db, fh)


def import_ledger(db: Database, document: Any) -> dict[str, int]:
    """The same for a document already in memory (tests; a lone surrogate stays escaped, as in a file)."""
    try:
        data = json.dumps(document, ensure_ascii=True).encode("ascii")
    except (RecursionError, ValueError, TypeError) as exc:
        raise LedgerError(
            "import_bad_file",
            reason=f"not a JSON document ({type(exc).__name__})",
            reason_ja="JSON の文書として書けない値があります",
        ) from None
    return import_stream(db, io.BytesIO(data))


def import_stream(db: Database, fh: BinaryIO) -> dict[str, int]:
    try:
        staged = stage(fh, TABLES)
    except LedgerError as exc:
        older = _older_version(exc)
        if older is None or not fh.seekable():
            raise
        from . import legacy  # an export of an older version: upgraded through the migrations first

        fh.seek(0)
        with legacy.upgraded(fh, older) as current:
            return import_stream(db, current)
    with staged:
        with db.write() as s:
            if not is_empty(reader_of(s)):
                raise LedgerError("ledger_not_empty")
            _copy(s, staged)
            _reset_sequences(s)
            search_index.rebuild(s)
        return {table_name(model): staged.counts[table_name(model)] for model in TABLES}


def _older_version(exc: LedgerError) -> int | None:
    """The version of an older export that staging refused only for its version, else None."""
    from .legacy import REVISION_OF

    if exc.code != "import_bad_version":
        return None
    version = str(exc.params.get("version", ""))
    return int(version) if version.isdigit() and int(version) in REVISION_OF else None


def _self_references(model: type[SQLModel]) -> list[str]:
    table = table_of(model)
    return [c.name for c in table.columns for fk in c.foreign_keys if fk.column.table is table]


def _copy(s: Session, staged: Staged) -> None:
    """Insert every checked row, table by table in dependency order, in batches.

    A reference to a later row of the same table (a party whose parent was entered after it) is
    inserted empty and set once the table is complete, so every foreign key holds at every statement
    on both databases without deferring constraints.
    """
    if staged.counts["org_settings"] and s.get(OrgSettings, 1) is not None:
        s.delete(s.get(OrgSettings, 1))
        s.flush()
    for model in TABLES:
        selfrefs = _self_references(model)
        later: list[dict[str, Any]] = []
        batch: list[dict[str, Any]] = []
        size = 0
        for row in staged.rows(model):
            values = row._asdict()
            for name in selfrefs:
                if values[name] is not None and values[name] >= values["id"]:
                    later.append({"_id": values["id"], "_value": values[name], "_name": name})
                    values[name] = None
            batch.append(values)
            size += len(values.get("data") or values.get("pdf") or b"")
            if len(batch) >= 1000 or size >= 4 << 20:  # a large file goes alone
                s.execute(insert(table_of(model)), batch)
                batch, size = [], 0
        if batch:
            s.execute(insert(table_of(model)), batch)
        for name in selfrefs:
            pending = [{"_id": x["_id"], "_value": x["_value"]} for x in later if x["_name"] == name]
            if pending:
                table = table_of(model)
                s.execute(
                    update(table).where(table.c.id == bindparam("_id")).values({name: bindparam("_value")}), pending
                )


def _reset_sequences(session: Session) -> None:
    """PostgreSQL hands out ids from sequences that explicit ids do not move."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for model in TABLES:
        if pk(model) != "id":
            continue
        table = table_name(model)
        top = session.execute(select(func.max(table_of(model).c.id))).scalar()
        if top:
            session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), :n)"), {"n": top})
