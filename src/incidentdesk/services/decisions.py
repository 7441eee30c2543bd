"""Decisions per use and incident: appended, never edited; the latest one is the current state."""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlmodel import select

from ..domain import validation as v
from ..domain.errors import LedgerError
from ..domain.vocab import DECISION_STATES
from ..storage.database import Database
from ..storage.models import Decision, DecisionBasis, Incident, IncidentUse, Statement, Use
from . import changes


def latest_decision_stmt(incident_id: int, use_id: int):
    return (select(Decision).where(Decision.incident_id == incident_id, Decision.use_id == use_id)
            .order_by(Decision.decided_on.desc(), Decision.id.desc()).limit(1))


def record_decision(db: Database, *, incident_id: int, use_id: int, state: str, decided_on: date | str,
                    decided_by_role: str = "", decided_by_name: str = "", rationale: str = "",
                    resume_conditions: str = "", next_review_on: date | str | None = None,
                    statement_ids: list[int] | None = None) -> Decision:
    """Append a decision; it supersedes the use's previous one under this incident."""
    fields = {
        "state": v.choice(state, "state", DECISION_STATES),
        "decided_on": v.day(decided_on, "decided_on", required=True),
        "decided_by_role": v.text(decided_by_role, "decided_by_role", max_len=100),
        "decided_by_name": v.text(decided_by_name, "decided_by_name", max_len=100),
        "rationale": v.long_text(rationale, "rationale"),
        "resume_conditions": v.long_text(resume_conditions, "resume_conditions"),
        "next_review_on": v.day(next_review_on, "next_review_on"),
    }
    if fields["next_review_on"] and fields["next_review_on"] < fields["decided_on"]:
        raise LedgerError("review_before_decision", review=fields["next_review_on"].isoformat(),
                          date=fields["decided_on"].isoformat())
    with db.write() as s:
        changes.get(s, Incident, incident_id)
        use = changes.get(s, Use, use_id)
        linked = s.exec(select(IncidentUse.id).where(IncidentUse.incident_id == incident_id,
                                                     IncidentUse.use_id == use_id)).first()
        if linked is None:
            raise LedgerError("use_not_affected", use=use.name)
        previous = s.exec(latest_decision_stmt(incident_id, use_id)).first()
        if previous is not None and fields["decided_on"] < previous.decided_on:
            raise LedgerError("decision_before_previous", date=fields["decided_on"].isoformat(),
                              previous=previous.decided_on.isoformat())
        statements = []
        for statement_id in dict.fromkeys(statement_ids or []):
            statement = changes.get(s, Statement, statement_id)
            if statement.incident_id != incident_id:
                raise LedgerError("statement_other_incident", id=statement_id)
            statements.append(statement_id)
        decision = changes.create(s, db, Decision(
            incident_id=incident_id, use_id=use_id, supersedes_id=previous.id if previous else None,
            recorded_at=datetime.now(timezone.utc), **fields))
        for statement_id in statements:
            changes.create(s, db, DecisionBasis(decision_id=decision.id, statement_id=statement_id))
        return decision
