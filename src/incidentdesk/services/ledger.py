"""Whole-ledger actions: verify (and the head to keep as an anchor), the organisation's settings, the search index."""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ..domain.inputs import SettingsIn
from ..storage import audit_chain, ledger_check
from ..storage.failures import explain, log_failure
from ..storage.reader import Readable, Reader

if TYPE_CHECKING:
    from ..storage.database import Database


class Checkable(Protocol):
    """A Ledger, a Database or a ReadOnlyLedger: one consistent snapshot, and the SQLite file if there is one."""

    label: str

    @property
    def sqlite_path(self) -> Path | None: ...

    def snapshot(self) -> AbstractContextManager[Reader]: ...


@dataclass(frozen=True)
class VerifyResult:
    events: int
    problem: audit_chain.Break | None
    empty: bool = False  # nothing recorded at all: there is nothing to vouch for
    head: str | None = None  # the chain head as SEQ:HASH12, to keep as an anchor
    skipped: tuple[str, ...] = ()  # checks this copy could not run ("fts": a read-only file's full-text index)

    @property
    def ok(self) -> bool:
        return self.problem is None


def verify(db: Checkable, *, anchor: str | None = None) -> VerifyResult:
    """Every check `verify` makes (docs/verify.md), in one snapshot; `anchor` 'SEQ:HASH' must be an ancestor."""
    mark = ledger_check.parse_anchor(anchor) if anchor else None
    path = db.sqlite_path
    with db.snapshot() as r:
        report = ledger_check.check(r, anchor=mark, fts=ledger_check.fts_checker(path) if path else None)
    if report.problem:
        logging.getLogger(__name__).warning(
            "verify of %s failed: %s (record %s, sequence %s)",
            db.label,
            report.problem.kind,
            report.problem.record_id,
            report.problem.seq,
        )
    return VerifyResult(
        report.events, report.problem, report.empty, ledger_check.head_text(report.head), report.skipped
    )


def current_head(db: Readable) -> str | None:
    """The audit chain's head as 'SEQ:HASH12' (its sequence and the first 12 hex characters of its hash), or
    None before the first change. Printed on a memo or kept with a backup, it lets `verify --head` prove later
    that the trail up to it was neither rewritten nor cut back. Read before issuing a memo, it is the head
    just before the memo's own audit event."""
    with db.reader() as r:
        return ledger_check.head_text(ledger_check.current_head(r))


def save_settings(db: Database, data: SettingsIn, *, version: int | None = None) -> SettingsIn:
    """Save the organisation's settings (the memo's sender, approval boxes, date style, ...).

    `version` is the settings' version the form loaded (0: none were saved yet); a save from an older one is
    refused, as for every other record, so two officers editing the settings at once do not overwrite each other.
    """
    from ..storage.models import OrgSettings, clean
    from . import changes

    data = clean(data)
    with db.write() as s:
        row = s.get(OrgSettings, 1)
        if row is None:
            changes.create(s, db, OrgSettings(id=1, **data.values()))
        else:
            changes.update(s, db, row, data.values(), version=version)
    return data


def rebuild_search_index(db: Database) -> int:
    """Recreate the search index from the records (it holds nothing else); returns the rows written."""
    from ..storage import search_index

    with db.write() as s:
        return search_index.rebuild(s)


__all__ = [
    "Checkable",
    "VerifyResult",
    "verify",
    "current_head",
    "save_settings",
    "rebuild_search_index",
    "explain_failure",
    "log_failure",
]


def explain_failure(exc: BaseException, label: str = "") -> BaseException:
    """What the window and the command line say for an error: a LedgerError, or the error itself when unknown."""
    return explain(exc, label) or exc
