"""Vendor statements (事業者説明), their claims, and each claim's checks: appended, so a re-check never hides
what an earlier one found; the latest check by date is the claim's state."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, UTC

from sqlmodel import col, func, select

from ..domain.errors import LedgerError
from ..domain.inputs import CheckIn, ClaimIn, StatementIn
from ..storage.database import Database
from ..storage.models import Claim, ClaimCheck, Incident, Party, Statement, StatementSource, clean
from . import changes
from .incidents import set_sources
from .views import CheckRecord, ClaimRecord, StatementRecord


def split_claims(text: str) -> list[str]:
    """Claims typed one per line; blank lines and list bullets are dropped."""
    out = []
    for line in (text or "").splitlines():
        line = line.strip().lstrip("・-*•").strip()
        if line:
            out.append(line)
    return out


def log_statement(db: Database, data: StatementIn) -> StatementRecord:
    """Record what a vendor said, split into claims (none checked yet), citing its sources."""
    data = clean(data)
    if not data.claims:
        raise LedgerError("no_claims")
    with db.write() as s:
        changes.get(s, Incident, data.incident_id)
        changes.get(s, Party, data.party_id)
        statement = changes.create(s, db, Statement(**data.values()))
        statement_id = changes.id_of(statement)
        set_sources(s, db, StatementSource, "statement_id", statement_id, data.incident_id, data.source_ids)
        for position, text in enumerate(data.claims, start=1):
            claim = clean(ClaimIn(statement_id=statement_id, position=position, text=text))
            changes.create(s, db, Claim(**claim.values()))
        return changes.record(StatementRecord, statement, claims=data.claims, source_ids=data.source_ids)


def edit_statement(
    db: Database, statement_id: int, data: StatementIn, *, version: int | None = None
) -> StatementRecord:
    """Correct who said it, when, how, who took it, notes and sources (its claims are edited one by one; it is
    retired or used again through retire_statement only)."""
    with db.write() as s:
        row = changes.get(s, Statement, statement_id)
        data = clean(replace(data, incident_id=row.incident_id, claims=(), retired_on=row.retired_on))
        changes.get(s, Party, data.party_id)
        changes.update(s, db, row, data.values(), version=version)
        set_sources(s, db, StatementSource, "statement_id", statement_id, row.incident_id, data.source_ids)
        return changes.record(StatementRecord, row, source_ids=data.source_ids)


def delete_statement(db: Database, statement_id: int, *, version: int | None = None) -> None:
    """Delete a statement logged by mistake, with its claims and source links, while nothing refers to it: no
    claim checked, no file attached, no decision relying on it. Otherwise it is retired (retire_statement).
    Every row removed gets its own audit event, in one transaction."""
    from ..storage.database import reader_of
    from .reads.incidents import statement_ties

    with db.write() as s:
        row = changes.get(s, Statement, statement_id)
        changes.check_version(row, version)
        ties = statement_ties(reader_of(s), statement_id)
        if any(ties.values()):
            raise LedgerError("statement_has_history", **ties)
        claims = list(s.exec(select(Claim).where(Claim.statement_id == statement_id).order_by(col(Claim.id))))
        for link in s.exec(select(StatementSource).where(StatementSource.statement_id == statement_id)).all():
            changes.delete(s, db, link)
        for claim in claims:
            changes.delete(s, db, claim)
        changes.delete(s, db, row, label=row.title or str(row.id))


def retire_statement(
    db: Database, statement_id: int, on: date | None, *, version: int | None = None
) -> StatementRecord:
    """Retire (廃止済み) a statement logged by mistake that others refer to, from `on` (None: in use again). It
    stays with its claims, checks and files, hidden by default and left out of memos and deadlines."""
    from ..domain import validation

    on = validation.day(on, "retired_on", past=True)  # not in the future
    with db.write() as s:
        row = changes.get(s, Statement, statement_id)
        changes.update(s, db, row, {"retired_on": on}, version=version)
        return changes.record(StatementRecord, row)


def add_claims(db: Database, *, statement_id: int, texts: list[str], promised_by: object = None) -> list[ClaimRecord]:
    """Add claims to a statement in one transaction: all of them, or none if one is refused."""
    typed = [
        clean(ClaimIn.from_values({"statement_id": statement_id, "text": t, "promised_by": promised_by}))
        for t in texts
        if str(t or "").strip()
    ]
    if not typed:
        raise LedgerError("no_claims")
    with db.write() as s:
        changes.get(s, Statement, statement_id)
        last = s.exec(select(func.max(Claim.position)).where(Claim.statement_id == statement_id)).one() or 0
        return [
            changes.record(ClaimRecord, changes.create(s, db, Claim(**replace(c, position=last + i).values())))
            for i, c in enumerate(typed, start=1)
        ]


def edit_claim(db: Database, claim_id: int, data: ClaimIn, *, version: int | None = None) -> ClaimRecord:
    """Correct a claim's wording or its promised date (it stays in its statement and place)."""
    with db.write() as s:
        row = changes.get(s, Claim, claim_id)
        data = clean(replace(data, statement_id=row.statement_id, position=row.position))
        return changes.record(ClaimRecord, changes.update(s, db, row, data.values(), version=version))


def delete_claim(db: Database, claim_id: int, *, version: int | None = None) -> None:
    """Delete a claim logged by mistake, while nobody has checked it."""
    with db.write() as s:
        row = changes.get(s, Claim, claim_id)
        if s.exec(select(ClaimCheck.id).where(ClaimCheck.claim_id == claim_id)).first() is not None:
            raise LedgerError("claim_has_checks")
        changes.delete(s, db, row, version=version)


def check_claim(db: Database, data: CheckIn) -> CheckRecord:
    """Append one check of a claim: what was found, when, how and by whom. Earlier checks stay as they were."""
    data = clean(data)
    with db.write() as s:
        changes.get(s, Claim, data.claim_id)
        row = changes.create(s, db, ClaimCheck(**data.values(), recorded_at=datetime.now(UTC)))
        return changes.record(CheckRecord, row)
