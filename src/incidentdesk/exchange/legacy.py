"""Exports of an older format version, brought up to the current one through the migrations themselves.

A version 1 file (schema 0002, before the case model) or a version 2 file (schema 0004, before statements
could be retired) is loaded into a scratch SQLite ledger created at its revision by Alembic, exactly as that
version stored it; opening that ledger runs the same upgrade a ledger file on disk gets (migrations 0003 to
0005, their audited `migrate` events, the search index), `verify` must then pass (the file's audit trail
replayed against its rows, through the upgrade), and the result is exported as the current version and
imported as any other file (exchange/staging.py checks it all again).

So an old export gives the same ledger an old ledger file would after upgrading, with no second copy of
the migration's rules. The scratch folder is removed whatever happens.
"""

from __future__ import annotations

import base64
import binascii
import json
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from ..domain.errors import LedgerError

# version -> the schema revision its files were written from
REVISION_OF = {1: "0002", 2: "0004"}
# The tables of a version 1 file, in the order their rows can be inserted.
_V1_TABLES = (
    "org_settings",
    "party",
    "external_service",
    "service_party",
    "service_use",
    "data_location",
    "incident",
    "incident_use",
    "source",
    "timeline_entry",
    "statement",
    "claim",
    "request",
    "decision",
    "decision_basis",
    "attachment",
    "memo",
    "audit_event",
    "ledger_meta",
)
# Version 2 (the case model): the same order as exchange/ledger_json.TABLES had then.
_V2_TABLES = (
    "org_settings",
    "party",
    "external_service",
    "service_party",
    "service_use",
    "data_location",
    "incident",
    "incident_use",
    "source",
    "timeline_entry",
    "timeline_source",
    "statement",
    "statement_source",
    "claim",
    "claim_check",
    "request",
    "request_report",
    "decision",
    "decision_withdrawal",
    "decision_basis",
    "attachment",
    "memo",
    "audit_event",
    "ledger_meta",
)
TABLES_OF = {1: _V1_TABLES, 2: _V2_TABLES}


def _bad(reason: str, reason_ja: str) -> LedgerError:
    return LedgerError("import_bad_file", reason=reason, reason_ja=reason_ja)


def _value(column: Any, value: Any) -> Any:
    """A JSON value as the reflected column takes it (the rules of versions 1 and 2: ISO dates and date-times,
    base64 files)."""
    from sqlalchemy import Date, DateTime, LargeBinary

    if value is None or not isinstance(value, str):
        return value
    kind = column.type
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, LargeBinary):
        return base64.b64decode(value.encode("ascii"), validate=True)
    return value


def _load(path: Path, document: dict[str, Any], version: int) -> None:
    """Create a ledger at `path` at the revision of `version` and insert the file's rows, table by table."""
    from alembic import command
    from sqlalchemy import MetaData, create_engine

    from ..storage.database import alembic_config, to_url

    tables = document.get("tables")
    names, v = TABLES_OF[version], version
    if not isinstance(tables, dict) or any(name not in names for name in tables):
        raise _bad(
            f"“tables” does not hold the tables of a version {v} export",
            f"「tables」が版 {v} の書き出しの表ではありません",
        )
    engine = create_engine(to_url(str(path)))
    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, REVISION_OF[version])
        with engine.begin() as conn:
            schema = MetaData()
            schema.reflect(conn)
            for name in names:
                rows = tables.get(name) or []
                if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
                    raise _bad(f"“{name}” is not a list of records", f"「{name}」がレコードのリストではありません")
                if not rows:
                    continue
                table = schema.tables[name]
                columns = set(table.columns.keys())
                for row in rows:
                    if set(row) != columns:
                        raise _bad(
                            f"a record of “{name}” does not have the fields of version {v}",
                            f"「{name}」のレコードが版 {v} の項目と一致しません",
                        )
                values = [{k: _value(table.columns[k], v) for k, v in row.items()} for row in rows]
                conn.execute(table.insert(), values)
    except (ValueError, TypeError, binascii.Error, OverflowError) as exc:
        raise _bad(
            f"a value of the version {v} file cannot be read ({type(exc).__name__})",
            f"版 {v} のファイルに読み取れない値があります",
        ) from None
    except LedgerError:
        raise
    except Exception as exc:  # noqa: BLE001 - the database refused a row (a duplicate id, a NOT NULL, ...)
        raise _bad(
            f"the version {v} file's records do not fit together ({type(exc).__name__})",
            f"版 {v} のファイルのレコードが互いに整合しません",
        ) from None
    finally:
        engine.dispose()


@contextmanager
def upgraded(fh: BinaryIO, version: int) -> Iterator[BinaryIO]:
    """The file `fh` (an export of `version`) as a current export, open for reading; LedgerError if it cannot be
    brought up (its rows, or its audit trail through the upgrade, do not hold)."""
    from ..services.ledger import verify
    from ..storage.database import open_database
    from .ledger_json import write_export

    if version not in REVISION_OF:
        raise LedgerError("import_bad_version", version=repr(version)[:40], supported="1, 2, 3")
    scratch = Path(tempfile.mkdtemp(prefix="incidentdesk-legacy-"))
    try:
        try:
            document = json.load(fh)
        except (ValueError, RecursionError) as exc:
            raise _bad(f"not a JSON document ({type(exc).__name__})", "JSON の文書として読めません") from None
        if not isinstance(document, dict):
            raise _bad("not a JSON object", "JSON のオブジェクトではありません")
        ledger_file = scratch / "older.db"
        _load(ledger_file, document, version)
        del document
        db = open_database(str(ledger_file), backup_dir=scratch / "before-upgrade", actor="import")
        try:
            result = verify(db)
            if not result.ok and not result.empty:
                problem = result.problem
                raise LedgerError(
                    "import_fails_check",
                    detail=problem.describe("en") if problem else "?",
                    detail_ja=problem.describe("ja") if problem else "?",
                )
            out = write_export(db, scratch / "current.json")
        finally:
            db.close()
        with out.open("rb") as current:
            yield current
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
