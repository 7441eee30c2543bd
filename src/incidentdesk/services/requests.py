"""Requests and deadlines from authorities (照会・期限): to the city or to others, answers and recurring reports."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, UTC

from sqlmodel import select

from ..domain.errors import LedgerError
from ..domain.inputs import AnswerIn, ReportIn, RequestIn
from ..storage.database import Database
from ..storage.models import Incident, Request, RequestReport, clean
from . import changes
from .views import ReportRecord, RequestRecord


def add_request(db: Database, data: RequestIn) -> RequestRecord:
    data = clean(data)
    with db.write() as s:
        if data.incident_id is not None:
            changes.get(s, Incident, data.incident_id)
        return changes.record(RequestRecord, changes.create(s, db, Request(**data.values())))


def edit_request(db: Database, request_id: int, data: RequestIn, *, version: int | None = None) -> RequestRecord:
    data = clean(data)
    with db.write() as s:
        row = changes.get(s, Request, request_id)
        if data.incident_id is not None:
            changes.get(s, Incident, data.incident_id)
        return changes.record(RequestRecord, changes.update(s, db, row, data.values(), version=version))


def delete_request(db: Database, request_id: int, *, version: int | None = None) -> None:
    """Delete a request entered by mistake, while no report was recorded under it."""
    with db.write() as s:
        row = changes.get(s, Request, request_id)
        if s.exec(select(RequestReport.id).where(RequestReport.request_id == request_id)).first() is not None:
            raise LedgerError("request_has_reports")
        changes.delete(s, db, row, label=row.subject, version=version)


def mark_answered(db: Database, request_id: int, data: AnswerIn, *, version: int | None = None) -> RequestRecord:
    """Record the answer sent and when; both are required here, as an answer without them says nothing."""
    if not str(data.answered_on or "").strip():
        raise LedgerError("required", field="answered_on")
    if not str(data.answer or "").strip():
        raise LedgerError("required", field="answer")
    with db.write() as s:
        row = changes.get(s, Request, request_id)
        current = RequestIn.from_values(row.model_dump())
        answered = clean(replace(current, answered_on=data.answered_on, answer=data.answer))
        return changes.record(RequestRecord, changes.update(s, db, row, answered.values(), version=version))


def add_report(db: Database, data: ReportIn) -> ReportRecord:
    """Record one report sent under a recurring request, for the period due on `data.due_on`."""
    data = clean(data)
    with db.write() as s:
        request = changes.get(s, Request, data.request_id)
        if not request.every_months:
            raise LedgerError("not_recurring", field="request_id")
        row = changes.create(s, db, RequestReport(**data.values(), recorded_at=datetime.now(UTC)))
        return changes.record(ReportRecord, row)
