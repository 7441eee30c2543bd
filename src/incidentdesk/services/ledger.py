"""Whole-ledger actions: verify the audit trail, back up, the organisation's settings, rebuild the search index."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..domain.inputs import SettingsIn
from ..storage import audit_chain, search_index
from ..storage.database import Database
from ..storage.models import OrgSettings, clean
from ..storage.sqlite_file import backup_sqlite
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


def save_settings(db: Database, data: SettingsIn) -> SettingsIn:
    """Save the organisation's settings (the memo's sender, approval boxes, date style, ...)."""
    data = clean(data)
    with db.write() as s:
        row = s.get(OrgSettings, 1)
        if row is None:
            changes.create(s, db, OrgSettings(id=1, **data.values()))
        else:
            changes.update(s, db, row, data.values())
    return data


def rebuild_search_index(db: Database) -> int:
    with db.write() as s:
        return search_index.rebuild(s)
