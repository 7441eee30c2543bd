"""Vendor statements (事業者説明), their claims, and each claim's verification."""

from __future__ import annotations

from datetime import date

from sqlmodel import func, select

from ..domain import validation as v
from ..domain.errors import LedgerError
from ..domain.vocab import CHANNELS, VERIFICATION
from ..storage.database import Database
from ..storage.models import Claim, Incident, Party, Source, Statement
from . import changes


def split_claims(text: str) -> list[str]:
    """Claims typed one per line; blank lines and list bullets are dropped."""
    out = []
    for line in (text or "").splitlines():
        line = line.strip().lstrip("・-*•").strip()
        if line:
            out.append(line)
    return out


def log_statement(db: Database, *, incident_id: int, party_id: int, made_on: date | str, channel: str,
                  claims: list[str], speaker: str = "", title: str = "",
                  source_id: int | None = None) -> Statement:
    """Record what a vendor said, split into claims (all unverified to begin with)."""
    texts = [v.long_text(c, "claim", required=True) for c in claims if str(c or "").strip()]
    if not texts:
        raise LedgerError("no_claims")
    with db.write() as s:
        changes.get(s, Incident, incident_id)
        changes.get(s, Party, party_id)
        if source_id is not None:
            changes.get(s, Source, source_id)
        statement = changes.create(s, db, Statement(
            incident_id=incident_id, party_id=party_id, made_on=v.day(made_on, "made_on", required=True),
            channel=v.choice(channel, "channel", CHANNELS), speaker=v.text(speaker, "speaker"),
            title=v.text(title, "title", max_len=300), source_id=source_id))
        for position, text in enumerate(texts, start=1):
            changes.create(s, db, Claim(statement_id=statement.id, position=position, text=text))
        return statement


def add_claims(db: Database, *, statement_id: int, texts: list[str],
               promised_by: date | str | None = None) -> list[Claim]:
    """Add claims to a statement in one transaction: all of them, or none if one is refused."""
    clean = [v.long_text(t, "claim", required=True) for t in texts if str(t or "").strip()]
    if not clean:
        raise LedgerError("no_claims")
    promised = v.day(promised_by, "promised_by")
    with db.write() as s:
        changes.get(s, Statement, statement_id)
        last = s.exec(select(func.max(Claim.position)).where(Claim.statement_id == statement_id)).one() or 0
        return [changes.create(s, db, Claim(statement_id=statement_id, position=last + i, text=text,
                                            promised_by=promised))
                for i, text in enumerate(clean, start=1)]


def add_claim(db: Database, *, statement_id: int, text: str, promised_by: date | str | None = None) -> Claim:
    return add_claims(db, statement_id=statement_id, texts=[text], promised_by=promised_by)[0]


def set_verification(db: Database, claim_id: int, *, verification: str, checked_how: str = "",
                     evidence: str = "", checked_on: date | str | None = None,
                     promised_by: date | str | None = None) -> Claim:
    """Record how a claim was checked and what was found."""
    with db.write() as s:
        row = changes.get(s, Claim, claim_id)
        return changes.update(s, db, row, {
            "verification": v.choice(verification, "verification", VERIFICATION),
            "checked_how": v.long_text(checked_how, "checked_how"),
            "evidence": v.long_text(evidence, "evidence"),
            "checked_on": v.day(checked_on, "checked_on"),
            "promised_by": v.day(promised_by, "promised_by"),
        })
