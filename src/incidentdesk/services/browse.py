"""Extra read queries the window needs: audit pages with a filter, where a search hit leads, pick lists."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_
from sqlmodel import select

from ..storage.database import Database
from ..storage.models import AuditEvent, Claim, Decision, ExternalService, Incident, Party, Request, Statement, Use
from .views import AuditRow


def _like(column, needle: str):
    pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return column.ilike(pattern, escape="\\")


def _audit_filter(stmt, text: str):
    text = text.strip()
    if not text:
        return stmt
    return stmt.where(or_(_like(AuditEvent.actor, text), _like(AuditEvent.action, text),
                          _like(AuditEvent.entity, text), _like(AuditEvent.old, text), _like(AuditEvent.new, text)))


def audit_count(db: Database, *, text: str = "") -> int:
    """How many audit events match `text` (all of them when empty)."""
    with db.read() as s:
        return s.exec(_audit_filter(select(func.count(AuditEvent.id)), text)).one()


def audit_page(db: Database, *, offset: int = 0, limit: int = 500, text: str = "") -> list[AuditRow]:
    """One page of audit events, newest first, for a table that fetches more as it scrolls."""
    with db.read() as s:
        stmt = _audit_filter(select(AuditEvent), text).order_by(AuditEvent.seq.desc()).offset(offset).limit(limit)
        return [AuditRow(e.seq, e.at, e.actor, e.action, e.entity, e.entity_id, e.old, e.new)
                for e in s.exec(stmt).all()]


@dataclass(frozen=True)
class Target:
    """Where a record is shown: page is incident | service | party | requests; id is that page's record."""

    page: str
    id: int | None


def locate(db: Database, kind: str, ref_id: int) -> Target:
    """The page and record that show a search hit (a claim opens its incident, a use its service)."""
    with db.read() as s:
        if kind == "service":
            return Target("service", ref_id)
        if kind == "use":
            use = s.get(Use, ref_id)
            return Target("service", use.service_id if use else None)
        if kind == "party":
            return Target("party", ref_id)
        if kind == "incident":
            return Target("incident", ref_id)
        if kind == "request":
            req = s.get(Request, ref_id)
            return Target("requests", ref_id) if req is None or req.incident_id is None \
                else Target("incident", req.incident_id)
        row = {"statement": Statement, "decision": Decision}.get(kind)
        if row is not None:
            found = s.get(row, ref_id)
            return Target("incident", found.incident_id if found else None)
        if kind == "claim":
            claim = s.get(Claim, ref_id)
            statement = s.get(Statement, claim.statement_id) if claim else None
            return Target("incident", statement.incident_id if statement else None)
        if kind == "timeline":
            from ..storage.models import TimelineEntry

            entry = s.get(TimelineEntry, ref_id)
            return Target("incident", entry.incident_id if entry else None)
    return Target("", None)


def incident_choices(db: Database) -> list[tuple[int, str]]:
    """(id, title) of every incident, newest first, for pickers."""
    with db.read() as s:
        return [(i, t) for i, t in s.exec(select(Incident.id, Incident.title)
                                          .order_by(Incident.occurred_on.desc(), Incident.id.desc())).all()]


def party_names(db: Database) -> dict[int, str]:
    with db.read() as s:
        return dict(s.exec(select(Party.id, Party.name)).all())


def service_count(db: Database) -> int:
    with db.read() as s:
        return s.exec(select(func.count(ExternalService.id))).one()
