"""Incidents: opening and editing them, the uses they affect, their timeline and cited sources."""

from __future__ import annotations

from dataclasses import replace

from sqlmodel import select

from ..domain.errors import LedgerError
from ..domain.inputs import IncidentIn, LinkIn, SourceIn, TimelineIn
from ..storage.database import Database
from ..storage.models import Decision, ExternalService, Incident, IncidentUse, Source, TimelineEntry, Use, clean
from . import changes
from .views import IncidentRecord, LinkRecord, SourceRecord, TimelineRecord


def open_incident(db: Database, data: IncidentIn) -> IncidentRecord:
    data = clean(data)
    with db.write() as s:
        return changes.record(IncidentRecord, changes.create(s, db, Incident(**data.values())))


def edit_incident(db: Database, incident_id: int, data: IncidentIn) -> IncidentRecord:
    data = clean(data)
    with db.write() as s:
        row = changes.get(s, Incident, incident_id)
        return changes.record(IncidentRecord, changes.update(s, db, row, data.values()))


def link_uses(db: Database, data: LinkIn) -> list[LinkRecord]:
    """Mark the ticked uses, and every use of the given services, as affected, in one transaction.

    Uses already linked are left as they are; the new links are returned.
    """
    data = clean(data)
    if not data.use_ids and not data.service_ids and data.use_id is None:
        raise LedgerError("required", field="use")
    with db.write() as s:
        changes.get(s, Incident, data.incident_id)
        wanted = [*([data.use_id] if data.use_id is not None else []), *data.use_ids]
        for service_id in data.service_ids:
            changes.get(s, ExternalService, service_id)
            wanted += s.exec(select(Use.id).where(Use.service_id == service_id).order_by(Use.id)).all()
        linked = set(s.exec(select(IncidentUse.use_id).where(IncidentUse.incident_id == data.incident_id)).all())
        created = []
        for use_id in dict.fromkeys(wanted):
            changes.get(s, Use, use_id)
            if use_id not in linked:
                row = changes.create(s, db, IncidentUse(incident_id=data.incident_id, use_id=use_id, notes=data.notes))
                created.append(changes.record(LinkRecord, row))
        return created


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


def add_source(db: Database, data: SourceIn) -> SourceRecord:
    data = clean(data)
    with db.write() as s:
        changes.get(s, Incident, data.incident_id)
        return changes.record(SourceRecord, changes.create(s, db, Source(**data.values())))


def _check_source(session, data: TimelineIn) -> None:
    if data.source_id is not None and changes.get(session, Source, data.source_id).incident_id != data.incident_id:
        raise LedgerError("source_other_incident", field="source_id")


def add_timeline_entry(db: Database, data: TimelineIn) -> TimelineRecord:
    data = clean(data)
    with db.write() as s:
        changes.get(s, Incident, data.incident_id)
        _check_source(s, data)
        return changes.record(TimelineRecord, changes.create(s, db, TimelineEntry(**data.values())))


def edit_timeline_entry(db: Database, entry_id: int, data: TimelineIn) -> TimelineRecord:
    """Change a timeline entry; without an incident_id it stays under its incident."""
    with db.write() as s:
        row = changes.get(s, TimelineEntry, entry_id)
        data = clean(data if data.incident_id is not None else replace(data, incident_id=row.incident_id))
        _check_source(s, data)
        return changes.record(TimelineRecord, changes.update(s, db, row, data.values()))


def delete_timeline_entry(db: Database, entry_id: int) -> None:
    with db.write() as s:
        changes.delete(s, db, changes.get(s, TimelineEntry, entry_id))
