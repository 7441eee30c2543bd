"""Vendor statements (事業者説明), their claims, and each claim's verification."""

from __future__ import annotations

from dataclasses import replace

from sqlmodel import func, select

from ..domain.errors import LedgerError
from ..domain.inputs import CheckIn, ClaimIn, StatementIn
from ..storage.database import Database
from ..storage.models import Claim, Incident, Party, Source, Statement, clean
from . import changes
from .views import ClaimRecord, StatementRecord


def split_claims(text: str) -> list[str]:
    """Claims typed one per line; blank lines and list bullets are dropped."""
    out = []
    for line in (text or "").splitlines():
        line = line.strip().lstrip("・-*•").strip()
        if line:
            out.append(line)
    return out


def log_statement(db: Database, data: StatementIn) -> StatementRecord:
    """Record what a vendor said, split into claims (all unverified to begin with)."""
    data = clean(data)
    if not data.claims:
        raise LedgerError("no_claims")
    with db.write() as s:
        changes.get(s, Incident, data.incident_id)
        changes.get(s, Party, data.party_id)
        if data.source_id is not None and changes.get(s, Source, data.source_id).incident_id != data.incident_id:
            raise LedgerError("source_other_incident", field="source_id")
        statement = changes.create(s, db, Statement(**data.values()))
        for position, text in enumerate(data.claims, start=1):
            claim = clean(ClaimIn(statement_id=statement.id, position=position, text=text))
            changes.create(s, db, Claim(**claim.values()))
        return changes.record(StatementRecord, statement, claims=data.claims)


def add_claims(db: Database, *, statement_id: int, texts: list[str], promised_by: object = None) -> list[ClaimRecord]:
    """Add claims to a statement in one transaction: all of them, or none if one is refused."""
    typed = [clean(ClaimIn(statement_id=statement_id, text=t, promised_by=promised_by))  # type: ignore[arg-type]
             for t in texts if str(t or "").strip()]
    if not typed:
        raise LedgerError("no_claims")
    with db.write() as s:
        changes.get(s, Statement, statement_id)
        last = s.exec(select(func.max(Claim.position)).where(Claim.statement_id == statement_id)).one() or 0
        return [changes.record(ClaimRecord, changes.create(s, db, Claim(**replace(c, position=last + i).values())))
                for i, c in enumerate(typed, start=1)]


def set_verification(db: Database, claim_id: int, data: CheckIn) -> ClaimRecord:
    """Record how a claim was checked and what was found."""
    with db.write() as s:
        row = changes.get(s, Claim, claim_id)
        current = ClaimIn.from_values(row.model_dump())
        checked = clean(replace(current, **{name: getattr(data, name) for name in CheckIn.names()}))
        return changes.record(ClaimRecord, changes.update(s, db, row, checked.values()))
