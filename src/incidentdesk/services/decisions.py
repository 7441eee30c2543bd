"""Decisions per use and incident: appended, never edited. A decision entered by mistake is withdrawn (取消),
with a reason; a correction is a withdrawal and a new decision in one step. The current state is the latest
decision by date among those not withdrawn, so a decision entered late takes its place by its own date."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, UTC
from typing import NamedTuple

from sqlmodel import Session, col, select

from ..domain.errors import LedgerError
from ..domain.inputs import DecisionIn, WithdrawalIn
from ..domain.rules import current_decisions
from ..storage.database import Database
from ..storage.models import Decision, DecisionBasis, DecisionWithdrawal, Incident, IncidentUse, Statement, Use, clean
from . import changes
from .views import DecisionRecord, WithdrawalRecord


class _Past(NamedTuple):
    """A decision already recorded for the use, as the rules that order decisions read it."""

    id: int
    incident_id: int
    use_id: int
    decided_on: date


def _record(session: Session, db: Database, data: DecisionIn) -> DecisionRecord:
    changes.get(session, Incident, data.incident_id)
    use = changes.get(session, Use, data.use_id)
    linked = session.exec(
        select(IncidentUse.id).where(IncidentUse.incident_id == data.incident_id, IncidentUse.use_id == data.use_id)
    ).first()
    if linked is None:
        raise LedgerError("use_not_affected", use=use.name)
    for statement_id in data.statement_ids:
        if changes.get(session, Statement, statement_id).incident_id != data.incident_id:
            raise LedgerError("statement_other_incident", id=statement_id)
    history = [
        _Past(changes.id_of(d), d.incident_id, d.use_id, d.decided_on)
        for d in session.exec(
            select(Decision).where(Decision.incident_id == data.incident_id, Decision.use_id == data.use_id)
        ).all()
    ]
    ids = [d.id for d in history]
    withdrawals = select(DecisionWithdrawal.decision_id).where(col(DecisionWithdrawal.decision_id).in_(ids))
    withdrawn = set(session.exec(withdrawals).all()) if ids else set()
    # The decision it follows by date: a late entry supersedes the one before its own date, not the latest.
    before = [d for d in history if d.decided_on <= data.decided_on]
    previous = current_decisions(before, withdrawn=withdrawn).get((data.incident_id, data.use_id))
    decision = changes.create(
        session,
        db,
        Decision(**data.values(), supersedes_id=previous.id if previous else None, recorded_at=datetime.now(UTC)),
    )
    for statement_id in data.statement_ids:
        changes.create(session, db, DecisionBasis(decision_id=changes.id_of(decision), statement_id=statement_id))
    return changes.record(
        DecisionRecord, decision, statement_ids=data.statement_ids, supersedes_id=decision.supersedes_id
    )


def record_decision(db: Database, data: DecisionIn) -> DecisionRecord:
    """Append a decision. It may be dated before the latest one (entered late): it takes its place by date."""
    data = clean(data)
    with db.write() as s:
        return _record(s, db, data)


def record_decisions(db: Database, data: DecisionIn, use_ids: Sequence[int]) -> list[DecisionRecord]:
    """One decision for many uses, in one transaction: all of them are recorded, or none."""
    if not use_ids:
        raise LedgerError("required", field="use_ids")
    cleaned = [clean(replace(data, use_id=use_id)) for use_id in dict.fromkeys(use_ids)]
    with db.write() as s:
        return [_record(s, db, item) for item in cleaned]


def _withdraw(session: Session, db: Database, data: WithdrawalIn) -> WithdrawalRecord:
    decision = changes.get(session, Decision, data.decision_id)
    if (
        session.exec(select(DecisionWithdrawal.id).where(DecisionWithdrawal.decision_id == data.decision_id)).first()
        is not None
    ):
        raise LedgerError("already_withdrawn")
    if data.withdrawn_on < decision.decided_on:
        raise LedgerError("withdrawn_before_decision", field="withdrawn_on")
    row = changes.create(session, db, DecisionWithdrawal(**data.values(), recorded_at=datetime.now(UTC)))
    return changes.record(WithdrawalRecord, row)


def withdraw_decision(db: Database, data: WithdrawalIn) -> WithdrawalRecord:
    """Mark a decision as entered by mistake; the use's state falls back to the previous valid decision."""
    data = clean(data)
    with db.write() as s:
        return _withdraw(s, db, data)


def correct_decision(db: Database, withdrawal: WithdrawalIn, data: DecisionIn) -> DecisionRecord:
    """Withdraw a wrong decision and record the right one in one step (both, or neither)."""
    withdrawal, data = clean(withdrawal), clean(data)
    with db.write() as s:
        wrong = changes.get(s, Decision, withdrawal.decision_id)
        if (wrong.incident_id, wrong.use_id) != (data.incident_id, data.use_id):
            raise LedgerError("correction_other_use")
        _withdraw(s, db, withdrawal)
        return _record(s, db, data)
