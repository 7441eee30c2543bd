"""Incidents: opening and editing them, the uses they affect, their timeline and cited sources."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from ..domain import validation as v
from ..domain.errors import LedgerError
from ..domain.vocab import INCIDENT_STATUSES
from ..storage.database import Database
from ..storage.models import Decision, ExternalService, Incident, IncidentUse, Source, TimelineEntry, Use
from . import changes


def _incident_fields(title, summary, status, occurred_on, known_on, closed_on) -> dict:
    return {
        "title": v.text(title, "title", required=True),
        "summary": v.long_text(summary, "summary"),
        "status": v.choice(status, "status", INCIDENT_STATUSES),
        "occurred_on": v.day(occurred_on, "occurred_on"),
        "known_on": v.day(known_on, "known_on"),
        "closed_on": v.day(closed_on, "closed_on"),
    }


def open_incident(db: Database, *, title: str, summary: str = "", status: str = "open",
                  occurred_on: date | str | None = None, known_on: date | str | None = None,
                  closed_on: date | str | None = None) -> Incident:
    fields = _incident_fields(title, summary, status, occurred_on, known_on, closed_on)
    with db.write() as s:
        return changes.create(s, db, Incident(**fields))


def edit_incident(db: Database, incident_id: int, *, title: str, summary: str = "", status: str = "open",
                  occurred_on: date | str | None = None, known_on: date | str | None = None,
                  closed_on: date | str | None = None) -> Incident:
    fields = _incident_fields(title, summary, status, occurred_on, known_on, closed_on)
    with db.write() as s:
        return changes.update(s, db, changes.get(s, Incident, incident_id), fields)


def link_uses(db: Database, *, incident_id: int, use_ids: list[int] = (), service_ids: list[int] = (),
              notes: str = "") -> list[IncidentUse]:
    """Mark uses, and every use of the given services, as affected, in one transaction.

    Uses already linked are left as they are; the new links are returned.
    """
    notes = v.long_text(notes, "notes")
    with db.write() as s:
        changes.get(s, Incident, incident_id)
        wanted = list(use_ids)
        for service_id in service_ids:
            changes.get(s, ExternalService, service_id)
            wanted += s.exec(select(Use.id).where(Use.service_id == service_id).order_by(Use.id)).all()
        linked = set(s.exec(select(IncidentUse.use_id).where(IncidentUse.incident_id == incident_id)).all())
        created = []
        for use_id in dict.fromkeys(wanted):
            changes.get(s, Use, use_id)
            if use_id not in linked:
                created.append(changes.create(s, db, IncidentUse(incident_id=incident_id, use_id=use_id, notes=notes)))
        return created


def link_service(db: Database, *, incident_id: int, service_id: int) -> list[IncidentUse]:
    """Mark every use of a service as affected."""
    return link_uses(db, incident_id=incident_id, service_ids=[service_id])


def unlink_use(db: Database, *, incident_id: int, use_id: int) -> None:
    with db.write() as s:
        link = s.exec(select(IncidentUse).where(IncidentUse.incident_id == incident_id,
                                                IncidentUse.use_id == use_id)).first()
        use = changes.get(s, Use, use_id)
        if link is None:
            raise LedgerError("use_not_affected", use=use.name)
        if s.exec(select(Decision.id).where(Decision.incident_id == incident_id, Decision.use_id == use_id)).first():
            raise LedgerError("use_has_decisions", use=use.name)
        changes.delete(s, db, link)


def add_source(db: Database, *, incident_id: int, title: str, publisher: str = "",
               published_on: date | str | None = None, url: str = "") -> Source:
    with db.write() as s:
        changes.get(s, Incident, incident_id)
        return changes.create(s, db, Source(incident_id=incident_id, title=v.text(title, "title", required=True, max_len=300),
                                            publisher=v.text(publisher, "publisher"),
                                            published_on=v.day(published_on, "published_on"),
                                            url=v.text(url, "url", max_len=500)))


def add_timeline_entry(db: Database, *, incident_id: int, occurred_on: date | str, text: str,
                       source_id: int | None = None) -> TimelineEntry:
    with db.write() as s:
        changes.get(s, Incident, incident_id)
        if source_id is not None:
            changes.get(s, Source, source_id)
        row = TimelineEntry(incident_id=incident_id, occurred_on=v.day(occurred_on, "occurred_on", required=True),
                            text=v.long_text(text, "text", required=True), source_id=source_id)
        return changes.create(s, db, row)


def edit_timeline_entry(db: Database, entry_id: int, *, occurred_on: date | str, text: str,
                        source_id: int | None = None) -> TimelineEntry:
    with db.write() as s:
        row = changes.get(s, TimelineEntry, entry_id)
        if source_id is not None:
            changes.get(s, Source, source_id)
        return changes.update(s, db, row, {"occurred_on": v.day(occurred_on, "occurred_on", required=True),
                                           "text": v.long_text(text, "text", required=True),
                                           "source_id": source_id})


def delete_timeline_entry(db: Database, entry_id: int) -> None:
    with db.write() as s:
        changes.delete(s, db, changes.get(s, TimelineEntry, entry_id))
