"""The whole ledger as one versioned JSON document (docs/exchange-format.md), and back, all or nothing."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any, get_args

from sqlalchemy import UniqueConstraint, func, insert, text
from sqlmodel import Session, SQLModel, select

from ..domain import validation
from ..domain.errors import LedgerError
from ..domain.inputs import BY_TABLE
from ..storage import audit_chain, search_index
from ..storage.database import Database
from ..storage.models import (Attachment, AuditEvent, Claim, ClaimCheck, DataLocation, Decision, DecisionBasis,
                              DecisionWithdrawal, ExternalService, Incident, IncidentUse, LedgerMeta, Memo,
                              OrgSettings, Party, Request, RequestReport, ServiceParty, Source, Statement,
                              StatementSource, TimelineEntry, TimelineSource, Use, limits)
from ..storage.reader import is_empty
from ..storage.sqlite_file import head_revision

FORMAT = "incidentdesk-ledger"
VERSION = 2  # 2: the case model of migration 0003 (dates with a precision, chains, checks, withdrawals ...)
SUPPORTED_VERSIONS = (2,)

# Dependency order: a table only refers to tables before it (or to itself).
TABLES: tuple[type[SQLModel], ...] = (
    OrgSettings, Party, ExternalService, ServiceParty, Use, DataLocation, Incident, IncidentUse, Source,
    TimelineEntry, TimelineSource, Statement, StatementSource, Claim, ClaimCheck, Request, RequestReport, Decision,
    DecisionWithdrawal, DecisionBasis, Attachment, Memo, AuditEvent, LedgerMeta,
)

def _pk(model: type[SQLModel]) -> str:
    return model.__table__.primary_key.columns.keys()[0]


def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def export_ledger(db: Database) -> dict[str, Any]:
    """Every table's rows in primary-key order. No timestamps of its own, so equal ledgers export equal."""
    tables: dict[str, list[dict[str, Any]]] = {}
    with db.read() as s:
        for model in TABLES:
            fields = list(model.model_fields)
            rows = s.exec(select(model).order_by(getattr(model, _pk(model)))).all()
            tables[model.__tablename__] = [{f: _encode(getattr(r, f)) for f in fields} for r in rows]
    return {"format": FORMAT, "version": VERSION, "schema_revision": head_revision(), "tables": tables}


def write_export(db: Database, path: Path) -> Path:
    """Write the export next to `path` first and move it into place, so a failure leaves no half file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(export_ledger(db), ensure_ascii=False, indent=1, sort_keys=True)
    fd, tmp = tempfile.mkstemp(prefix=".export-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data + "\n")
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp's 0600 would hide the export from colleagues
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


# -- import ----------------------------------------------------------------------

class _Bad(Exception):
    """Why one record is refused, in English and Japanese."""

    def __init__(self, en: str, ja: str):
        super().__init__(en)
        self.ja = ja


def _convert(annotation: Any, value: Any) -> Any:
    """Turn one JSON value into the field's Python type, or raise _Bad saying why."""
    types = [t for t in (get_args(annotation) or (annotation,)) if t is not type(None)]
    if value is None:
        if len(types) < len(get_args(annotation) or (annotation,)):
            return None
        raise _Bad("null is not allowed", "空(null)は指定できません")
    kind = types[0]
    try:
        if kind is bool:
            if not isinstance(value, bool):
                raise _Bad(f"expected true/false, got {value!r}", f"true/false が必要です(値: {value!r})")
            return value
        if kind is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise _Bad(f"expected an integer, got {value!r}", f"整数が必要です(値: {value!r})")
            return value
        if kind is str:
            if not isinstance(value, str):
                raise _Bad(f"expected text, got {value!r}", f"文字列が必要です(値: {value!r})")
            return value
        if kind is datetime:
            return datetime.fromisoformat(value)
        if kind is date:
            return date.fromisoformat(value)
        if kind is bytes:
            return base64.b64decode(value.encode("ascii"), validate=True)
    except (ValueError, TypeError, AttributeError) as exc:
        raise _Bad(f"cannot read {value!r} as {kind.__name__}: {exc}", f"{value!r} を {kind.__name__} として読み取れません") from None
    raise _Bad(f"unsupported field type {kind!r}", f"対応していない項目の型です({kind!r})")


def _max_len(model: type[SQLModel], field: str) -> int | None:
    column = model.__table__.columns.get(field)
    return getattr(column.type, "length", None) if column is not None else None


def _unique_sets(model: type[SQLModel]) -> list[tuple[str, ...]]:
    sets = [tuple(c.name for c in con.columns) for con in model.__table__.constraints
            if isinstance(con, UniqueConstraint)]
    sets += [(c.name,) for c in model.__table__.columns if c.unique]
    sets += [(idx.columns.keys()[0],) for idx in model.__table__.indexes if idx.unique and len(idx.columns) == 1]
    return list(dict.fromkeys(sets))


def _foreign_keys(model: type[SQLModel]) -> dict[str, str]:
    return {c.name: next(iter(c.foreign_keys)).column.table.name for c in model.__table__.columns if c.foreign_keys}


def _check_record(model, index: int, record: Any, ids: dict[str, set], seen_unique: dict) -> dict[str, Any]:
    table = model.__tablename__
    if not isinstance(record, dict):
        raise _Bad("not an object", "オブジェクト形式ではありません")
    fields = model.model_fields
    unknown = set(record) - set(fields)
    if unknown:
        raise _Bad(f"unknown fields: {', '.join(sorted(unknown))}", f"不明な項目があります: {', '.join(sorted(unknown))}")
    row: dict[str, Any] = {}
    for name, info in fields.items():
        if name not in record:
            raise _Bad(f"missing field “{name}”", f"項目「{name}」がありません")
        value = _convert(info.annotation, record[name])
        limit = _max_len(model, name)
        if isinstance(value, str) and limit and len(value) > limit:
            raise _Bad(f"“{name}” is longer than {limit} characters", f"「{name}」が{limit}文字を超えています")
        row[name] = value
    if row[_pk(model)] is None:
        raise _Bad("missing primary key", "ID がありません")
    for name, target in _foreign_keys(model).items():
        if row[name] is not None and row[name] not in ids[target]:
            raise _Bad(f"“{name}” refers to {target} {row[name]}, which is not in the file", f"「{name}」が参照する {target} {row[name]} がファイルにありません")
    for columns in _unique_sets(model) + [(_pk(model),)]:
        key = (table, columns, tuple(row[c] for c in columns))
        if None in key[2]:
            continue
        if key in seen_unique:
            raise _Bad(f"duplicate {', '.join(columns)} = {key[2]}", f"{', '.join(columns)} = {key[2]} が重複しています")
        seen_unique[key] = True
    _check_rules(model, row)
    if model is Attachment and hashlib.sha256(row["data"]).hexdigest() != row["sha256"]:
        raise _Bad("data does not match its SHA-256", "内容が SHA-256 と一致しません")
    if model is Memo and hashlib.sha256(row["pdf"]).hexdigest() != row["sha256"]:
        raise _Bad("PDF does not match its SHA-256", "PDF が SHA-256 と一致しません")
    return row


def _check_rules(model: type[SQLModel], row: dict[str, Any]) -> None:
    """The rules the program applies when people type (domain/inputs.py), so an import cannot bring in
    what the forms would refuse; then the limits every text and date has."""
    table = model.__tablename__
    for kind in BY_TABLE.get(table, ()):
        given = kind.from_values(row)
        try:
            cleaned = given.clean(limits(table))
        except LedgerError as exc:
            raise _Bad(exc.message("en"), exc.message("ja")) from None
        for name, value in cleaned.values().items():  # stored as the program stores it (a country as CN, not cn)
            if name in row and value != row[name]:
                raise _Bad(f"“{name}” = {row[name]!r} is not stored as the program stores it ({value!r})",
                           f"「{name}」の値 {row[name]!r} がプログラムの保存形式({value!r})と異なります")
    for name, value in row.items():
        # An audit event's old/new hold a whole row as JSON, so they may be longer than any one field.
        if isinstance(value, str) and len(value) > validation.LONG and model is not AuditEvent:
            raise _Bad(f"“{name}” is longer than {validation.LONG} characters",
                       f"「{name}」が{validation.LONG}文字を超えています")
        day = value.date() if isinstance(value, datetime) else value if isinstance(value, date) else None
        if day is not None and not validation.MIN_DATE <= day <= validation.MAX_DATE:
            raise _Bad(f"“{name}” = {value} is outside {validation.MIN_DATE.year}–{validation.MAX_DATE.year}",
                       f"「{name}」の日付 {value} が範囲外です({validation.MIN_DATE.year}年〜{validation.MAX_DATE.year}年)")


def parse(document: Any) -> dict[type[SQLModel], list[dict[str, Any]]]:
    """Check a whole export and return rows per table; the first problem raises LedgerError."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise LedgerError("import_bad_file", reason=f"not an Incident Desk ledger export (format ≠ {FORMAT})")
    if document.get("version") not in SUPPORTED_VERSIONS:
        raise LedgerError("import_bad_version", version=document.get("version"),
                          supported=", ".join(map(str, SUPPORTED_VERSIONS)))
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise LedgerError("import_bad_file", reason="“tables” is missing")
    known = {m.__tablename__ for m in TABLES}
    extra = set(tables) - known
    if extra:
        raise LedgerError("import_bad_file", reason=f"unknown tables: {', '.join(sorted(extra))}")
    # All ids first, so a reference to a later row of the same table (a parent party) is fine.
    ids: dict[str, set] = {}
    for model in TABLES:
        records = tables.get(model.__tablename__, [])
        if not isinstance(records, list):
            raise LedgerError("import_bad_file", reason=f"“{model.__tablename__}” is not a list")
        ids[model.__tablename__] = {r.get(_pk(model)) for r in records if isinstance(r, dict)}
    out: dict[type[SQLModel], list[dict[str, Any]]] = {}
    seen_unique: dict = {}
    for model in TABLES:
        rows = []
        for index, record in enumerate(tables.get(model.__tablename__, []), start=1):
            try:
                rows.append(_check_record(model, index, record, ids, seen_unique))
            except _Bad as exc:
                rid = record.get(_pk(model)) if isinstance(record, dict) else None
                raise LedgerError("import_bad_record", section=model.__tablename__, index=index, id=rid,
                                  reason=str(exc), reason_ja=exc.ja) from None
        out[model] = rows
    events = [AuditEvent(**r) for r in out[AuditEvent]]
    head_row = next((r for r in out[LedgerMeta] if r["key"] == audit_chain.HEAD_KEY), None)
    head = None
    if head_row and head_row["value"]:
        seq, digest = head_row["value"].split(":", 1)
        head = (int(seq), digest)
    # Without a recorded head the last event cannot be vouched for, but the rest of the chain can.
    problem = audit_chain.check_events(sorted(events, key=lambda e: e.id), head)
    if problem:
        raise LedgerError("import_bad_audit", seq=problem.seq)
    return out


def import_ledger(db: Database, document: Any) -> dict[str, int]:
    """Load a checked export into an empty ledger in one transaction; returns rows per table."""
    rows = parse(document)
    with db.reader() as r:
        if not is_empty(r):
            raise LedgerError("ledger_not_empty")
    with db.write() as s:
        if s.get(OrgSettings, 1) is not None and rows[OrgSettings]:
            s.delete(s.get(OrgSettings, 1))
            s.flush()
        for model in TABLES:
            if rows[model]:
                s.execute(insert(model.__table__), rows[model])
        _reset_sequences(s)
        search_index.rebuild(s)
    return {model.__tablename__: len(rows[model]) for model in TABLES}


def import_file(db: Database, path: Path) -> dict[str, int]:
    try:
        with Path(path).open(encoding="utf-8") as fh:
            document = json.load(fh)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LedgerError("import_bad_file", reason=str(exc)) from None
    return import_ledger(db, document)


def _reset_sequences(session: Session) -> None:
    """PostgreSQL hands out ids from sequences that explicit ids do not move."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for model in TABLES:
        if _pk(model) != "id":
            continue
        table = model.__tablename__
        top = session.exec(select(func.max(getattr(model, "id")))).one()
        if top:
            session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), :n)"), {"n": top})
