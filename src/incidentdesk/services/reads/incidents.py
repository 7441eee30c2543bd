"""Reads of incidents: the list, one incident at a glance, and its timeline entries, sources, statements, claims."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from ...domain.errors import LedgerError
from ...domain.rules import current_decisions
from ...domain.vocab import UNDECIDED
from ...storage.reader import Reader
from ..views import (AffectedUse, Choice, ClaimDetail, ClaimRecord, IncidentOverview, IncidentRecord, IncidentRow,
                     SourceRecord, StatementView, TimelineRecord, select_list)
from . import catalog, deadlines
from . import decisions as decision_reads
from . import requests as request_reads

# The services a use linked to the incident runs on.
INCIDENT_SERVICES = ("SELECT u.service_id FROM service_use u JOIN incident_use iu ON iu.use_id = u.id "
                     "WHERE iu.incident_id = ?")
NEWEST_FIRST = "ORDER BY CASE WHEN occurred_on IS NULL THEN 1 ELSE 0 END, occurred_on DESC, id DESC"


def incident(r: Reader, incident_id: int) -> IncidentRecord:
    row = r.one(f"SELECT {select_list(IncidentRecord)} FROM incident WHERE id = ?", (incident_id,))
    if row is None:
        raise LedgerError("not_found", entity="incident", id=incident_id)
    return IncidentRecord(**row._asdict())


def incidents(r: Reader) -> list[IncidentRow]:
    """Every incident, newest first, with how many uses it affects and their current decisions by state."""
    rows = r.rows(f"SELECT id, title, status, occurred_on, known_on FROM incident {NEWEST_FIRST}")
    affected = dict(r.rows("SELECT incident_id, count(*) AS n FROM incident_use GROUP BY incident_id"))
    counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for (incident_id, _use), d in current_decisions(
            r.rows("SELECT id, incident_id, use_id, decided_on, state FROM decision")).items():
        counts[incident_id][d.state] += 1
    out = []
    for x in rows:
        c = dict(counts.get(x.id, {}))
        undecided = affected.get(x.id, 0) - sum(c.values())
        if undecided:
            c[UNDECIDED] = undecided
        out.append(IncidentRow(id=x.id, title=x.title, status=x.status, occurred_on=x.occurred_on,
                               known_on=x.known_on, affected=affected.get(x.id, 0), counts=c))
    return out


def incident_choices(r: Reader) -> list[Choice]:
    """(id, title) of every incident, newest first, for pickers."""
    return [Choice(id=x.id, label=x.title) for x in r.rows(f"SELECT id, title FROM incident {NEWEST_FIRST}")]


def linked_use_ids(r: Reader, incident_id: int) -> set[int]:
    """The uses already marked as affected by the incident."""
    return {use_id for (use_id,) in r.rows("SELECT use_id FROM incident_use WHERE incident_id = ?", (incident_id,))}


def timeline_entry(r: Reader, entry_id: int) -> TimelineRecord:
    row = r.one(f"SELECT {select_list(TimelineRecord)} FROM timeline_entry WHERE id = ?", (entry_id,))
    if row is None:
        raise LedgerError("not_found", entity="timeline", id=entry_id)
    return TimelineRecord(**row._asdict())


def source(r: Reader, source_id: int) -> SourceRecord:
    row = r.one(f"SELECT {select_list(SourceRecord)} FROM source WHERE id = ?", (source_id,))
    if row is None:
        raise LedgerError("not_found", entity="source", id=source_id)
    return SourceRecord(**row._asdict())


def sources(r: Reader, incident_id: int) -> list[SourceRecord]:
    return [SourceRecord(**x._asdict()) for x in r.rows(
        f"SELECT {select_list(SourceRecord)} FROM source WHERE incident_id = ? "
        "ORDER BY CASE WHEN published_on IS NULL THEN 0 ELSE 1 END, published_on, id", (incident_id,))]


def _statements(r: Reader, where: str, params: tuple[object, ...]) -> list[StatementView]:
    rows = r.rows(
        "SELECT st.id, st.incident_id, st.party_id, p.name AS party, st.made_on, st.channel, st.speaker, st.title, "
        "st.source_id, src.title AS source_title FROM statement st LEFT JOIN party p ON p.id = st.party_id "
        "LEFT JOIN source src ON src.id = st.source_id AND src.incident_id = st.incident_id "
        f"WHERE {where} ORDER BY st.made_on, st.id", params)
    if not rows:
        return []
    claims: dict[int, list[ClaimRecord]] = defaultdict(list)
    for c in r.rows_in(f"SELECT {select_list(ClaimRecord)} FROM claim WHERE statement_id IN ({{in}})",
                       [x.id for x in rows]):
        claims[c.statement_id].append(ClaimRecord(**c._asdict()))
    for found in claims.values():
        found.sort(key=lambda c: (c.position, c.id))
    return [StatementView(**{**x._asdict(), "party": x.party or "", "source_title": x.source_title or ""},
                          claims=tuple(claims.get(x.id, []))) for x in rows]


def statement(r: Reader, statement_id: int) -> StatementView:
    found = _statements(r, "st.id = ?", (statement_id,))
    if not found:
        raise LedgerError("not_found", entity="statement", id=statement_id)
    return found[0]


def claim(r: Reader, claim_id: int) -> ClaimDetail:
    statement_id = r.scalar("SELECT statement_id FROM claim WHERE id = ?", (claim_id,))
    if statement_id is None:
        raise LedgerError("not_found", entity="claim", id=claim_id)
    st = statement(r, statement_id)
    return ClaimDetail(statement=st, claim=next(c for c in st.claims if c.id == claim_id))


def _affected(r: Reader, incident_id: int) -> list[AffectedUse]:
    links = [use_id for (use_id,) in r.rows("SELECT use_id FROM incident_use WHERE incident_id = ? ORDER BY id",
                                            (incident_id,))]
    if not links:
        return []
    uses = {u.id: u for u in r.rows(
        "SELECT u.id, u.service_id, u.name, u.department, u.purpose, u.handles_personal_data, u.personal_data, "
        "u.confidentiality FROM service_use u WHERE u.id IN (SELECT use_id FROM incident_use WHERE incident_id = ?)",
        (incident_id,))}
    services = {sv.id: sv for sv in r.rows(
        f"SELECT id, name, platform, department FROM external_service WHERE id IN ({INCIDENT_SERVICES})",
        (incident_id,))}
    where_places = catalog.places(r, f"l.service_id IN ({INCIDENT_SERVICES})", (incident_id,))
    by_contractor = catalog.contractors(r, f"sp.service_id IN ({INCIDENT_SERVICES})", (incident_id,))
    current = {d.use_id: d for d in decision_reads.decisions(r, "incident_id = ?", (incident_id,), current_only=True)}
    out = []
    for use_id in links:
        use = uses[use_id]
        service = services[use.service_id]
        mine = [p for p in where_places.get(service.id, []) if p.use_id in (None, use_id)]
        decision = current.get(use_id)
        out.append(AffectedUse(
            use_id=use_id, use_name=use.name, service_id=service.id, service_name=service.name,
            platform=service.platform, department=use.department or service.department, purpose=use.purpose,
            handles_personal_data=use.handles_personal_data, personal_data=use.personal_data,
            confidentiality=use.confidentiality, stored_in=tuple(p for p in mine if p.kind == "storage"),
            accessed_from=tuple(p for p in mine if p.kind != "storage"),
            contractors=by_contractor.get(service.id, ()), state=decision.state if decision else UNDECIDED,
            decision=decision))
    out.sort(key=lambda a: (a.department, a.service_name, a.use_id))
    return out


def overview(r: Reader, incident_id: int, *, today: date | None = None) -> IncidentOverview:
    """Everything the incident page and the memo show about one incident, from one read transaction."""
    record = incident(r, incident_id)
    affected = _affected(r, incident_id)
    timeline = [TimelineRecord(**x._asdict()) for x in r.rows(
        f"SELECT {select_list(TimelineRecord)} FROM timeline_entry WHERE incident_id = ? ORDER BY occurred_on, id",
        (incident_id,))]
    statements = _statements(r, "st.incident_id = ?", (incident_id,))
    requests = sorted(request_reads.requests(r, incident_id=incident_id), key=lambda q: (q.issued_on, q.id))
    counts: dict[str, int] = defaultdict(int)
    for a in affected:
        counts[a.state] += 1
    due = deadlines.build(requests, [(c, st.party, incident_id) for st in statements for c in st.claims],
                          [(a.decision, incident_id) for a in affected if a.decision], today or date.today())
    return IncidentOverview(incident=record, counts=dict(counts), affected=tuple(affected),
                            timeline=tuple(timeline), statements=tuple(statements), requests=tuple(requests),
                            sources=tuple(sources(r, incident_id)), deadlines=tuple(due))
