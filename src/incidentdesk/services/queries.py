"""Listing, filtering and the assembled views (incident at a glance, service detail, deadlines)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import func, or_
from sqlmodel import Session, select

from ..domain.vocab import UNDECIDED
from ..storage.database import Database
from ..storage.models import (AuditEvent, Claim, DataLocation, Decision, DecisionBasis, ExternalService,
                              Incident, IncidentUse, Party, Request, ServiceParty, Source, Statement,
                              TimelineEntry, Use)
from . import changes
from .views import (AffectedUse, AuditRow, ClaimRow, Deadline, DecisionRow, IncidentOverview, IncidentRow,
                    PartyRole, Place, RequestRow, ServiceDetail, ServiceRow, StatementView)


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


def _places(session: Session, service_ids: list[int] | None) -> dict[int, list[Place]]:
    """service id -> its data locations, with party names."""
    names = dict(session.exec(select(Party.id, Party.name)).all())
    stmt = select(DataLocation).order_by(DataLocation.id)
    if service_ids is not None:
        stmt = stmt.where(DataLocation.service_id.in_(service_ids))
    out: dict[int, list[Place]] = defaultdict(list)
    for loc in session.exec(stmt):
        out[loc.service_id].append(Place(loc.id, loc.category, loc.kind, loc.country,
                                         names.get(loc.party_id, ""), loc.use_id, loc.notes))
    return out


def _contractors(session: Session, service_ids: list[int] | None) -> dict[int, tuple[str, ...]]:
    stmt = (select(ServiceParty.service_id, Party.name).join(Party, Party.id == ServiceParty.party_id)
            .where(ServiceParty.role == "contractor").order_by(ServiceParty.id))
    if service_ids is not None:
        stmt = stmt.where(ServiceParty.service_id.in_(service_ids))
    out: dict[int, list[str]] = defaultdict(list)
    for service_id, name in session.exec(stmt):
        out[service_id].append(name)
    return {k: tuple(v) for k, v in out.items()}


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
        contractors = _contractors(s, None)
        return [ServiceRow(sv.id, sv.name, sv.platform, sv.department, sv.contract_type, sv.followers,
                           sv.followers_as_of, sv.started_on, counts.get(sv.id, 0), contractors.get(sv.id, ()),
                           sv.id in abroad) for sv in services]


def list_uses(db: Database, *, service_id: int | None = None) -> list[Use]:
    with db.read() as s:
        stmt = select(Use).order_by(Use.service_id, Use.id)
        if service_id is not None:
            stmt = stmt.where(Use.service_id == service_id)
        return list(s.exec(stmt).all())


def _decision_rows(session: Session, decisions: list[Decision]) -> list[DecisionRow]:
    if not decisions:
        return []
    use_ids = {d.use_id for d in decisions}
    uses = {u.id: u for u in session.exec(select(Use).where(Use.id.in_(use_ids)))}
    services = dict(session.exec(select(ExternalService.id, ExternalService.name)
                                 .where(ExternalService.id.in_({u.service_id for u in uses.values()}))).all())
    incidents = dict(session.exec(select(Incident.id, Incident.title)
                                  .where(Incident.id.in_({d.incident_id for d in decisions}))).all())
    basis: dict[int, list[int]] = defaultdict(list)
    for decision_id, statement_id in session.exec(select(DecisionBasis.decision_id, DecisionBasis.statement_id)
                                                  .where(DecisionBasis.decision_id.in_([d.id for d in decisions]))):
        basis[decision_id].append(statement_id)
    latest: dict[tuple[int, int], Decision] = {}
    for d in sorted(decisions, key=lambda d: (d.decided_on, d.id)):
        latest[(d.incident_id, d.use_id)] = d
    current_ids = {d.id for d in latest.values()}
    rows = []
    for d in decisions:
        use = uses[d.use_id]
        rows.append(DecisionRow(d.id, d.incident_id, incidents.get(d.incident_id, ""), d.use_id, use.name,
                                services.get(use.service_id, ""), d.state, d.decided_on, d.decided_by_role,
                                d.decided_by_name, d.rationale, d.resume_conditions, d.next_review_on,
                                d.supersedes_id, tuple(sorted(basis.get(d.id, []))), d.id in current_ids))
    return rows


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
        decisions = s.exec(select(Decision).where(Decision.use_id.in_([u.id for u in uses]))).all()
        # The current state of a use under an incident is its latest decision; all of them are history.
        all_for_pairs = _decision_rows(s, list(decisions))
        history = sorted(all_for_pairs, key=lambda r: (r.decided_on, r.id), reverse=True)
        return ServiceDetail(service, tuple(uses), tuple(_places(s, [service_id]).get(service_id, [])),
                             tuple(roles), tuple(history))


# -- incidents -----------------------------------------------------------------

def _affected(session: Session, incident_id: int) -> list[AffectedUse]:
    links = session.exec(select(IncidentUse.use_id).where(IncidentUse.incident_id == incident_id)
                         .order_by(IncidentUse.id)).all()
    if not links:
        return []
    uses = {u.id: u for u in session.exec(select(Use).where(Use.id.in_(links)))}
    service_ids = sorted({u.service_id for u in uses.values()})
    services = {sv.id: sv for sv in session.exec(select(ExternalService).where(ExternalService.id.in_(service_ids)))}
    places = _places(session, service_ids)
    contractors = _contractors(session, service_ids)
    decisions = session.exec(select(Decision).where(Decision.incident_id == incident_id)).all()
    rows = {r.use_id: r for r in _decision_rows(session, list(decisions)) if r.current}
    out = []
    for use_id in links:
        use = uses[use_id]
        service = services[use.service_id]
        mine = [p for p in places.get(service.id, []) if p.use_id in (None, use_id)]
        decision = rows.get(use_id)
        out.append(AffectedUse(
            use_id, use.name, service.id, service.name, service.platform, use.department or service.department,
            use.purpose, use.handles_personal_data, use.personal_data, use.confidentiality,
            tuple(p for p in mine if p.kind == "storage"), tuple(p for p in mine if p.kind != "storage"),
            contractors.get(service.id, ()), decision.state if decision else UNDECIDED, decision))
    out.sort(key=lambda a: (a.department, a.service_name, a.use_id))
    return out


def _statements(session: Session, incident_id: int) -> list[StatementView]:
    statements = session.exec(select(Statement).where(Statement.incident_id == incident_id)
                              .order_by(Statement.made_on, Statement.id)).all()
    if not statements:
        return []
    parties = dict(session.exec(select(Party.id, Party.name)).all())
    sources = dict(session.exec(select(Source.id, Source.title).where(Source.incident_id == incident_id)).all())
    claims: dict[int, list[ClaimRow]] = defaultdict(list)
    for c in session.exec(select(Claim).where(Claim.statement_id.in_([st.id for st in statements]))
                          .order_by(Claim.statement_id, Claim.position, Claim.id)):
        claims[c.statement_id].append(ClaimRow(c.id, c.position, c.text, c.verification, c.checked_how,
                                               c.evidence, c.checked_on, c.promised_by))
    return [StatementView(st.id, st.party_id, parties.get(st.party_id, ""), st.made_on, st.channel, st.speaker,
                          st.title, sources.get(st.source_id, ""), tuple(claims.get(st.id, [])))
            for st in statements]


def _request_rows(session: Session, requests: list[Request]) -> list[RequestRow]:
    titles = dict(session.exec(select(Incident.id, Incident.title)).all())
    return [RequestRow(r.id, r.incident_id, titles.get(r.incident_id, ""), r.issuer, r.doc_number, r.issued_on,
                       r.due_on, r.subject, r.asks, r.answer, r.answered_on) for r in requests]


def _deadlines(requests: list[RequestRow], statements: list[StatementView], affected: list[AffectedUse],
               incident_id: int | None, today: date) -> list[Deadline]:
    out = []
    for r in requests:
        if r.due_on and not r.answered_on:
            out.append(Deadline(r.due_on, "request", f"{r.issuer}: {r.subject}", r.incident_id, r.id, r.due_on < today))
    for st in statements:
        for c in st.claims:
            if c.promised_by and c.verification not in ("confirmed", "withdrawn"):
                out.append(Deadline(c.promised_by, "promise", f"{st.party}: {c.text}", incident_id, c.id,
                                    c.promised_by < today))
    for a in affected:
        if a.decision and a.decision.next_review_on:
            out.append(Deadline(a.decision.next_review_on, "review", f"{a.service_name} / {a.use_name}",
                                incident_id, a.decision.id, a.decision.next_review_on < today))
    out.sort(key=lambda d: (d.due_on, d.kind, d.ref_id))
    return out


def _counts(affected: list[AffectedUse]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for a in affected:
        counts[a.state] += 1
    return dict(counts)


def incident_overview(db: Database, incident_id: int, *, today: date | None = None) -> IncidentOverview:
    today = today or date.today()
    with db.read() as s:
        incident = changes.get(s, Incident, incident_id)
        affected = _affected(s, incident_id)
        timeline = s.exec(select(TimelineEntry).where(TimelineEntry.incident_id == incident_id)
                          .order_by(TimelineEntry.occurred_on, TimelineEntry.id)).all()
        statements = _statements(s, incident_id)
        requests = _request_rows(s, list(s.exec(select(Request).where(Request.incident_id == incident_id)
                                                .order_by(Request.issued_on, Request.id)).all()))
        sources = s.exec(select(Source).where(Source.incident_id == incident_id)
                         .order_by(Source.published_on, Source.id)).all()
        return IncidentOverview(incident, _counts(affected), tuple(affected), tuple(timeline), tuple(statements),
                                tuple(requests), tuple(sources),
                                tuple(_deadlines(requests, statements, affected, incident_id, today)))


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
        rows = _decision_rows(s, list(s.exec(stmt).all()))
        return [r for r in rows if r.current] if current_only else rows


def list_requests(db: Database, *, incident_id: int | None = None, open_only: bool = False) -> list[RequestRow]:
    with db.read() as s:
        # Requests without a deadline last on both backends (SQLite sorts NULL first, PostgreSQL last).
        stmt = select(Request).order_by(Request.due_on.is_(None), Request.due_on, Request.id)
        if incident_id is not None:
            stmt = stmt.where(Request.incident_id == incident_id)
        if open_only:
            stmt = stmt.where(Request.answered_on.is_(None))
        return _request_rows(s, list(s.exec(stmt).all()))


def upcoming_deadlines(db: Database, *, today: date | None = None) -> list[Deadline]:
    """Every open deadline across incidents that are not closed, in a fixed number of queries."""
    today = today or date.today()
    out: list[Deadline] = []
    with db.read() as s:
        live = select(Incident.id).where(Incident.status != "closed")
        requests = _request_rows(s, list(s.exec(select(Request).where(Request.answered_on.is_(None))).all()))
        out += _deadlines(requests, [], [], None, today)
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
