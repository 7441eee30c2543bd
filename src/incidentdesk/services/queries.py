"""Listing, filtering and the assembled views (incident at a glance, service detail, deadlines)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import func, or_
from sqlmodel import select

from ..domain.vocab import UNDECIDED
from ..storage.database import Database, reader_of
from ..storage.models import (AuditEvent, Claim, DataLocation, Decision, ExternalService, Incident, IncidentUse,
                              Party, Request, ServiceParty, Statement, Use)
from . import changes, overview
from .views import AuditRow, Deadline, DecisionRow, IncidentRow, PartyRole, RequestRow, ServiceDetail, ServiceRow


def _like(column, needle: str):
    pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return column.ilike(pattern, escape="\\")


# -- parties and services ------------------------------------------------------

def list_parties(db: Database, *, text: str = "") -> list[Party]:
    with db.read() as s:
        stmt = select(Party).order_by(Party.name)
        if text:
            stmt = stmt.where(or_(_like(Party.name, text), _like(Party.notes, text)))
        return list(s.exec(stmt).all())


def list_services(db: Database, *, text: str = "", department: str = "") -> list[ServiceRow]:
    with db.read() as s:
        stmt = select(ExternalService).order_by(ExternalService.department, ExternalService.name)
        if text:
            stmt = stmt.where(or_(_like(ExternalService.name, text), _like(ExternalService.platform, text),
                                  _like(ExternalService.department, text)))
        if department:
            stmt = stmt.where(ExternalService.department == department)
        services = s.exec(stmt).all()
        counts = dict(s.exec(select(Use.service_id, func.count(Use.id)).group_by(Use.service_id)).all())
        abroad = set(s.exec(select(DataLocation.service_id).where(DataLocation.country != "JP").distinct()).all())
        contractors = overview.contractors(reader_of(s))
        return [ServiceRow(sv.id, sv.name, sv.platform, sv.department, sv.contract_type, sv.followers,
                           sv.followers_as_of, sv.started_on, counts.get(sv.id, 0), contractors.get(sv.id, ()),
                           sv.id in abroad) for sv in services]


def list_uses(db: Database, *, service_id: int | None = None) -> list[Use]:
    with db.read() as s:
        stmt = select(Use).order_by(Use.service_id, Use.id)
        if service_id is not None:
            stmt = stmt.where(Use.service_id == service_id)
        return list(s.exec(stmt).all())


def service_detail(db: Database, service_id: int) -> ServiceDetail:
    with db.read() as s:
        service = changes.get(s, ExternalService, service_id)
        uses = s.exec(select(Use).where(Use.service_id == service_id).order_by(Use.id)).all()
        parents = dict(s.exec(select(Party.id, Party.name)).all())
        roles = []
        for sp, party in s.exec(select(ServiceParty, Party).join(Party, Party.id == ServiceParty.party_id)
                                .where(ServiceParty.service_id == service_id).order_by(ServiceParty.id)):
            roles.append(PartyRole(sp.id, party.id, party.name, party.kind, party.country, sp.role,
                                   parents.get(party.parent_id, "")))
        r = reader_of(s)
        decisions = r.rows(f"SELECT {overview.DECISION_COLUMNS} FROM decision WHERE use_id IN "
                           "(SELECT id FROM service_use WHERE service_id = ?)", (service_id,))
        # The current state of a use under an incident is its latest decision; all of them are history.
        history = sorted(overview.decision_rows(r, decisions), key=lambda d: (d.decided_on, d.id), reverse=True)
        locations = overview.places(r, "l.service_id = ?", (service_id,)).get(service_id, [])
        return ServiceDetail(service, tuple(uses), tuple(locations), tuple(roles), tuple(history))


# -- incidents -----------------------------------------------------------------

def list_incidents(db: Database) -> list[IncidentRow]:
    with db.read() as s:
        incidents = s.exec(select(Incident).order_by(Incident.occurred_on.desc(), Incident.id.desc())).all()
        affected = dict(s.exec(select(IncidentUse.incident_id, func.count(IncidentUse.id))
                               .group_by(IncidentUse.incident_id)).all())
        latest: dict[tuple[int, int], Decision] = {}
        for d in s.exec(select(Decision).order_by(Decision.decided_on, Decision.id)):
            latest[(d.incident_id, d.use_id)] = d
        counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for (incident_id, _), d in latest.items():
            counts[incident_id][d.state] += 1
        rows = []
        for inc in incidents:
            c = dict(counts.get(inc.id, {}))
            undecided = affected.get(inc.id, 0) - sum(c.values())
            if undecided:
                c[UNDECIDED] = undecided
            rows.append(IncidentRow(inc.id, inc.title, inc.status, inc.occurred_on, inc.known_on,
                                    affected.get(inc.id, 0), c))
        return rows


def list_decisions(db: Database, *, incident_id: int | None = None, use_id: int | None = None,
                   current_only: bool = False) -> list[DecisionRow]:
    """Decision history, oldest first; `current_only` keeps each use's latest under each incident."""
    with db.read() as s:
        stmt = select(Decision).order_by(Decision.decided_on, Decision.id)
        if incident_id is not None:
            stmt = stmt.where(Decision.incident_id == incident_id)
        if use_id is not None:
            stmt = stmt.where(Decision.use_id == use_id)
        rows = overview.decision_rows(reader_of(s), list(s.exec(stmt).all()))
        return [r for r in rows if r.current] if current_only else rows


def list_requests(db: Database, *, incident_id: int | None = None, open_only: bool = False) -> list[RequestRow]:
    with db.read() as s:
        # Requests without a deadline last on both backends (SQLite sorts NULL first, PostgreSQL last).
        stmt = select(Request).order_by(Request.due_on.is_(None), Request.due_on, Request.id)
        if incident_id is not None:
            stmt = stmt.where(Request.incident_id == incident_id)
        if open_only:
            stmt = stmt.where(Request.answered_on.is_(None))
        return overview.request_rows(reader_of(s), list(s.exec(stmt).all()))


def upcoming_deadlines(db: Database, *, today: date | None = None) -> list[Deadline]:
    """Every open deadline across incidents that are not closed, in a fixed number of queries."""
    today = today or date.today()
    out: list[Deadline] = []
    with db.read() as s:
        live = select(Incident.id).where(Incident.status != "closed")
        requests = overview.request_rows(reader_of(s), list(s.exec(select(Request).where(
            Request.answered_on.is_(None))).all()))
        out += overview.deadlines(requests, [], [], None, today)
        promises = s.exec(select(Claim, Statement.incident_id, Party.name)
                          .join(Statement, Statement.id == Claim.statement_id)
                          .join(Party, Party.id == Statement.party_id)
                          .where(Statement.incident_id.in_(live), Claim.promised_by.is_not(None),
                                 Claim.verification.not_in(("confirmed", "withdrawn"))))
        for claim, incident_id, party in promises:
            out.append(Deadline(claim.promised_by, "promise", f"{party}: {claim.text}", incident_id, claim.id,
                                claim.promised_by < today))
        latest: dict[tuple[int, int], Decision] = {}
        for d in s.exec(select(Decision).where(Decision.incident_id.in_(live))
                        .order_by(Decision.decided_on, Decision.id)):
            latest[(d.incident_id, d.use_id)] = d
        due = [d for d in latest.values() if d.next_review_on]
        names = {}
        if due:
            names = {uid: (sname, uname) for uid, uname, sname in s.exec(
                select(Use.id, Use.name, ExternalService.name).join(ExternalService, ExternalService.id == Use.service_id)
                .where(Use.id.in_({d.use_id for d in due})))}
        for d in due:
            service_name, use_name = names[d.use_id]
            out.append(Deadline(d.next_review_on, "review", f"{service_name} / {use_name}", d.incident_id, d.id,
                                d.next_review_on < today))
    out.sort(key=lambda d: (d.due_on, d.kind, d.ref_id))
    return out


# -- audit ---------------------------------------------------------------------

def count_audit(db: Database) -> int:
    with db.read() as s:
        return s.exec(select(func.count(AuditEvent.id))).one()


def list_audit(db: Database, *, offset: int = 0, limit: int = 500, newest_first: bool = True) -> list[AuditRow]:
    with db.read() as s:
        order = AuditEvent.seq.desc() if newest_first else AuditEvent.seq
        rows = s.exec(select(AuditEvent).order_by(order).offset(offset).limit(limit)).all()
        return [AuditRow(e.seq, e.at, e.actor, e.action, e.entity, e.entity_id, e.old, e.new) for e in rows]
