"""Decisions per use and incident: appended, never edited; the latest one is the current state."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlmodel import select

from ..domain.errors import LedgerError
from ..domain.inputs import DecisionIn
from ..domain.rules import current_decisions
from ..storage.database import Database
from ..storage.models import Decision, DecisionBasis, Incident, IncidentUse, Statement, Use, clean
from . import changes
from .views import DecisionRecord


def record_decision(db: Database, data: DecisionIn) -> DecisionRecord:
    """Append a decision; it supersedes the use's previous one under this incident."""
    data = clean(data)
    with db.write() as s:
        changes.get(s, Incident, data.incident_id)
        use = changes.get(s, Use, data.use_id)
        linked = s.exec(select(IncidentUse.id).where(IncidentUse.incident_id == data.incident_id,
                                                     IncidentUse.use_id == data.use_id)).first()
        if linked is None:
            raise LedgerError("use_not_affected", use=use.name)
        history = s.exec(select(Decision).where(Decision.incident_id == data.incident_id,
                                                Decision.use_id == data.use_id)).all()
        previous = current_decisions(history).get((data.incident_id, data.use_id))
        if previous is not None and data.decided_on < previous.decided_on:
            raise LedgerError("decision_before_previous", date=data.decided_on.isoformat(),
                              previous=previous.decided_on.isoformat())
        for statement_id in data.statement_ids:
            if changes.get(s, Statement, statement_id).incident_id != data.incident_id:
                raise LedgerError("statement_other_incident", id=statement_id)
        decision = changes.create(s, db, Decision(**data.values(), supersedes_id=previous.id if previous else None,
                                                  recorded_at=datetime.now(timezone.utc)))
        for statement_id in data.statement_ids:
            changes.create(s, db, DecisionBasis(decision_id=decision.id, statement_id=statement_id))
        return changes.record(DecisionRecord, decision, statement_ids=data.statement_ids,
                              supersedes_id=decision.supersedes_id)
