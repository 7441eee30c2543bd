"""Requests and deadlines from authorities (照会・期限), and the answers sent."""

from __future__ import annotations

from datetime import date

from ..domain import validation as v
from ..domain.errors import LedgerError
from ..storage.database import Database
from ..storage.models import Incident, Request
from . import changes


def _request_fields(issuer, subject, issued_on, due_on, doc_number, asks) -> dict:
    fields = {
        "issuer": v.text(issuer, "issuer", required=True),
        "subject": v.text(subject, "subject", required=True, max_len=300),
        "issued_on": v.day(issued_on, "issued_on", required=True),
        "due_on": v.day(due_on, "due_on"),
        "doc_number": v.text(doc_number, "doc_number", max_len=100),
        "asks": v.long_text(asks, "asks"),
    }
    if fields["due_on"] and fields["due_on"] < fields["issued_on"]:
        raise LedgerError("due_before_request", due=fields["due_on"].isoformat(), issued=fields["issued_on"].isoformat())
    return fields


def add_request(db: Database, *, issuer: str, subject: str, issued_on: date | str,
                due_on: date | str | None = None, incident_id: int | None = None,
                doc_number: str = "", asks: str = "") -> Request:
    fields = _request_fields(issuer, subject, issued_on, due_on, doc_number, asks)
    with db.write() as s:
        if incident_id is not None:
            changes.get(s, Incident, incident_id)
        return changes.create(s, db, Request(incident_id=incident_id, **fields))


def edit_request(db: Database, request_id: int, *, issuer: str, subject: str, issued_on: date | str,
                 due_on: date | str | None = None, incident_id: int | None = None,
                 doc_number: str = "", asks: str = "") -> Request:
    fields = _request_fields(issuer, subject, issued_on, due_on, doc_number, asks)
    with db.write() as s:
        row = changes.get(s, Request, request_id)
        if incident_id is not None:
            changes.get(s, Incident, incident_id)
        return changes.update(s, db, row, {**fields, "incident_id": incident_id})


def mark_answered(db: Database, request_id: int, *, answered_on: date | str, answer: str) -> Request:
    with db.write() as s:
        row = changes.get(s, Request, request_id)
        answered = v.day(answered_on, "answered_on", required=True)
        if answered < row.issued_on:
            raise LedgerError("answered_before_request", answered=answered.isoformat(), issued=row.issued_on.isoformat())
        return changes.update(s, db, row, {"answered_on": answered, "answer": v.long_text(answer, "answer", required=True)})
