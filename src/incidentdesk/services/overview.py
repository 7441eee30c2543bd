"""The incident at a glance, and the organisation settings: plain SQL through storage/reader.py, no ORM.

The incident page, the decision and statement forms and the memo all read IncidentOverview. The
memo command builds it without importing SQLAlchemy (0.45 s of a command meant to take well under
a second); queries.py uses the helpers below for its own views through `Reader` on its session.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Protocol, Sequence

from ..domain.errors import LedgerError
from ..domain.org_settings import DEFAULTS, SETTING_NAMES, OrgSettingsValues
from ..domain.vocab import UNDECIDED
from ..storage.reader import Reader
from .views import (AffectedUse, ClaimRow, Deadline, DecisionRow, IncidentInfo, IncidentOverview, Place,
                    RequestRow, SourceRow, StatementView, TimelineRow, columns)


class Readable(Protocol):
    """A Database, or a ReadOnlyLedger: anything that hands out a Reader for one read transaction."""

    def reader(self): ...


# The services a use linked to the incident runs on.
INCIDENT_SERVICES = ("SELECT u.service_id FROM service_use u JOIN incident_use iu ON iu.use_id = u.id "
                     "WHERE iu.incident_id = ?")
DECISION_COLUMNS = ("id, incident_id, use_id, state, decided_on, decided_by_role, decided_by_name, rationale, "
                    "resume_conditions, next_review_on, supersedes_id")
REQUEST_COLUMNS = "id, incident_id, issuer, doc_number, issued_on, due_on, subject, asks, answer, answered_on"


def get_settings(db: Readable) -> OrgSettingsValues:
    """The organisation's memo settings; a ledger that never saved them gets the defaults."""
    with db.reader() as r:
        return read_settings(r)


def read_settings(r: Reader) -> OrgSettingsValues:
    row = r.one(f"SELECT {', '.join(SETTING_NAMES)} FROM org_settings WHERE id = 1")
    return OrgSettingsValues(*row) if row else DEFAULTS


# -- helpers shared with queries.py ---------------------------------------------

def places(r: Reader, where: str = "", params: Sequence = ()) -> dict[int, list[Place]]:
    """service id -> its data locations with party names; `where` filters on `l` (data_location)."""
    sql = ("SELECT l.id, l.service_id, l.category, l.kind, l.country, p.name AS party, l.use_id, l.notes "
           "FROM data_location l LEFT JOIN party p ON p.id = l.party_id")
    if where:
        sql += " WHERE " + where
    out: dict[int, list[Place]] = defaultdict(list)
    for x in r.rows(sql + " ORDER BY l.id", params):
        out[x.service_id].append(Place(x.id, x.category, x.kind, x.country, x.party or "", x.use_id, x.notes))
    return out


def contractors(r: Reader, where: str = "", params: Sequence = ()) -> dict[int, tuple[str, ...]]:
    """service id -> contractor names in the order they were added; `where` filters on `sp` (service_party)."""
    sql = ("SELECT sp.service_id, p.name FROM service_party sp JOIN party p ON p.id = sp.party_id "
           "WHERE sp.role = 'contractor'")
    if where:
        sql += " AND " + where
    out: dict[int, list[str]] = defaultdict(list)
    for service_id, name in r.rows(sql + " ORDER BY sp.id", params):
        out[service_id].append(name)
    return {k: tuple(v) for k, v in out.items()}


def decision_rows(r: Reader, decisions: Sequence) -> list[DecisionRow]:
    """Decisions (rows with the decision table's columns) with their use, service, incident and basis."""
    if not decisions:
        return []
    uses = {x.id: x for x in r.rows_in(
        "SELECT u.id, u.name, s.name AS service_name FROM service_use u "
        "JOIN external_service s ON s.id = u.service_id WHERE u.id IN ({in})", {d.use_id for d in decisions})}
    incidents = dict(r.rows_in("SELECT id, title FROM incident WHERE id IN ({in})",
                               {d.incident_id for d in decisions}))
    basis: dict[int, list[int]] = defaultdict(list)
    for decision_id, statement_id in r.rows_in(
            "SELECT decision_id, statement_id FROM decision_basis WHERE decision_id IN ({in})",
            [d.id for d in decisions]):
        basis[decision_id].append(statement_id)
    latest: dict[tuple[int, int], object] = {}
    for d in sorted(decisions, key=lambda d: (d.decided_on, d.id)):
        latest[(d.incident_id, d.use_id)] = d
    current_ids = {d.id for d in latest.values()}
    rows = []
    for d in decisions:
        use = uses[d.use_id]
        rows.append(DecisionRow(d.id, d.incident_id, incidents.get(d.incident_id, ""), d.use_id, use.name,
                                use.service_name, d.state, d.decided_on, d.decided_by_role,
                                d.decided_by_name, d.rationale, d.resume_conditions, d.next_review_on,
                                d.supersedes_id, tuple(sorted(basis.get(d.id, []))), d.id in current_ids))
    return rows


def request_rows(r: Reader, requests: Sequence) -> list[RequestRow]:
    """Requests (rows with the request table's columns) with their incident's title."""
    titles = dict(r.rows_in("SELECT id, title FROM incident WHERE id IN ({in})",
                            {q.incident_id for q in requests if q.incident_id is not None}))
    return [RequestRow(q.id, q.incident_id, titles.get(q.incident_id, ""), q.issuer, q.doc_number, q.issued_on,
                       q.due_on, q.subject, q.asks, q.answer, q.answered_on) for q in requests]


def deadlines(requests: Sequence[RequestRow], statements: Sequence[StatementView], affected: Sequence[AffectedUse],
              incident_id: int | None, today: date) -> list[Deadline]:
    out = []
    for q in requests:
        if q.due_on and not q.answered_on:
            out.append(Deadline(q.due_on, "request", f"{q.issuer}: {q.subject}", q.incident_id, q.id, q.due_on < today))
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


# -- the incident ----------------------------------------------------------------

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
    where_places = places(r, f"l.service_id IN ({INCIDENT_SERVICES})", (incident_id,))
    by_contractor = contractors(r, f"sp.service_id IN ({INCIDENT_SERVICES})", (incident_id,))
    decisions = r.rows(f"SELECT {DECISION_COLUMNS} FROM decision WHERE incident_id = ?", (incident_id,))
    current = {x.use_id: x for x in decision_rows(r, decisions) if x.current}
    out = []
    for use_id in links:
        use = uses[use_id]
        service = services[use.service_id]
        mine = [p for p in where_places.get(service.id, []) if p.use_id in (None, use_id)]
        decision = current.get(use_id)
        out.append(AffectedUse(
            use_id, use.name, service.id, service.name, service.platform, use.department or service.department,
            use.purpose, use.handles_personal_data, use.personal_data, use.confidentiality,
            tuple(p for p in mine if p.kind == "storage"), tuple(p for p in mine if p.kind != "storage"),
            by_contractor.get(service.id, ()), decision.state if decision else UNDECIDED, decision))
    out.sort(key=lambda a: (a.department, a.service_name, a.use_id))
    return out


def _statements(r: Reader, incident_id: int) -> list[StatementView]:
    statements = r.rows(
        "SELECT st.id, st.party_id, p.name AS party, st.made_on, st.channel, st.speaker, st.title, "
        "src.title AS source_title FROM statement st LEFT JOIN party p ON p.id = st.party_id "
        "LEFT JOIN source src ON src.id = st.source_id AND src.incident_id = st.incident_id "
        "WHERE st.incident_id = ? ORDER BY st.made_on, st.id", (incident_id,))
    if not statements:
        return []
    claims: dict[int, list[ClaimRow]] = defaultdict(list)
    for c in r.rows("SELECT c.id, c.statement_id, c.position, c.text, c.verification, c.checked_how, c.evidence, "
                    "c.checked_on, c.promised_by FROM claim c JOIN statement st ON st.id = c.statement_id "
                    "WHERE st.incident_id = ? ORDER BY c.statement_id, c.position, c.id", (incident_id,)):
        claims[c.statement_id].append(ClaimRow(c.id, c.position, c.text, c.verification, c.checked_how,
                                               c.evidence, c.checked_on, c.promised_by))
    return [StatementView(st.id, st.party_id, st.party or "", st.made_on, st.channel, st.speaker, st.title,
                          st.source_title or "", tuple(claims.get(st.id, []))) for st in statements]


def _counts(affected: list[AffectedUse]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for a in affected:
        counts[a.state] += 1
    return dict(counts)


def incident_overview(db: Readable, incident_id: int, *, today: date | None = None) -> IncidentOverview:
    """Everything the incident page and the memo show about one incident, from one read transaction."""
    with db.reader() as r:
        return read_overview(r, incident_id, today or date.today())


def read_overview(r: Reader, incident_id: int, today: date) -> IncidentOverview:
    row = r.one(f"SELECT {columns(IncidentInfo)} FROM incident WHERE id = ?", (incident_id,))
    if row is None:
        raise LedgerError("not_found", entity="incident", id=incident_id)
    affected = _affected(r, incident_id)
    timeline = [TimelineRow(*x) for x in r.rows(
        f"SELECT {columns(TimelineRow)} FROM timeline_entry WHERE incident_id = ? ORDER BY occurred_on, id",
        (incident_id,))]
    statements = _statements(r, incident_id)
    requests = request_rows(r, r.rows(f"SELECT {REQUEST_COLUMNS} FROM request WHERE incident_id = ? "
                                      "ORDER BY issued_on, id", (incident_id,)))
    sources = [SourceRow(*x) for x in r.rows(
        f"SELECT {columns(SourceRow)} FROM source WHERE incident_id = ? ORDER BY published_on, id",
        (incident_id,))]
    return IncidentOverview(IncidentInfo(*row), _counts(affected), tuple(affected), tuple(timeline),
                            tuple(statements), tuple(requests), tuple(sources),
                            tuple(deadlines(requests, statements, affected, incident_id, today)))
