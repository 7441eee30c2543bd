"""Whole-ledger actions: verify the audit trail, back up, settings, and whether the ledger is empty."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import func
from sqlmodel import select

from ..domain import validation as v
from ..domain.vocab import DATE_STYLES
from ..storage import audit_chain
from ..storage.database import Database
from ..storage.sqlite_file import backup_sqlite
from ..storage.models import AuditEvent, ExternalService, Incident, OrgSettings, Party
from . import changes


@dataclass(frozen=True)
class VerifyResult:
    events: int
    problem: audit_chain.Break | None

    @property
    def ok(self) -> bool:
        return self.problem is None


def verify(db: Database) -> VerifyResult:
    with db.read() as s:
        count, problem = audit_chain.verify(s)
    if problem:
        logging.getLogger(__name__).warning("verify of %s failed: %s (record %s, sequence %s)",
                                            db.label, problem.detail, problem.record_id, problem.seq)
    return VerifyResult(count, problem)


def is_empty(db: Database) -> bool:
    with db.read() as s:
        for model in (ExternalService, Party, Incident, AuditEvent):
            if s.exec(select(func.count()).select_from(model)).one():
                return False
    return True


def backup(db: Database, dest: Path | None = None, *, directory: Path | None = None) -> Path:
    """A consistent copy of an SQLite ledger, or a JSON export of a server ledger."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    if db.sqlite_path is not None:
        target = dest or (directory or db.sqlite_path.parent / "backups") / f"{db.sqlite_path.stem}-{stamp}.db"
        return backup_sqlite(db.sqlite_path, Path(target))
    from ..exchange import ledger_json

    target = Path(dest or (directory or Path.cwd()) / f"incidentdesk-{stamp}.json")
    target.parent.mkdir(parents=True, exist_ok=True)
    ledger_json.write_export(db, target)
    return target


def save_settings(db: Database, **values) -> OrgSettings:
    """Save organisation settings; approval_roles may be a list or comma-separated text."""
    roles = values.get("approval_roles")
    if isinstance(roles, (list, tuple)):
        values["approval_roles"] = ",".join(str(r).strip() for r in roles if str(r).strip())
    clean = {}
    for key, value in values.items():
        if key == "date_style":
            clean[key] = v.choice(value, "date_style", DATE_STYLES)
        elif key in OrgSettings.model_fields and key != "id":
            clean[key] = v.text(value, key, max_len=500 if key == "font_path" else 300)
        else:
            raise ValueError(f"unknown setting {key}")
    with db.write() as s:
        row = s.get(OrgSettings, 1)
        if row is None:
            row = changes.create(s, db, OrgSettings(id=1, **clean))
            return row
        return changes.update(s, db, row, clean)
