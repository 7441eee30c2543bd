"""Incidents: opening and editing them, the uses they affect, their timeline (citing sources) and sources."""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from sqlmodel import Session, col, select

from ..domain.errors import LedgerError
from ..domain.inputs import IncidentIn, LinkIn, SourceIn, TimelineIn
from ..storage.database import Database
from ..storage.models import (
    Decision,
    ExternalService,
    Incident,
    IncidentUse,
    Source,
    StatementSource,
    TimelineEntry,
    TimelineSource,
    Use,
    clean,
)
from . import changes
from .views import IncidentRecord, LinkRecord, SourceRecord, TimelineRecord


def open_incident(db: Database, data: IncidentIn) -> IncidentRecord:
    data = clean(data)
    with db.write() as s:
        return changes.record(IncidentRecord, changes.create(s, db, Incident(**data.values())))


def edit_incident(db: Database, incident_id: int, data: IncidentIn, *, version: int | None = None) -> IncidentRecord:
    data = clean(data)
    with db.write() as s:
        row = changes.get(s, Incident, incident_id)
        return changes.record(IncidentRecord, changes.update(s, db, row, data.values(), version=version))


# -- affected uses -----------------------------------------------------------------------


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
            uses = s.exec(select(Use).where(Use.service_id == service_id).order_by(col(Use.id))).all()
            wanted += [changes.id_of(u) for u in uses]
        linked = set(s.exec(select(IncidentUse.use_id).where(IncidentUse.incident_id == data.incident_id)).all())
        created = []
        for use_id in dict.fromkeys(wanted):
            changes.get(s, Use, use_id)
            if use_id not in linked:
                row = changes.create(s, db, IncidentUse(incident_id=data.incident_id, use_id=use_id, notes=data.notes))
                created.append(changes.record(LinkRecord, row))
        return created


def unlink_use(db: Database, *, incident_id: int, use_id: int) -> None:
    """Take a use off the incident's list (only while it has no decision under the incident)."""
    with db.write() as s:
        link = s.exec(
            select(IncidentUse).where(IncidentUse.incident_id == incident_id, IncidentUse.use_id == use_id)
        ).first()
        use = changes.get(s, Use, use_id)
        if link is None:
            raise LedgerError("use_not_affected", use=use.name)
        if s.exec(select(Decision.id).where(Decision.incident_id == incident_id, Decision.use_id == use_id)).first():
            raise LedgerError("use_has_decisions", use=use.name)
        changes.delete(s, db, link)


# -- sources -----------------------------------------------------------------------------


def add_source(db: Database, data: SourceIn) -> SourceRecord:
    data = clean(data)
    with db.write() as s:
        changes.get(s, Incident, data.incident_id)
        return changes.record(SourceRecord, changes.create(s, db, Source(**data.values())))


def edit_source(db: Database, source_id: int, data: SourceIn, *, version: int | None = None) -> SourceRecord:
    with db.write() as s:
        row = changes.get(s, Source, source_id)
        data = clean(replace(data, incident_id=row.incident_id))
        return changes.record(SourceRecord, changes.update(s, db, row, data.values(), version=version))


def delete_source(db: Database, source_id: int, *, version: int | None = None) -> None:
    """Delete a source no entry or statement cites."""
    with db.write() as s:
        row = changes.get(s, Source, source_id)
        for link in (TimelineSource, StatementSource):
            if s.exec(select(link.id).where(link.source_id == source_id)).first() is not None:
                raise LedgerError("in_use", entity="source", name=row.title)
        changes.delete(s, db, row, label=row.title, version=version)


Link = TypeVar("Link", TimelineSource, StatementSource)


def set_sources(
    session: Session,
    db: Database,
    link: type[Link],
    owner: str,
    owner_id: int,
    incident_id: int,
    source_ids: tuple[int, ...],
) -> None:
    """Make the sources an entry or a statement cites exactly `source_ids` (links added and removed audited)."""
    for source_id in source_ids:
        if changes.get(session, Source, source_id).incident_id != incident_id:
            raise LedgerError("source_other_incident", field="source_ids")
    current = {row.source_id: row for row in session.exec(select(link).where(getattr(link, owner) == owner_id))}
    for source_id, row in current.items():
        if source_id not in source_ids:
            changes.delete(session, db, row)
    for source_id in source_ids:
        if source_id not in current:
            changes.create(session, db, link(**{owner: owner_id, "source_id": source_id}))


# -- the timeline --------------------------------------------------------------------------


def add_timeline_entry(db: Database, data: TimelineIn) -> TimelineRecord:
    data = clean(data)
    with db.write() as s:
        changes.get(s, Incident, data.incident_id)
        row = changes.create(s, db, TimelineEntry(**data.values()))
        set_sources(s, db, TimelineSource, "timeline_id", changes.id_of(row), data.incident_id, data.source_ids)
        return changes.record(TimelineRecord, row, source_ids=data.source_ids)


def edit_timeline_entry(db: Database, entry_id: int, data: TimelineIn, *, version: int | None = None) -> TimelineRecord:
    """Change a timeline entry and the sources it cites; it stays under its incident."""
    with db.write() as s:
        row = changes.get(s, TimelineEntry, entry_id)
        data = clean(replace(data, incident_id=row.incident_id))
        changes.update(s, db, row, data.values(), version=version)
        set_sources(s, db, TimelineSource, "timeline_id", entry_id, data.incident_id, data.source_ids)
        return changes.record(TimelineRecord, row, source_ids=data.source_ids)


def delete_timeline_entry(db: Database, entry_id: int, *, version: int | None = None) -> None:
    with db.write() as s:
        row = changes.get(s, TimelineEntry, entry_id)
        set_sources(s, db, TimelineSource, "timeline_id", entry_id, row.incident_id, ())
        changes.delete(s, db, row, version=version)
