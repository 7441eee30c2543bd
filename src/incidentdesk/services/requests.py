"""Requests and deadlines from authorities (照会・期限), and the answers sent."""

from __future__ import annotations

from dataclasses import replace

from ..domain.errors import LedgerError
from ..domain.inputs import AnswerIn, RequestIn
from ..storage.database import Database
from ..storage.models import Incident, Request, clean
from . import changes
from .views import RequestRecord


def add_request(db: Database, data: RequestIn) -> RequestRecord:
    data = clean(data)
    with db.write() as s:
        if data.incident_id is not None:
            changes.get(s, Incident, data.incident_id)
        return changes.record(RequestRecord, changes.create(s, db, Request(**data.values())))


def edit_request(db: Database, request_id: int, data: RequestIn) -> RequestRecord:
    data = clean(data)
    with db.write() as s:
        row = changes.get(s, Request, request_id)
        if data.incident_id is not None:
            changes.get(s, Incident, data.incident_id)
        return changes.record(RequestRecord, changes.update(s, db, row, data.values()))


def mark_answered(db: Database, request_id: int, data: AnswerIn) -> RequestRecord:
    """Record the answer sent and when; both are required here, as an answer without them says nothing."""
    if not str(data.answered_on or "").strip():
        raise LedgerError("required", field="answered_on")
    if not str(data.answer or "").strip():
        raise LedgerError("required", field="answer")
    with db.write() as s:
        row = changes.get(s, Request, request_id)
        current = RequestIn.from_values(row.model_dump())
        answered = clean(replace(current, answered_on=data.answered_on, answer=data.answer))
        return changes.record(RequestRecord, changes.update(s, db, row, answered.values()))
